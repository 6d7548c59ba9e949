// The UI's words in Chinese (default) and English. Metric labels and units come from the catalogue.
import { createContext, useContext } from 'react';
import { metricDef } from '../domain/metrics';
import type { MetricGroup, MetricUnit } from '../domain/metricTypes';
import { measureOf } from '../domain/measures';
import type { Lang } from './state/urlState';

const WORDS = {
  appTitle: ['年报数据', 'Nianbao'],
  appSubtitle: ['政府信息公开工作年度报告数据', 'Government information disclosure annual reports, as data'],
  overview: ['概览', 'Overview'], compare: ['对比', 'Compare'], trends: ['趋势', 'Trends'], compliance: ['合规', 'Compliance'],
  report: ['报告', 'Report'], data: ['数据', 'Data'], import: ['导入', 'Import'],
  language: ['English', '中文'],
  notReported: ['未报告', 'not reported'],
  loadingEngine: ['正在启动 DuckDB 数据引擎…', 'Starting the DuckDB engine…'],
  loadingDownload: ['正在下载数据…', 'Downloading the dataset…'],
  loadingTables: ['正在载入数据表…', 'Loading the tables…'],
  loadError: ['数据载入失败：', 'The data could not be loaded: '],
  loadErrorHint: ['请检查网络或数据地址（?data=），然后刷新页面。', 'Check the data address (?data=) and reload the page.'],
  emptyData: ['还没有数据。请运行 npm run ingest 生成 data/，或在“导入”中加入报告。', 'No data yet. Run npm run ingest to build data/, or add reports under Import.'],
  noRows: ['没有符合条件的记录。请放宽筛选条件。', 'Nothing matches. Try fewer filters.'],
  queryError: ['查询出错：', 'Query failed: '],
  partitionLoading: ['正在载入 {name} 的报告…', 'Loading the reports of {name}…'],
  partitionNational: [
    '全国数据集（{reports} 份报告，按省份分为 {count} 个文件）：概览显示构建时算好的全国汇总；选择一个省份或地区后，才下载该省的文件。',
    'National dataset ({reports} reports in {count} province files): the Overview shows national figures computed when the dataset was built; a province\'s file is downloaded only when you choose a region in it.',
  ],
  partitionLoaded: ['已载入：{names}', 'Loaded: {names}'],
  synthetic: ['合成数据：仅用于测试，并非真实报告。', 'Synthetic data: for testing only, not real reports.'],
  year: ['年度', 'Year'], latest: ['最新', 'latest'], level: ['层级', 'Level'], allLevels: ['全部层级', 'All levels'],
  region: ['地区', 'Region'], allRegions: ['全部地区', 'All regions'],
  includeRegion: ['包括全地区汇总报告', 'Include region-wide summary reports'],
  // Regions from the national division codes (issue 9): tree picker, breadcrumb, who did not publish, rollup.
  regionAll: ['全国', 'All of China'],
  regionPick: ['选择地区', 'Choose a region'],
  regionPath: ['当前地区', 'Current region'],
  regionTree: ['行政区划', 'Divisions'],
  regionExpand: ['展开 {name}', 'Open {name}'],
  regionReports: ['{n} 份', '{n}'],
  regionUnresolved: ['未能定位到区划', 'Division not resolved'],
  regionUnresolvedReason: ['这些报告的机关名称未能唯一对应到全国行政区划代码（名称不在区划表中，或多地同名），按所属省份归类。', "These reports' agency names could not be matched to exactly one code of the national division list (the name is not in the list, or several places share it); they are grouped under their province."],
  regionSource: ['区划数据：{source}', 'Division list: {source}'],
  unitsOf: ['{n} / {total} 个{units}有 {year} 年报告', '{n} of {total} {units} have a {year} report'],
  'units.township': ['乡镇街道', 'townships and streets'], 'units.county': ['县市区', 'counties and districts'],
  'units.city': ['地市', 'cities'], 'units.province': ['省份', 'provinces'],
  unitCoverage: ['下级单位', 'Units'],
  missingTitle: ['未发布：本数据集中没有 {year} 年报告的下级单位', 'No report found: units with no {year} report in this dataset'],
  missingNote: ['“未发布”只表示本数据集中没有该单位的报告，并不证明该单位没有发布。', '"No report found" means only that this dataset holds no report of the unit; it is not proof that none was published.'],
  missingNone: ['{year} 年区划表中的下级单位都有报告。', 'Every unit of the division list has a {year} report.'],
  missingRow: ['未发布', 'no report found'],
  missingCsv: ['下载未发布名单 CSV', 'Download the missing units (CSV)'],
  divisionCode: ['区划代码', 'Division code'], unit: ['单位', 'Unit'],
  regionMedian: ['地区中位数', 'Region median'],
  rollupTitle: ['地区合计（下级单位相加）', 'Region rollup (its units added up)'],
  rollupSameUnits: ['只比较相邻两年都有数据的同一批单位', 'Same units in both years only'],
  rollupNotSummable: ['该指标不能跨单位相加（见指标目录），不做合计。', 'This metric cannot be added up across units (see the metric catalogue).'],
  rollupPickRegion: ['选择一个地区后，这里按年显示其下级单位的合计及覆盖情况。', 'Choose a region to see its units added up per year, with coverage.'],
  rollupCoverage: ['{year}年：{n}/{total} 个单位', '{year}: {n} of {total} units'],
  rollupNote: ['只加各单位本机关的报告；全地区汇总报告不计入，以免重复。', "Only each unit's own report is added; region-wide summaries are left out so nothing counts twice."],
  rollupTotal: ['合计', 'Sum'], rollupReported: ['有报告单位', 'Units with a report'], rollupWithValue: ['报告此项的单位', 'Units giving the figure'],
  rollupExpected: ['应有单位', 'Units expected'], rollupSamePrev: ['同一批单位上年合计', 'Same units, year before'],
  rollupSameCur: ['同一批单位本年合计', 'Same units, this year'], rollupSameN: ['同一批单位数', 'Same units'],
  'import.chooseFolder': ['选择文件夹', 'Choose a folder'],
  'import.batchAdded': ['已一次添加 {n} 份报告；{conflicts} 份与已有报告同一机关同一年度，请在下方逐份决定。', 'Added {n} report(s) in one go; {conflicts} clash with a report of the same agency and year: decide for each below.'],
  metric: ['指标', 'Metric'], minSize: ['最小基数', 'Minimum base'],
  reports: ['报告数', 'Reports'], agencies: ['机关数', 'Agencies'], errors: ['错误', 'Errors'], warnings: ['警告', 'Warnings'],
  onTime: ['按时发布', 'Published on time'], late: ['逾期', 'Late'], requestsTotal: ['收到申请（合计）', 'Requests received (total)'],
  notReports: ['非年报文件', 'Documents that are not reports'],
  coverage: ['报告覆盖（机关 × 年度）', 'Coverage (agency × year)'], colourBy: ['着色', 'Colour by'],
  byEra: ['格式版本', 'format era'], byFindings: ['未解决问题', 'open findings'],
  byLevel: ['按层级', 'By level'], byProvince: ['按省份', 'By province'],
  showingAgencies: ['显示 {n} / {total} 个机关', 'showing {n} of {total} agencies'],
  ranked: ['{total} 个机关中 {n} 个给出此数据（未给出的显示为“未报告”）', '{n} of {total} agencies give this figure (the others: not reported)'],
  smallGuard: ['基数小于 {min} 的比例不参与排名', 'Ratios with a base under {min} are not ranked'],
  agency: ['机关', 'Agency'], value: ['数值', 'Value'], province: ['省份', 'Province'], change: ['同比变化', 'Change'],
  chooseAgencies: ['选择机关（输入名称搜索）', 'Choose agencies (type to search)'],
  defaultAgencies: ['未选择机关：显示年度最多的 5 个机关', 'No agency chosen: showing the 5 with the most years'],
  remove: ['移除', 'remove'], breakNote: ['口径变化', 'definition changes'], renamed: ['机构变更', 'body changed'],
  nameThatYear: ['当年名称', 'Name that year'], era: ['格式', 'Format'],
  eraLabel: ['{era}版', '{era} format'],
  severity: ['严重程度', 'Severity'], code: ['问题代码', 'Code'], allCodes: ['全部代码', 'All codes'], message: ['说明', 'Message'], finding: ['问题', 'Finding'],
  error: ['错误', 'error'], warning: ['警告', 'warning'], info: ['提示', 'info'],
  findings: ['问题清单', 'Findings'], scorecard: ['报告评分卡', 'Report scorecard'], ranking: ['问题最多的机关', 'Agencies with the most open problems'],
  on_time: ['按时', 'On time'], sections: ['栏目完整', 'Sections complete'], balance: ['表格平衡', 'Tables balance'],
  prose: ['文表一致', 'Prose agrees'], copied: ['非抄袭', 'Not copied'], yes: ['是', 'yes'], no: ['否', 'no'], unknown: ['未知', 'unknown'],
  openProblems: ['未解决问题', 'Open problems'],
  chooseReport: ['查找报告（机关或文件名）', 'Find a report (agency or file)'], identity: ['基本信息', 'Identity'],
  figures: ['数据及来源', 'Figures and sources'], source: ['来源', 'Source'], line: ['行', 'Line'], excerpt: ['摘录', 'Excerpt'],
  table: ['表格', 'table'], text: ['正文', 'text'], otherYears: ['该机关其他年度', "This agency's other years"],
  noReport: ['请选择一份报告。', 'Choose a report.'], reportMissing: ['找不到这份报告。', 'This report is not in the data.'],
  tables: ['数据表', 'Tables'], columns: ['列', 'Columns'], filter: ['筛选', 'Filter'], rows: ['行', 'rows'],
  downloadCsv: ['下载 CSV', 'Download CSV'], downloadParquet: ['下载 Parquet（整表）', 'Download Parquet (whole table)'],
  parquetNote: ['查询结果只提供 CSV；整表可下载预先生成的 Parquet 文件。', 'Query results download as CSV; whole tables also as the pre-built Parquet files.'],
  sqlConsole: ['SQL 控制台（只读）', 'SQL console (read-only)'], run: ['运行', 'Run'], schema: ['表结构', 'Schema'],
  sqlHint: ['只能查询已载入的数据表（SELECT / WITH / DESCRIBE / SHOW / EXPLAIN）。Ctrl+Enter 运行。', 'Only the loaded tables can be queried (SELECT / WITH / DESCRIBE / SHOW / EXPLAIN). Ctrl+Enter runs.'],
  truncated: ['结果超过 100,000 行，已截断。', 'More than 100,000 rows: truncated.'],
  showTable: ['数据表格', 'Table'], showChart: ['图表', 'Chart'], png: ['PNG', 'PNG'], svg: ['SVG', 'SVG'],
  loading: ['加载中…', 'Loading…'], file: ['文件', 'File'], published: ['发布日期', 'Published'], timeliness: ['时效', 'Timeliness'],
  publishedSource: ['日期依据', 'Date from'],
  parent: ['上级', 'Parent'], scope: ['范围', 'Scope'], kind: ['类型', 'Kind'], origin: ['来源', 'Origin'],
  // the Import view (导入)
  'import.title': ['导入', 'Import'],
  'import.intro': ['添加您自己的年度报告：文件只在本浏览器中读取和保存，不会上传到任何地方。', 'Add your own annual reports: files are read and kept in this browser only, never uploaded.'],
  'import.drop': ['把文件拖到这里（.txt、.html、.docx、.pdf 或 .zip），或', 'Drop files here (.txt, .html, .docx, .pdf or .zip), or'],
  'import.choose': ['选择文件', 'Choose files'],
  'import.pasteLabel': ['或粘贴报告全文：', 'Or paste the text of a report:'],
  'import.pasteRead': ['读取粘贴的文本', 'Read pasted text'],
  'import.pastedName': ['粘贴文本', 'pasted text'],
  'import.files': ['文件', 'Files'],
  'import.cancelReading': ['取消读取', 'Cancel reading'],
  'import.waiting': ['等待中', 'waiting'],
  'import.reading': ['读取中', 'reading'],
  'import.pages': ['页', 'pages'],
  'import.extracting': ['提取中', 'extracting'],
  'import.finished': ['完成', 'done'],
  'import.documents': ['份文档', 'document(s)'],
  'import.preview': ['预览：添加前请核对', 'Preview: check before adding'],
  'import.noPending': ['没有待添加的文档。', 'No documents waiting to be added.'],
  'import.agency': ['机关', 'Agency'],
  'import.level': ['层级', 'Level'],
  'import.province': ['省份', 'Province'],
  'import.parent': ['上级政府', 'Parent government'],
  'import.year': ['年度', 'Year'],
  // the unit picked from the division tree in the preview (src/app/import/UnitPicker.tsx)
  'import.division': ['区划', 'Division'],
  'import.divisionNone': ['未定位到区划', 'no division resolved'],
  'import.pickUnit': ['从区划中选择单位', 'Pick the unit from the division list'],
  'import.pickUnitTree': ['行政区划：选择报告所属单位', 'Divisions: pick the unit the report belongs to'],
  'import.pickUnitSearch': ['按名称查找', 'Find by name'],
  'import.pickUnitNone': ['没有名称含“{text}”的单位。', 'No unit named like "{text}".'],
  'import.pickThis': ['选择 {name}', 'Pick {name}'],
  'import.pickUnitNote': ['选择后，区划代码、省份、上级政府和层级随之更新，并重新检查。', 'Picking a unit sets its division code, province, parent government and level, and runs the checks again.'],
  'import.published': ['发布日期', 'Published'],
  'import.era': ['格式', 'Format'],
  'import.figures': ['提取的数字', 'Figures found'],
  'import.metric': ['指标', 'Metric'],
  'import.value': ['数值', 'Value'],
  'import.source': ['来源', 'Source'],
  'import.findings': ['检查发现', 'Findings'],
  'import.noFigures': ['未找到数字。', 'No figures found.'],
  'import.noFindings': ['无。', 'None.'],
  'import.add': ['添加', 'Add'],
  'import.addAll': ['全部添加', 'Add all'],
  'import.skip': ['跳过', 'Skip'],
  'import.dismiss': ['移除此项', 'Dismiss'],
  'import.notReport': ['不是年度报告：', 'Not an annual report: '],
  'import.cannotRead': ['无法读取：', 'Cannot read: '],
  'import.conflict': ['已有同一机关同一年度的报告', 'There is already a report for the same agency and year'],
  'import.keepNew': ['保留新的', 'Keep the new one'],
  'import.keepOld': ['保留原有的', 'Keep the existing one'],
  'import.mine': ['我添加的报告', 'My reports'],
  'import.mineEmpty': ['还没有添加报告。', 'No reports added yet.'],
  'import.mineBadge': ['我的', 'mine'],
  'import.mineTitle': ['您在本浏览器中添加的报告', 'added by you in this browser'],
  'import.remove': ['移除', 'Remove'],
  'import.replace': ['替换', 'Replace'],
  'import.file': ['文件', 'File'],
  'import.addedAt': ['添加时间', 'Added'],
  'import.exportWs': ['导出工作区', 'Export workspace'],
  'import.importWs': ['导入工作区', 'Import workspace'],
  'import.wsImported': ['已从工作区导入 {n} 份报告', 'Imported {n} report(s) from the workspace'],
  'import.wsRejected': ['，{n} 条记录无效已忽略', '; {n} invalid record(s) ignored'],
  'import.wsError': ['无法导入工作区文件：', 'Cannot import the workspace file: '],
  'import.storageDenied': ['浏览器不允许本地存储（例如隐私模式）：本次添加的报告只保存在内存中，关闭页面后会丢失。请导出工作区保存。', 'This browser does not allow local storage (private mode?): reports added now are kept in memory only and are lost when the page closes. Export the workspace to keep them.'],
  'import.storageFull': ['浏览器存储空间已满：本次添加的报告只保存在内存中，关闭页面后会丢失。请导出工作区保存。', 'Browser storage is full: reports added now are kept in memory only and are lost when the page closes. Export the workspace to keep them.'],
  'import.storageFailed': ['无法写入浏览器存储：本次添加的报告只保存在内存中。请导出工作区保存。', 'Cannot write to browser storage: reports added now are kept in memory only. Export the workspace to keep them.'],
  'import.savedLocal': ['已保存在本浏览器中', 'Saved in this browser'],
  'import.datasetError': ['报告已保存，但数据表未能载入：', 'The reports are saved but the data tables could not take them: '],
  // the compact batch list, bulk conflicts and the batch summary (issue 9 item 4)
  'batch.list': ['批量预览（共 {n} 份文档）', 'Batch preview ({n} documents)'],
  'batch.filter.all': ['全部', 'All'],
  'batch.filter.not_report': ['非年报', 'Not a report'],
  'batch.filter.findings': ['有检查发现', 'With findings'],
  'batch.filter.conflicts': ['冲突', 'Conflicts'],
  'batch.col.name': ['文件', 'File'],
  'batch.col.agency': ['机关', 'Agency'],
  'batch.col.level': ['层级', 'Level'],
  'batch.col.year': ['年度', 'Year'],
  'batch.col.era': ['格式', 'Format'],
  'batch.col.figures': ['数字', 'Figures'],
  'batch.col.findings': ['检查发现', 'Findings'],
  'batch.col.status': ['状态', 'Status'],
  'batch.status.report': ['年报', 'report'],
  'batch.status.not_report': ['非年报', 'not a report'],
  'batch.status.unreadable': ['无法读取', 'unreadable'],
  'batch.status.conflict': ['冲突', 'conflict'],
  'batch.empty': ['没有符合条件的文档。', 'No document matches.'],
  'batch.openHint': ['点击一行查看并更正该文档。', 'Click a row to see and correct its document.'],
  'batch.close': ['关闭', 'Close'],
  'batch.rule': ['同一机关同一年度的冲突：', 'Same agency and year clashes: '],
  'batch.rule.newer': ['保留较新发布的', 'keep the newer publication'],
  'batch.rule.existing': ['保留已有的', 'keep what is there'],
  'batch.rule.each': ['逐份决定', 'decide one by one'],
  'batch.summary': ['本批结果', 'This batch'],
  'batch.added': ['已添加 {n} 份', '{n} added'],
  'batch.replaced': ['（其中 {n} 份替换了已有报告）', ' ({n} replacing saved reports)'],
  'batch.waiting': ['{n} 份等待逐份决定', '{n} waiting for a decision'],
  'batch.skipped': ['未添加 {n} 份：', '{n} not added: '],
  'batch.reason.not_report': ['非年报 {n}', 'not a report {n}'],
  'batch.reason.unreadable': ['无法读取 {n}', 'unreadable {n}'],
  'batch.reason.kept_existing': ['已有同一机关同一年度的报告 {n}', 'a saved report of the same agency and year kept {n}'],
  'batch.reason.older': ['有较新的发布 {n}', 'a newer publication kept {n}'],
  'batch.reason.duplicate_in_batch': ['本批中已有同一机关同一年度的文档 {n}', 'an earlier document of this batch kept {n}'],
  // exports, report cards and the region review (issue 10)
  'xlsx.download': ['下载 Excel', 'Download Excel'],
  'xlsx.working': ['正在生成 Excel…', 'Making the workbook…'],
  'xlsx.failed': ['无法生成 Excel 文件：', 'The workbook could not be made: '],
  'xlsx.source': ['数据来源', 'Source'],
  'xlsx.dataset': ['数据集', 'Dataset'],
  'xlsx.bundled': ['内置数据集', 'bundled dataset'],
  'xlsx.reportYear': ['报告年度', 'Report year'],
  'xlsx.extractor': ['提取程序版本', 'Extractor version'],
  'xlsx.exported': ['导出日期', 'Exported on'],
  'xlsx.rank': ['排名', 'Rank'],
  'xlsx.fullName': ['机关全称', 'Full name'],
  'xlsx.numerator': ['分子', 'Numerator'],
  'xlsx.denominator': ['分母', 'Denominator'],
  'xlsx.sqlResult': ['查询结果', 'Query result'],
  print: ['打印', 'Print'],
  review: ['通报', 'Review'],
  'review.title': ['年度报告质量通报', 'Review of the annual reports'],
  'review.intro': ['按评分细则打分：每个单位满分 100 分，按下列各项扣分；权重可以修改（保存在链接中）。', 'Scored by the rubric: each unit starts at 100 and loses the points below; the weights can be changed (kept in the link).'],
  'review.unit': ['单位', 'Unit'],
  'review.status': ['发布情况', 'Status'],
  'review.reported': ['已发布', 'published'],
  'review.missing': ['未发布', 'not published'],
  'review.missingNote': ['“未发布”：上一年度有报告、本年度数据中没有报告的单位。', '"Not published": units with a report the year before and none this year in the data.'],
  'review.score': ['得分', 'Score'],
  'review.deductions': ['扣分情况', 'Deductions'],
  'review.mustFix': ['需整改的问题（按严重程度）', 'What must be fixed (most serious first)'],
  'review.nothing': ['无', 'nothing'],
  'review.rubric': ['评分细则', 'Rubric'],
  'review.rule': ['扣分项', 'Rule'],
  'review.weight': ['每次扣分', 'Points each'],
  'review.maxCount': ['最多计次', 'Counted at most'],
  'review.basis': ['依据', 'Based on'],
  'review.statusBasis': ['未发布年度报告', 'no report published'],
  'review.facetBasis': ['评分卡“{facet}”类问题（{severity}）', 'scorecard facet “{facet}” ({severity})'],
  'review.resetWeights': ['恢复默认权重', 'Default weights'],
  'review.summary': ['共 {n} 个单位：已发布 {reported}，逾期 {late}，未发布 {missing}', '{n} units: {reported} published, {late} late, {missing} not published'],
  'review.points': ['{n} 分', '{n} pts'],
  'review.allCards': ['打印全部报告卡', 'Print all report cards'],
  'review.back': ['返回通报', 'Back to the review'],
  'review.cards': ['报告卡（{n} 份）', 'Report cards ({n})'],
  'card.title': ['年度报告评分卡', 'Report card'],
  'card.lastYear': ['上年', 'Last year'],
  'card.noLastYear': ['无上年报告', 'no report for the year before'],
  'card.trend': ['主要指标历年变化', 'Main figures over the years'],
  // Embeds (issue 11): embed.html (src/embed) and the Embed dialog (src/app/components/EmbedDialog.tsx)
  'embed.button': ['嵌入', 'Embed'],
  'embed.open': ['在年报数据中打开', 'Open in Nianbao'],
  'embed.dataset': ['年报数据已发布数据集', 'Nianbao published dataset'],
  'embed.source': ['数据：{dataset} · {years} · {agencies} 个机关 · 提取器 {version}', 'Data: {dataset} · {years} · {agencies} agencies · extractor {version}'],
  'embed.allYears': ['全部年度', 'all years'],
  'embed.keyHint': ['按 T 键切换图表和表格', 'Press T to switch between chart and table'],
  'embed.dialogTitle': ['嵌入到其他网页', 'Embed in another page'],
  'embed.preview': ['预览', 'Preview'],
  'embed.language': ['语言', 'Language'],
  'embed.height': ['高度（像素，用于固定高度代码）', 'Height (px, for the fixed-height code)'],
  'embed.background': ['背景', 'Background'],
  'embed.bg.light': ['浅色', 'light'], 'embed.bg.dark': ['深色', 'dark'], 'embed.bg.transparent': ['透明', 'transparent'],
  'embed.openOnTable': ['打开时显示表格', 'Open on the table'],
  'embed.responsive': ['自适应高度（推荐）：iframe 和调整其高度的脚本', 'Responsive (recommended): the iframe and the script that sizes it'],
  'embed.fixed': ['固定高度的 iframe', 'Plain iframe, fixed height'],
  'embed.copy': ['复制代码', 'Copy code'], 'embed.copied': ['已复制', 'Copied'],
  'embed.close': ['关闭', 'Close'],
  'embed.publishedOnly': ['嵌入只显示已发布的数据，不包含您导入的报告。', 'Embeds show the published data only, never reports you imported.'],
  // a runaway console query can be stopped (issue 13): running, cancel, the engine's limits
  'console.running': ['查询运行中… {s} 秒', 'Query running… {s} s'],
  'console.cancel': ['取消查询', 'Cancel query'],
  'console.limits': ['结果最多 {rows} 行；数据引擎内存上限 {memory}。', 'Results are capped at {rows} rows; the data engine’s memory limit is {memory}.'],
  // a batch that did not wholly reach browser storage (issue 13, nothing half-done): its notice
  'import.batchDismiss': ['知道了', 'Dismiss'],
  'import.batchMore': ['等 {n} 份', 'and {n} more'],
} as const satisfies Record<string, readonly [string, string]>;

