// The SQL console is the one place a user writes SQL. It may read the loaded tables and nothing
// else: one statement, starting with SELECT/WITH/DESCRIBE/SHOW/EXPLAIN/`PRAGMA table_info`/
// `SUMMARIZE`, and no writing or system keyword anywhere outside strings and comments. The engine
// is also locked down (no external access, configuration locked) in case something slips through.

import type { Problem } from '../domain/problems';

export type GuardResult = { ok: true; sql: string; wrap: boolean } | { ok: false; problem: Problem };

const ALLOWED_FIRST = new Set(['SELECT', 'WITH', 'DESCRIBE', 'SHOW', 'EXPLAIN', 'PRAGMA', 'SUMMARIZE', 'FROM', 'VALUES', 'TABLE']);
const FORBIDDEN = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'DROP', 'CREATE', 'ALTER', 'COPY', 'ATTACH', 'DETACH', 'INSTALL', 'LOAD', 'SET',
  'RESET', 'CALL', 'EXPORT', 'IMPORT', 'CHECKPOINT', 'VACUUM', 'USE', 'TRUNCATE', 'MERGE', 'BEGIN', 'COMMIT',
  'ROLLBACK', 'TRANSACTION', 'GRANT', 'ANALYZE', 'UPSERT', 'REPLACE', 'INTO', 'PREPARE', 'EXECUTE', 'DEALLOCATE',
]);
// Table functions that read files or the network (blocked by the engine settings too).
const FORBIDDEN_FUNCTIONS = /^(read_|parquet_|glob$|sniff_csv$|query_table$|query$|getenv$)/i;

interface Token { kind: 'word' | 'punct'; text: string }

/** Words and punctuation outside string literals, quoted identifiers and comments. */
export function tokenize(sql: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '-' && sql[i + 1] === '-') { const j = sql.indexOf('\n', i); i = j < 0 ? sql.length : j + 1; continue; }
    if (ch === '/' && sql[i + 1] === '*') { const j = sql.indexOf('*/', i + 2); if (j < 0) return null; i = j + 2; continue; }
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) return null;
        if (sql[j] === ch) { if (sql[j + 1] === ch) { j += 2; continue; } break; }
        j++;
      }
      if (ch === '"') out.push({ kind: 'punct', text: 'IDENT' });
      else out.push({ kind: 'punct', text: 'STRING' });
      i = j + 1;
      continue;
    }
    if (ch === '$') return null; // dollar-quoted strings: not supported in the console
    const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/.exec(sql.slice(i));
    if (m) { out.push({ kind: 'word', text: m[0] }); i += m[0].length; continue; }
    out.push({ kind: 'punct', text: ch });
    i++;
  }
  return out;
}

export function guardConsoleSql(input: string): GuardResult {
  const tokens = tokenize(input);
  if (!tokens) return { ok: false, problem: { code: 'console_unterminated' } };
  while (tokens.length && tokens[tokens.length - 1].text === ';') tokens.pop();
  if (tokens.length === 0) return { ok: false, problem: { code: 'console_empty' } };
  if (tokens.some((t) => t.text === ';')) return { ok: false, problem: { code: 'console_one_statement' } };
  const first = tokens[0].text.toUpperCase();
  if (!ALLOWED_FIRST.has(first)) return { ok: false, problem: { code: 'console_first_word', params: { word: first } } };
  if (first === 'PRAGMA') {
    const name = tokens[1]?.text.toLowerCase();
    if (name !== 'table_info' && name !== 'show_tables') return { ok: false, problem: { code: 'console_pragma' } };
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const up = t.text.toUpperCase();
    if (FORBIDDEN.has(up) && !(up === 'REPLACE' && tokens[k + 1]?.text === '(')) return { ok: false, problem: { code: 'console_forbidden_word', params: { word: up } } };
    if (FORBIDDEN_FUNCTIONS.test(t.text) && tokens[k + 1]?.text === '(') return { ok: false, problem: { code: 'console_forbidden_function', params: { name: t.text } } };
  }
  const sql = input.trim().replace(/;+\s*$/, '');
  return { ok: true, sql, wrap: first === 'SELECT' || first === 'WITH' || first === 'FROM' || first === 'VALUES' || first === 'TABLE' };
}
