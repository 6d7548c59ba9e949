import { describe, expect, it } from 'vitest';
import { METRICS, metricDef } from '../../src/domain/metrics';

describe('metric catalogue', () => {
  it('has unique keys and both labels for every metric', () => {
    const keys = METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of METRICS) {
      expect(m.labelZh.length).toBeGreaterThan(0);
      expect(m.labelEn.length).toBeGreaterThan(0);
    }
  });
  it('stores money in yuan', () => {
    expect(metricDef('special_funds')?.unit).toBe('yuan');
    expect(metricDef('admin_fees_amount')?.unit).toBe('yuan');
    expect(metricDef('not_a_key')).toBeUndefined();
  });
});
