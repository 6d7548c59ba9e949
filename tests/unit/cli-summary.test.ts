// The readable summary of `npm run extract` prints each finding's Chinese message.
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../scripts/cli/summary';
import type { Extraction } from '../../src/extract/types';

const x: Extraction = {
  file: 'a.txt', kind: 'annual_report', reason: null, reason_en: null, agency: '云岭县人民政府', agency_short: '云岭县', level: 'county',
  scope: 'self', parent: null, province: null, division_code: null, report_year: 2022, published_on: null, era: '2021',
  metrics: [], grid: [], publishedSource: null, encoding: 'utf-8', doc: { text: '', lines: [] },
  findings: [{
    code: 'T3-RESULT-SUM', severity: 'error', metrics: ['outcome_total'],
    message: '表三“总计”列：办理结果各项之和为27，但（七）总计为21（第10行）',
    message_en: 'table 三 column 总计: the handled outcomes add up to 27 but the stated total (七) is 21 (line 10)',
  }],
};

describe('formatSummary', () => {
  it('prints the Chinese message of each finding, not the English one', () => {
    const s = formatSummary(x);
    expect(s).toContain('error   T3-RESULT-SUM: 表三“总计”列：办理结果各项之和为27，但（七）总计为21（第10行）');
    expect(s).not.toContain('the handled outcomes');
  });
});
