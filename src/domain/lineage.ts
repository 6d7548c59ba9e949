// One agency across renames and mergers, as data. Reports carry the name the agency had that year
// (平潭县工商局 in 2013, 平潭综合实验区市场监督管理局 from 2016); Trends and the cross-report checks need
// to know that these are one body, and where the body changed so a chart can mark the break.
//
// Two kinds of row:
// - ALIASES: the same body spelled differently (平潭市场监督管理局 = 平潭综合实验区市场监督管理局,
//   财金局 = 平潭综合实验区财政金融局). The extractor normalises agency_short itself to the canonical
//   spelling, so these never show up as separate agencies.
// - SUCCESSIONS: a body renamed, or merged into another, from a given year. Each report keeps its own
//   agency_short (the name it was written under), but all names of one chain share a lineage id.
//
// Every row is a fact read off the documents of the bundled corpus (their titles, years and the
// report column of the portal their page's breadcrumb names), with that reason stated in zh and en.
// Pure data and pure functions: no I/O, usable by the extractor, the data build and the app.

export type LineageKind = 'alias' | 'rename' | 'merger';

export interface LineageRow {
  /** the agency_short as a report writes it */
  name: string;
  /** the body it is (alias) or that took over from it (rename, merger) */
  successor: string;
  /** alias: null; rename/merger: the first report year under the successor alone */
  year: number | null;
  kind: LineageKind;
  reason: string;
  reason_en: string;
}

const ZONE = '平潭综合实验区';
const COUNTY = '平潭县';

/** Why a county body's line continues in the zone's: the zone's bureau publishes the county bureau's
 * old reports in its own column, and the county bureau's own reports stop after 2013. */
const countyInto = (name: string, successor: string, lastYear: number): LineageRow => ({
  name,
  successor,
  year: lastYear + 1,
  kind: 'merger',
  reason: `${name}的年报（至${lastYear}年）发布在${successor}的年报栏目中，此后只有${successor}报告`,
  reason_en: `the reports of ${name} (up to ${lastYear}) are filed in the report column of ${successor}, which alone reports afterwards`,
});

export const LINEAGE_ROWS: readonly LineageRow[] = [
  // ---- aliases: one body, two spellings -------------------------------------------------------
  {
    name: '平潭市场监督管理局', successor: `${ZONE}市场监督管理局`, year: null, kind: 'alias',
    reason: '同一机关的简称：报告文号为岚市监，发布在平潭综合实验区市场监督管理局的年报栏目',
    reason_en: 'a short form of the same body: its report is filed in the report column of 平潭综合实验区市场监督管理局',
  },
  {
    name: '财金局', successor: `${ZONE}财政金融局`, year: null, kind: 'alias',
    reason: '“财金局”是平潭综合实验区财政金融局的简称，报告发布在其年报栏目',
    reason_en: '财金局 is the short form of 平潭综合实验区财政金融局; the report is filed in its report column',
  },
  {
    name: `${COUNTY}质监局`, successor: `${COUNTY}质量技术监督局`, year: null, kind: 'alias',
    reason: '“质监局”是质量技术监督局的简称（同一栏目，2009—2013年连续报告）',
    reason_en: '质监局 is the short form of 质量技术监督局 (same column, reports 2009–2013 in sequence)',
  },
  {
    name: `${ZONE}综合执法局办公室`, successor: `${ZONE}综合执法局`, year: null, kind: 'alias',
    reason: '综合执法局办公室代本局编制年报（2016—2017年），前后年份由综合执法局署名，同一栏目',
    reason_en: 'the office of 综合执法局 compiled the bureau\'s reports for 2016–2017; the years around them are signed by the bureau, same column',
  },
  // ---- county bureaus whose line the zone's bureaus continue ----------------------------------
  countyInto(`${COUNTY}财政局`, `${ZONE}财政金融局`, 2013),
  countyInto(`${COUNTY}交通局`, `${ZONE}交通与建设局`, 2013),
  countyInto(`${COUNTY}工商局`, `${ZONE}市场监督管理局`, 2013),
  countyInto(`${COUNTY}质量技术监督局`, `${ZONE}市场监督管理局`, 2013),
  countyInto(`${COUNTY}食品药品监督管理局`, `${ZONE}市场监督管理局`, 2012),
  countyInto(`${COUNTY}国土资源局`, `${ZONE}环境与国土资源局`, 2013),
  countyInto(`${COUNTY}环境保护局`, `${ZONE}环境与国土资源局`, 2010),
  countyInto(`${COUNTY}综合执法局`, `${ZONE}综合执法局`, 2013),
  countyInto(`${COUNTY}公安局`, `${ZONE}公安局`, 2010),
  countyInto(`${COUNTY}经济发展局`, `${ZONE}经济发展局`, 2013),
  countyInto(`${COUNTY}卫生局`, `${ZONE}社会事业局`, 2013),
  {
    name: `${COUNTY}经济贸易局`, successor: `${COUNTY}经济发展局`, year: 2012, kind: 'rename',
    reason: '同一栏目中2011年由平潭县经济贸易局报告，2012年起由平潭县经济发展局报告',
    reason_en: 'in the same column 平潭县经济贸易局 reports for 2011 and 平潭县经济发展局 from 2012',
  },
  // ---- the zone's 2019 and 2024 reorganisations -----------------------------------------------
  {
    name: `${ZONE}环境与国土资源局`, successor: `${ZONE}自然资源与生态环境局`, year: 2019, kind: 'rename',
    reason: '同一年报栏目：环境与国土资源局报告至2018年，2019年起为自然资源与生态环境局（2019年机构改革）',
    reason_en: 'same report column: 环境与国土资源局 reports up to 2018, 自然资源与生态环境局 from 2019 (the 2019 reorganisation)',
  },
  {
    name: `${ZONE}农村发展局`, successor: `${ZONE}农业农村局`, year: 2019, kind: 'rename',
    reason: '同一年报栏目：农村发展局报告至2018年；农业农村局2019年8月31日挂牌成立，2019年起报告',
    reason_en: 'same report column: 农村发展局 reports up to 2018; 农业农村局 was set up on 31 August 2019 and reports from 2019',
  },
  {
    name: `${ZONE}综合执法局`, successor: `${ZONE}综合执法与应急管理局`, year: 2019, kind: 'rename',
    reason: '同一年报栏目：综合执法局报告至2018年，2019年起为综合执法与应急管理局',
    reason_en: 'same report column: 综合执法局 reports up to 2018, 综合执法与应急管理局 from 2019',
  },
  {
    name: `${ZONE}国有资产管理局`, successor: `${ZONE}投资促进局`, year: 2024, kind: 'rename',
    reason: '同一年报栏目：国有资产管理局报告至2023年，2024年起由投资促进局报告国资国企信息公开工作',
    reason_en: 'same report column: 国有资产管理局 reports up to 2023; from 2024 投资促进局 reports, including the state-assets work',
  },
];

