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
  data_no_reports: { zh: '数据集中没有报告', en: 'The dataset has no reports' },
  data_not_url: { zh: '数据地址不是有效的网址：{value}', en: 'The data address is not a URL: {value}' },
  data_other_origin: {
    zh: '数据必须与本应用在同一网站（{value}），本应用不连接其他网站',
    en: 'The data must be on the same site as the app ({value}): the app never talks to another host',
  },
  data_engine: { zh: '数据引擎出错：{detail}', en: 'The data engine failed: {detail}' },
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
