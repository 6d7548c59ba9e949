// Regressions in identity (agency, parent, division code). Invented report text; place names come
// from the national division list.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index';
import { loadDivisionsFromDisk } from '../../../scripts/cli/divisions';

describe('identity regressions', () => {
  it('a place name with a character outside the basic CJK block (㮾, U+3BBE) keeps it (revealed by the region e2e: 㮾梨街道 lost its first character and its code)', () => {
    const divisions = loadDivisionsFromDisk().index;
    const text = '长沙县㮾梨街道2022年政府信息公开工作年度报告\n一、总体情况\n2022年，㮾梨街道办事处主动公开政府信息12条，收到政府信息公开申请0件。\n';
    const x = extractReport({ name: 'a.txt', text: text.repeat(2) }, { divisions });
    expect(x.agency_short).toBe('㮾梨街道');
    expect(x.parent).toBe('长沙县');
    if (divisions) expect(x.division_code).toBe('430121004000');
  });
});