const ALIAS = new Map(LINEAGE_ROWS.filter((r) => r.kind === 'alias').map((r) => [r.name, r.successor]));
const NEXT = new Map(LINEAGE_ROWS.filter((r) => r.kind !== 'alias').map((r) => [r.name, r]));

/** The canonical spelling of an agency name (aliases resolved; anything else unchanged). */
export function canonicalAgency(name: string): string {
  let cur = name;
  for (let i = 0; i < 8 && ALIAS.has(cur); i++) cur = ALIAS.get(cur)!;
  return cur;
}

export interface Lineage {
  /** stable id of the chain: the name of its latest body */
  id: string;
  /** the name the agency had that year (aliases resolved) */
  name: string;
  /** the names of the chain, oldest first within each branch, the latest body last */
  names: string[];
  /** years in which a body of the chain was renamed or merged into another, ascending */
  breaks: number[];
}

/** The chain an agency (as a report names it, any spelling) belongs to. The year is accepted for
 * callers that have it; a name belongs to one chain whatever the year. */
export function lineageOf(agencyShort: string, _year?: number | null): Lineage {
  const name = canonicalAgency(agencyShort);
  let head = name;
  for (let i = 0; i < 16 && NEXT.has(head); i++) head = canonicalAgency(NEXT.get(head)!.successor);
  const names = [...membersOf(head), head];
  const breaks = [...new Set(LINEAGE_ROWS.filter((r) => r.kind !== 'alias' && names.includes(r.name)).map((r) => r.year!))]
    .sort((a, b) => a - b);
  return { id: head, name, names, breaks };
}

/** The lineage id alone (what the dataset's reports.lineage column holds). */
export function lineageId(agencyShort: string | null): string | null {
  return agencyShort ? lineageOf(agencyShort).id : null;
}

/** Every earlier name whose chain ends in `head`, oldest successions first. */
function membersOf(head: string): string[] {
  const out: string[] = [];
  const visit = (n: string, depth: number) => {
    if (depth > 16) return;
    for (const r of LINEAGE_ROWS) {
      if (r.kind === 'alias' || canonicalAgency(r.successor) !== n || out.includes(r.name)) continue;
      visit(r.name, depth + 1);
      out.push(r.name);
    }
  };
  visit(head, 0);
  return out;
}

/** The succession rows of a chain (what the Trends chart marks at each break year). */
export function lineageBreaks(agencyShort: string): LineageRow[] {
  const { names } = lineageOf(agencyShort);
  return LINEAGE_ROWS.filter((r) => r.kind !== 'alias' && names.includes(r.name)).sort((a, b) => a.year! - b.year!);
}