export type WordKey = keyof typeof WORDS;

const LEVELS: Record<string, [string, string]> = {
  province: ['省级', 'province'], city: ['市级', 'city'], county: ['县级', 'county'], district: ['区级', 'district'],
  township: ['乡镇', 'township'], street: ['街道', 'street'], department: ['部门', 'department'], unknown: ['未知', 'unknown'],
};
// Raw column values shown as text in views (the Data view's tables and CSV keep the raw values).
// One table per concept; a value not listed shows as it is stored.
const RAW_VALUES = {
  origin: { bundled: ['内置数据', 'bundled'], user: WORDS['import.mineBadge'], synthetic: ['合成数据', 'synthetic'] },
  timeliness: {
    on_time: ['按时', 'on time'], warn_window: ['宽限期内', 'within the grace period'], late: ['逾期', 'late'],
    premature: ['过早', 'premature'], unknown: ['未知', 'unknown'],
  },
  kind: { annual_report: ['年度报告', 'annual report'], not_a_report: ['非年度报告', 'not an annual report'] },
  scope: { self: ['本机关', 'this agency'], region: ['全地区汇总', 'region-wide summary'] },
  published_source: {
    label: ['发布日期标注', 'publication date label'], signature: ['落款日期', 'signature date'], url: ['网址中的日期', 'date in the URL'],
    drafted: ['成文日期', 'drafting date'], implausible: ['日期不可信', 'implausible date'],
  },
} satisfies Record<string, Record<string, readonly [string, string]>>;

