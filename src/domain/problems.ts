// One error model: a problem is a code and its parameters, rendered in the interface language from
// one message table. Every failure a user can meet outside the extractor's findings goes through it:
// a file the import cannot read, a statement the SQL console refuses, a dataset that does not load, a
// `?data=` address that is refused. Code that fails throws `ProblemError`; views render `problemText`.
import { fillParams, inLanguage, type Lang, type Text } from './text';

const MESSAGES = {
  // reading a file (the import worker)
  empty: { zh: '文件为空（0 字节）', en: 'The file is empty (0 bytes)' },
  too_large: { zh: '文件太大，无法读取', en: 'The file is too large to read' },
  image: { zh: '这是图片，不是文本：请使用带文字层的 PDF 或文本', en: 'This is an image, not text: use a PDF with a text layer, or text' },
  unknown_format: { zh: '不支持的文件格式', en: 'Unsupported file format' },
  old_word: { zh: '旧版 Word（.doc）格式不支持：请另存为 .docx 或 PDF', en: 'Old Word (.doc) files are not supported: save as .docx or PDF' },
  undecodable: { zh: '无法识别文本编码（不是 UTF-8、GBK/GB18030 或 UTF-16）', en: 'Unknown text encoding (not UTF-8, GBK/GB18030 or UTF-16)' },
  pdf_corrupt: { zh: 'PDF 文件已损坏或不是 PDF', en: 'The PDF is corrupt or not a PDF' },
  pdf_encrypted: { zh: 'PDF 有密码保护', en: 'The PDF is password-protected' },
  pdf_no_text: { zh: 'PDF 没有文字层（可能是扫描件）', en: 'The PDF has no text layer (scanned?)' },
  docx_encrypted: { zh: 'Word 文档已加密（有密码保护）', en: 'The Word document is encrypted (password-protected)' },
  docx_corrupt: { zh: 'Word 文档已损坏或不是 .docx', en: 'The Word document is corrupt or not a .docx' },
  zip_corrupt: { zh: 'ZIP 压缩包已损坏', en: 'The ZIP archive is corrupt' },
  zip_empty: { zh: 'ZIP 压缩包中没有文件', en: 'The ZIP archive holds no files' },
  internal: { zh: '读取时出错', en: 'Error while reading' },
  cancelled: { zh: '已取消：未读取', en: 'Cancelled: not read' },
  worker_crashed: { zh: '读取此文件时读取程序崩溃（可能内存不足）；其余文件继续读取', en: 'The reader crashed on this file (out of memory?); the other files go on' },
  timed_out: { zh: '读取超过 {seconds} 秒，已停止；其余文件继续读取', en: 'Reading took over {seconds} s and was stopped; the other files go on' },
  // the SQL console (src/data/consoleGuard.ts)
  console_unterminated: { zh: '字符串、标识符或注释没有结束', en: 'Unterminated string, identifier or comment' },
  console_empty: { zh: '查询为空', en: 'Empty query' },
  console_one_statement: { zh: '一次只能运行一条语句', en: 'One statement at a time' },
  console_first_word: {
    zh: '只能使用 SELECT、WITH、DESCRIBE、SHOW、EXPLAIN 和 PRAGMA table_info（收到 {word}）',
    en: 'Only SELECT, WITH, DESCRIBE, SHOW, EXPLAIN and PRAGMA table_info are allowed (got {word})',
  },
  console_pragma: { zh: '只允许 PRAGMA table_info', en: 'Only PRAGMA table_info is allowed' },
  console_forbidden_word: { zh: '控制台是只读的：不允许 {word}', en: '{word} is not allowed in the console (read-only)' },
  console_forbidden_function: { zh: '不允许 {name}()：控制台只能读取已载入的数据表', en: '{name}() is not allowed: the console reads the loaded tables only' },
  // loading a dataset (src/data/download.ts, dataset.ts, dataUrl.ts)
  data_http: { zh: '无法载入 {file}：HTTP {status}', en: 'Could not load {file}: HTTP {status}' },
  data_no_database: { zh: '{folder} 中没有 {file}', en: 'No {file} in {folder}' },
  data_needs_region: {
    zh: '这是按省份分开存放的全国数据集（{reports} 份报告）：此视图需要逐份报告的数据，请先在上方选择一个省份或地区，只载入该省的数据',
    en: 'This is a national dataset stored by province ({reports} reports): this view needs the reports themselves, so choose a province or region above and only that province is loaded',
  },
  data_answers_stale: {
    zh: '此全国数据集的预算汇总由另一版本的应用生成（{missing} / {total} 项对不上），概览的部分图表无法显示：请用本版本重新生成（npm run ingest -- --partitioned）',
    en: "This national dataset's precomputed figures were written by another version of the app ({missing} of {total} do not match), so parts of the Overview cannot be shown: rebuild it with this version (npm run ingest -- --partitioned)",
  },
  data_partition_missing: {
    zh: '{folder} 中没有 {file}（清单列出了它）',
    en: 'No {file} in {folder} (the manifest lists it)',
  },
  data_no_reports: { zh: '数据集中没有报告', en: 'The dataset has no reports' },
  data_not_url: { zh: '数据地址不是有效的网址：{value}', en: 'The data address is not a URL: {value}' },
  data_other_origin: {
    zh: '数据必须与本应用在同一网站（{value}），本应用不连接其他网站',
    en: 'The data must be on the same site as the app ({value}): the app never talks to another host',
  },
  data_engine: { zh: '数据引擎出错：{detail}', en: 'The data engine failed: {detail}' },
  // broken datasets and workspace files (issue 13): each says what is wrong; nothing stored is touched
  data_truncated: {
    zh: '{folder} 中的 {file} 不完整（{bytes} 字节，不是完整的数据库文件），可能在复制或下载时被截断',
    en: '{file} in {folder} is incomplete ({bytes} bytes, not a whole database file): it was probably cut short when copied or downloaded',
  },
  data_corrupt: {
    zh: '{folder} 中的 {file} 已损坏或不是年报数据库，无法打开',
    en: '{file} in {folder} is damaged or not a Nianbao database, so it cannot be opened',
  },
  data_newer_version: {
    zh: '{folder} 中的数据集由更新版本的抽取程序生成（{found}，本应用为 {ours}），请用更新版本的应用打开',
    en: 'The dataset in {folder} was written by a newer extractor ({found}; this app has {ours}): open it with a newer version of the app',
  },
  workspace_truncated: {
    zh: '工作区文件不完整（{chars} 个字符后中断），可能在下载或复制时被截断；未导入任何报告',
    en: 'The workspace file is incomplete (it breaks off after {chars} characters), probably cut short when downloaded or copied; nothing was imported',
  },
  workspace_not_json: {
    zh: '工作区文件不是有效的 JSON（可能被手动编辑过）；未导入任何报告',
    en: 'The workspace file is not valid JSON (edited by hand?); nothing was imported',
  },
  workspace_wrong_format: { zh: '这不是年报工作区文件；未导入任何报告', en: 'This is not a Nianbao workspace file; nothing was imported' },
  workspace_newer_version: {
    zh: '工作区文件来自更新版本的应用（格式版本 {found}，本应用支持到 {supported}），请用更新版本的应用导入',
    en: 'The workspace file comes from a newer version of the app (format version {found}; this app reads up to {supported}): import it with a newer version',
  },
  workspace_no_reports: {
    zh: '工作区文件缺少报告列表（可能被手动编辑过）；未导入任何报告',
    en: 'The workspace file has no list of reports (edited by hand?); nothing was imported',
  },
  // a batch of imported reports that did not wholly reach browser storage (src/app/import/userSession.ts)
  batch_interrupted: {
    zh: '{time} 添加的一批报告中有 {missing} 份（共 {total} 份）未添加：页面在添加时被关闭或崩溃。已保存的报告都完整。未添加的文件：{files}',
    en: '{missing} of {total} reports of the batch of {time} were not added: the page was closed or crashed while adding them. The reports that were saved are whole. Not added: {files}',
  },
  batch_storage_full: {
    zh: '浏览器存储空间已满：本批 {total} 份报告中 {stored} 份已保存，{unsaved} 份放不下，只保留在本页面中，关闭页面后会丢失。请导出工作区保存。',
    en: 'Browser storage ran out: {stored} of the batch’s {total} reports were saved; {unsaved} did not fit and are kept in this page only, lost when it closes. Export the workspace to keep them.',
  },
  batch_storage_failed: {
    zh: '写入浏览器存储时出错：本批 {total} 份报告中 {stored} 份已保存，{unsaved} 份只保留在本页面中，关闭页面后会丢失。请导出工作区保存。',
    en: 'Writing to browser storage failed: {stored} of the batch’s {total} reports were saved; {unsaved} are kept in this page only, lost when it closes. Export the workspace to keep them.',
  },
  // a console query (src/data/consoleQuery.ts)
  console_cancelled: { zh: '查询已取消', en: 'The query was cancelled' },
  console_memory: {
    zh: '查询超出数据引擎的内存上限（{limit}）：请缩小查询范围（加 WHERE 或 LIMIT）',
    en: 'The query exceeds the data engine’s memory limit ({limit}): narrow it (add WHERE or LIMIT)',
  },
  // an embed (src/embed): a URL it cannot show, or slices it cannot read
  embed_unknown_view: {
    zh: '嵌入不支持此视图：{value}（可用 compare、trends、overview、compliance）',
    en: 'Embeds do not show this view: {value} (compare, trends, overview and compliance do)',
  },
  embed_unknown_metric: { zh: '未知指标：{value}', en: 'Unknown metric: {value}' },
  embed_no_figures: { zh: '数据集中没有机关给出此指标：{value}', en: 'No agency in the dataset gives this figure: {value}' },
  embed_bad_param: { zh: '参数 {param} 的值无效：{value}', en: 'Not a valid value for {param}: {value}' },
  embed_year_absent: { zh: '数据集中没有 {value} 年度的报告', en: 'The dataset has no reports for {value}' },
  embed_too_many_agencies: { zh: '机关太多：{n} 个（嵌入最多 {max} 个）', en: 'Too many agencies: {n} (an embed shows at most {max})' },
  embed_bad_agency: { zh: '机关名称无效（过长或含控制字符）：{value}', en: 'Not a valid agency name (too long, or control characters): {value}' },
  embed_unknown_agency: { zh: '数据集中没有此机关的这项数据：{value}', en: 'The dataset has no such figure for this agency: {value}' },
  embed_choose_agencies: {
    zh: '按层级、地区或汇总报告筛选的趋势图需要列出机关（agencies=）',
    en: 'A trend filtered by level, region or summaries must name its agencies (agencies=)',
  },
  embed_filter_unsupported: { zh: '此嵌入不能按 {param} 筛选：请在年报数据中打开', en: 'This embed cannot filter by {param}: open it in Nianbao' },
  embed_no_slice: { zh: '缺少嵌入数据 {file}（HTTP {status}）', en: 'The embed data {file} is missing (HTTP {status})' },
  embed_bad_slice: { zh: '嵌入数据 {file} 无法读取', en: 'The embed data {file} cannot be read' },
  // what a document that is not an annual report is (the extractor's classifier; its reason says why)
  not_report_garbled: { zh: '乱码', en: 'garbled text' },
  not_report_too_short: { zh: '过短', en: 'too short' },
  not_report_template: { zh: '模板', en: 'template' },
  not_report_regulation: { zh: '法规文本', en: 'regulation text' },
  not_report_notice: { zh: '通知', en: 'notice' },
  not_report_index: { zh: '报告列表', en: 'list of reports' },
  not_report_half_year: { zh: '非全年', en: 'part of a year' },
  not_report_off_topic: { zh: '其他主题', en: 'another subject' },
  not_report_no_body: { zh: '无正文', en: 'no text' },
  not_report_other_document: { zh: '其他文件', en: 'another kind of document' },
  not_report_unreadable: { zh: '无法读取', en: 'unreadable' },
} as const satisfies Record<string, Text & { en: string }>;

export type ProblemCode = keyof typeof MESSAGES;
export const PROBLEM_CODES = Object.keys(MESSAGES) as ProblemCode[];

export interface Problem {
  code: ProblemCode;
  params?: Readonly<Record<string, string | number>>;
  /** technical detail (a library's own message), shown small after the message */
  detail?: string;
}

export function problemText(p: Problem, lang: Lang): string {
  return fillParams(inLanguage(MESSAGES[p.code], lang), p.params);
}

/** An Error carrying a Problem, so code that throws stays simple and views still speak the user's language. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problemText(problem, 'en'));
    this.name = 'ProblemError';
  }
}

/** What kind of non-report a document is, in words (`category` of an extraction). */
export function notReportTitle(category: string | null | undefined, lang: Lang): string | null {
  const code = `not_report_${category ?? ''}`;
  return code in MESSAGES ? problemText({ code: code as ProblemCode }, lang) : null;
}

/** The problem behind any thrown value: a ProblemError's own, else the engine's message as detail. */
export function problemOf(err: unknown): Problem {
  if (err instanceof ProblemError) return err.problem;
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'data_engine', params: { detail } };
}
