import { describe, expect, it } from 'vitest';
import { corrected, agencyYearKey, userReportRows, type UserReport } from '../../src/app/import/userReport';
import { parseWorkspace, toWorkspace, WORKSPACE_FORMAT } from '../../src/app/import/workspace';
import { problemText } from '../../src/domain/problems';
import type { Extraction } from '../../src/extract/types';

function report(id: string, over: Partial<Extraction> = {}): UserReport {
  const extraction: Extraction = {
    file: 'a.txt', kind: 'annual_report', reason: null, reason_en: null, agency: '云岭县人民政府', agency_short: '云岭县', level: 'county',
    scope: 'self', parent: '望江市', province: '青川省', division_code: null, report_year: 2022, published_on: '2023-01-20',
    era: '2021', metrics: [{ key: 'requests_received', value: 19, state: 'number', approx: false, source: { kind: 'table', line: 12, excerpt: '本年新收 19' } }],
    findings: [{ code: 'x', severity: 'info', message: '信息', message_en: 'm', metrics: [] }], grid: [], publishedSource: null, encoding: 'utf-8',
    doc: { text: '', lines: [] }, ...over,
  };
  return { reportId: id, file: 'a.txt', format: 'text', bytes: 10, addedAt: '2026-01-01T00:00:00.000Z', extraction, corrections: {} };
}

describe('workspace file', () => {
  it('round-trips the reports and their corrections', () => {
    const r = { ...report('0123456789abcdef'), corrections: { agency: '云岭县政府', report_year: 2021 } };
    const parsed = parseWorkspace(JSON.stringify(toWorkspace([r])));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rejected).toEqual([]);
    expect(parsed.reports).toHaveLength(1);
    expect(parsed.reports[0].corrections).toEqual({ agency: '云岭县政府', report_year: 2021 });
    expect(parsed.reports[0].extraction.metrics[0].value).toBe(19);
  });

  it('refuses files that are not workspaces, truncated, hand-edited or from a newer version, each with its own problem', () => {
    const code = (text: string) => { const p = parseWorkspace(text); return p.ok ? null : p.problem.code; };
    const whole = JSON.stringify(toWorkspace([report('0123456789abcdef')]));
    expect(code('not json')).toBe('workspace_not_json');
    expect(code(whole.slice(0, Math.floor(whole.length / 2)))).toBe('workspace_truncated');
    expect(code(whole.replace('"reports":[', '"reports":[,'))).toBe('workspace_not_json'); // a stray comma typed by hand
    expect(code('{"format":"other","reports":[]}')).toBe('workspace_wrong_format');
    expect(code(JSON.stringify({ format: WORKSPACE_FORMAT, version: 99, reports: [] }))).toBe('workspace_newer_version');
    expect(code(JSON.stringify({ format: WORKSPACE_FORMAT, version: 1 }))).toBe('workspace_no_reports');
    const newer = parseWorkspace(JSON.stringify({ format: WORKSPACE_FORMAT, version: 99, reports: [] }));
    expect(!newer.ok && problemText(newer.problem, 'zh')).toMatch(/格式版本 99/);
    expect(!newer.ok && problemText(newer.problem, 'en')).toMatch(/format version 99; this app reads up to 1/);
  });

  it('accepts findings saved before messages were bilingual (no message_en); their rows carry null', () => {
    const old = report('00000000000000ab');
    const { message_en: _dropped, ...legacy } = old.extraction.findings[0];
    const stored = { ...old, extraction: { ...old.extraction, findings: [legacy] } } as unknown as UserReport;
    const parsed = parseWorkspace(JSON.stringify(toWorkspace([stored])));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rejected).toEqual([]);
    expect(parsed.reports).toHaveLength(1);
    const rows = userReportRows(parsed.reports[0]);
    expect(rows.findings).toEqual([expect.objectContaining({ message: '信息', message_en: null })]);
    expect(userReportRows(old).findings[0]).toMatchObject({ message: '信息', message_en: 'm' });
  });

  it('drops malformed records and keeps the good ones', () => {
    const good = report('00000000000000aa');
    const badId = report('../../etc');
    const badMetric = report('00000000000000bb', { metrics: [{ key: 'no_such_metric' as never, value: 1, state: 'number', approx: false, source: { kind: 'text', line: 1, excerpt: '' } }] });
    const numberAsString = report('00000000000000cc', { metrics: [{ key: 'requests_received', value: '19' as never, state: 'number', approx: false, source: { kind: 'text', line: 1, excerpt: '' } }] });
    const blankWithValue = report('00000000000000dd', { metrics: [{ key: 'requests_received', value: 0 as never, state: 'blank', approx: false, source: { kind: 'text', line: 1, excerpt: '' } }] });
    const notReport = report('00000000000000ee', { kind: 'not_a_report' });
    const badLevel = { ...report('00000000000000ff'), corrections: { level: 'planet' } } as unknown as UserReport;
    const badMessageEn = report('0000000000000100', { findings: [{ code: 'x', severity: 'info', message: '信息', message_en: 7 as never, metrics: [] }] });
    const parsed = parseWorkspace(JSON.stringify(toWorkspace([good, badId, badMetric, numberAsString, blankWithValue, notReport, badLevel, badMessageEn])));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.reports.map((r) => r.reportId)).toEqual(['00000000000000aa']);
    expect(parsed.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('user corrections', () => {
  it('apply to the identity and to the dataset rows, origin user', () => {
    const r = { ...report('0123456789abcdef'), corrections: { agency: ' 云岭县人民政府办公室 ', level: 'department' as const, report_year: 2021, province: '' } };
    const x = corrected(r);
    expect(x.agency).toBe('云岭县人民政府办公室');
    expect(x.agency_short).toBe('云岭县人民政府办公室');
    expect(x.level).toBe('department');
    expect(x.province).toBeNull();
    const rows = userReportRows(r);
    expect(rows.reports[0]).toMatchObject({ report_id: '0123456789abcdef', origin: 'user', report_year: 2021, level: 'department' });
    expect(rows.metrics).toEqual([expect.objectContaining({ report_id: '0123456789abcdef', key: 'requests_received', value: 19 })]);
    // the stored extraction itself is unchanged
    expect(r.extraction.agency).toBe('云岭县人民政府');
  });

  it('same agency and year share a key; no year means no key', () => {
    const a = corrected(report('0000000000000001'));
    const b = corrected(report('0000000000000002', { agency_short: '云岭 县' }));
    expect(agencyYearKey(a)).toBe(agencyYearKey(b));
    expect(agencyYearKey({ ...a, report_year: null })).toBeNull();
  });

  it('two spellings of one body (a lineage alias) share a key, so the import asks before adding both', () => {
    const a = corrected(report('0000000000000001', { agency_short: '财金局' }));
    const b = corrected(report('0000000000000002', { agency_short: '平潭综合实验区财政金融局' }));
    expect(agencyYearKey(a)).toBe(agencyYearKey(b));
  });
});