export type RawConcept = keyof typeof RAW_VALUES | 'level' | 'era';

const LEVEL_GROUPS: Record<string, [string, string]> = {
  township: ['乡镇/街道', 'township / street'], county: ['区/县', 'district / county'], city: ['市', 'city'],
  province: ['省', 'province'], department: ['部门', 'department'],
};
const GROUPS: Record<MetricGroup, [string, string]> = {
  requests: ['依申请公开：申请', 'Requests'], outcomes: ['办理结果', 'Outcomes'], appeals: ['复议、诉讼', 'Appeals and lawsuits'],
  proactive: ['主动公开', 'Proactive disclosure'], responses: ['回应关切', 'Responses'], regulatory: ['规章、规范性文件及管理事项', 'Rules and regulatory acts'],
  capacity: ['工作力量：人员、培训、会议、经费', 'Capacity: staff, training, meetings, budget'],
};
const UNITS: Record<MetricUnit, [string, string]> = {
  items: ['条', 'items'], documents: ['件', 'documents'], times: ['次', 'times'], articles: ['篇', 'articles'],
  requests: ['件', 'requests'], cases: ['件', 'cases'], yuan: ['元', 'yuan'], units: ['个', 'units'], points: ['个', 'points'],
  people: ['人', 'people'], 'person-times': ['人次', 'attendances'], decisions: ['件', 'decisions'], projects: ['个', 'projects'],
};

