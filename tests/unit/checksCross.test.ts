// Checks across the reports of one agency (crossReportChecks), on Extractions built by hand.
import { describe, expect, it } from 'vitest';
import { crossReportChecks, problemsSection } from '../../src/extract/checks/crossReport';
import { jaccard, shingles } from '../../src/extract/checks/shingles';
import type { Era, Extraction, MetricJson, MetricKey } from '../../src/extract/types';
import { doc } from './checksFixtures';

function m(key: MetricKey, value: number): MetricJson {
  return { key, value, state: 'number', approx: false, source: { kind: 'table', line: 3, excerpt: key } };
}

function report(agency: string, year: number, metrics: MetricJson[], text = `${agency}${year}年报告。`, era: Era = '2021'): Extraction {
  return {
    file: `${agency}-${year}.txt`, kind: 'annual_report', reason: null, reason_en: null, agency, agency_short: agency, level: 'township',
    scope: 'self', parent: null, province: null, division_code: null, report_year: year, published_on: null, era,
    metrics, findings: [], grid: [], publishedSource: null, encoding: 'utf-8', doc: doc(text),
  };
}

// Two problem sections on different subjects, each long enough to be compared.
const PROBLEMS_A = '一是网站栏目更新不够及时，部分信息发布滞后；二是工作人员业务能力有待提高。下一步将每月开展栏目巡查，组织两次专题培训，并建立信息发布台账。';
const PROBLEMS_B = '主要问题是政策解读形式单一，图解和视频较少；依申请答复文书不够规范。改进措施：引入图文解读模板，修订答复文书范本，并请法律顾问逐件审核。';

const body = (year: number, problems: string, extra = '') =>
  `云雀镇${year}年政府信息公开工作年度报告\n一、总体情况\n全年公开信息${year - 1900}条。${extra}\n五、存在的主要问题及改进情况\n${problems}\n六、其他需要报告的事项\n无。`;

describe('crossReportChecks', () => {
  it('T3-CARRY-CHAIN: carried over in N must equal carried forward in N−1', () => {
    const r = crossReportChecks([
      report('云雀镇', 2021, [m('requests_carried_forward', 2)]),
      report('云雀镇', 2022, [m('requests_carried_over', 3)]),
      report('石岭乡', 2022, [m('requests_carried_over', 9)]),
    ]);
    expect([...r.keys()]).toEqual([1]);
    expect(r.get(1)![0]).toMatchObject({ code: 'T3-CARRY-CHAIN', severity: 'warning' });
    expect(r.get(1)![0].message_en).toContain('carried 2 forward');
  });

  it('chains need consecutive years and the order of input does not matter', () => {
    const r = crossReportChecks([
      report('云雀镇', 2023, [m('requests_carried_over', 3)]),
      report('云雀镇', 2021, [m('requests_carried_forward', 2)]),
    ]);
    expect(r.size).toBe(0);
    const s = crossReportChecks([
      report('云雀镇', 2022, [m('requests_carried_over', 2)]),
      report('云雀镇', 2021, [m('requests_carried_forward', 2)]),
    ]);
    expect(s.size).toBe(0);
  });

  it('C-VALID-CHAIN: in force N = in force N−1 + made − repealed (2021 format on both sides)', () => {
    const prev = report('云雀镇', 2021, [m('normative_in_force', 10)]);
    const ok = report('云雀镇', 2022, [m('normative_in_force', 11), m('normative_new', 3), m('normative_repealed', 2)]);
    expect(crossReportChecks([prev, ok]).size).toBe(0);
    const bad = report('云雀镇', 2022, [m('normative_in_force', 15), m('normative_new', 3), m('normative_repealed', 2)]);
    const f = crossReportChecks([prev, bad]).get(1)!;
    expect(f[0]).toMatchObject({ code: 'C-VALID-CHAIN', metrics: ['normative_in_force', 'normative_new', 'normative_repealed'] });
    const older = report('云雀镇', 2020, [m('normative_in_force', 10)], 'x', '2019');
    expect(crossReportChecks([older, { ...bad, report_year: 2021 }]).size).toBe(0);
  });

  it('EV-09-SWING: a tenfold change is an info', () => {
    const f = crossReportChecks([
      report('云雀镇', 2021, [m('requests_received', 12)]),
      report('云雀镇', 2022, [m('requests_received', 340)]),
    ]).get(1)!;
    expect(f[0]).toMatchObject({ code: 'EV-09-SWING', severity: 'info', metrics: ['requests_received'] });
  });

  it('EV-10: a section 五 copied from last year is an error; a rewritten one is not flagged', () => {
    const copied = crossReportChecks([
      report('云雀镇', 2021, [], body(2021, PROBLEMS_A)),
      report('云雀镇', 2022, [], body(2022, PROBLEMS_A, '本年度新建便民服务站三处，完善了公开目录和指南，举办了两次培训并组织了专项督查和群众评议活动。')),
    ]).get(1)!;
    const five = copied.find((f) => f.message_en.startsWith('section 五'))!;
    expect(five).toMatchObject({ code: 'EV-10', severity: 'error' });
    expect(five.message_en).toContain('2021 report');
    const fresh = crossReportChecks([
      report('云雀镇', 2021, [], body(2021, PROBLEMS_A)),
      report('云雀镇', 2022, [], body(2022, PROBLEMS_B)),
    ]);
    expect(fresh.size).toBe(0);
  });

  it('EV-10: the whole text near-identical is flagged too; a section of a few characters is ignored', () => {
    const long = PROBLEMS_A + PROBLEMS_B;
    const f = crossReportChecks([
      report('云雀镇', 2021, [], body(2021, long, PROBLEMS_B)),
      report('云雀镇', 2022, [], body(2021, long, PROBLEMS_B)),
    ]).get(1)!;
    expect(f.map((x) => [x.code, x.severity])).toEqual([['EV-10', 'error'], ['EV-10', 'error']]);
    expect(problemsSection(doc('五、存在问题\n无。'))!.trim()).toBe('无。');
  });
});

describe('shingles', () => {
  it('Jaccard of equal texts is 1, of unrelated texts near 0, and ignores spacing and punctuation', () => {
    expect(jaccard(shingles(PROBLEMS_A), shingles(PROBLEMS_A))).toBe(1);
    expect(jaccard(shingles(PROBLEMS_A), shingles(PROBLEMS_B))).toBeLessThan(0.1);
    expect(jaccard(shingles('一是网站栏目更新不够及时'), shingles('一是 网站栏目，更新不够及时'))).toBe(1);
  });
});