export interface I18n {
  lang: Lang;
  t: (k: WordKey, vars?: Record<string, string | number>) => string;
  level: (l: string | null | undefined) => string;
  levelGroup: (g: string) => string;
  group: (g: MetricGroup) => string;
  measureLabel: (key: string) => string;
  measureUnit: (key: string) => string;
  /** a raw column value (origin, timeliness, kind, scope, published_source, level, era) in words */
  value: (concept: RawConcept, raw: unknown) => string;
  locale: string;
}

export function makeI18n(lang: Lang): I18n {
  const i = lang === 'en' ? 1 : 0;
  const t: I18n['t'] = (k, vars) => {
    let s: string = WORDS[k][i];
    for (const [name, v] of Object.entries(vars ?? {})) s = s.replace(`{${name}}`, String(v));
    return s;
  };
  const level: I18n['level'] = (l) => (l ? LEVELS[l]?.[i] ?? l : LEVELS.unknown[i]);
  return {
    lang,
    locale: lang === 'en' ? 'en-GB' : 'zh-CN',
    t,
    level,
    value: (concept, raw) => {
      if (raw == null || raw === '') return '';
      const v = String(raw);
      if (concept === 'level') return level(v);
      if (concept === 'era') return t('eraLabel', { era: v });
      const words: Record<string, readonly [string, string]> = RAW_VALUES[concept];
      return Object.hasOwn(words, v) ? words[v][i] : v;
    },
    levelGroup: (g) => LEVEL_GROUPS[g]?.[i] ?? g,
    group: (g) => GROUPS[g][i],
    measureLabel: (key) => {
      const m = measureOf(key);
      if (!m) return key;
      return i ? m.def.labelEn : m.def.labelZh;
    },
    measureUnit: (key) => {
      const m = measureOf(key);
      if (!m) return '';
      if (m.kind === 'ratio') return m.def.display === 'percent' ? '%' : '';
      return UNITS[m.def.unit][i];
    },
  };
}

export function metricLabel(key: string, lang: Lang): string {
  const d = metricDef(key);
  return d ? (lang === 'en' ? d.labelEn : d.labelZh) : key;
}

/** Why a metric's concept changes between eras, in the interface language. */
export function breakNoteOf(def: { breakNote: string | null; breakNoteZh: string | null }, lang: Lang): string | null {
  return lang === 'en' ? def.breakNote : def.breakNoteZh;
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));
export const useI18n = () => useContext(I18nContext);
