// 数据 Data: the loaded tables (sort, filter, choose columns, virtualised scrolling), a read-only
// SQL console with a schema browser, and downloads (CSV for anything; Parquet for whole tables).
import { useMemo, useState } from 'react';
import { ProblemError, problemText } from '../../domain/problems';
import { schemaQuery, tableCountQuery, tableRowsQuery } from '../../data/queries';
import { TABLES, tableDef } from '../../data/schema';
import { parquetUrl, runConsoleSql, runQuery, type QueryResult } from '../../data';
import { usePagedRows } from '../usePagedRows';
import { VirtualTable } from '../components/VirtualTable';
import { QueryNote } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { useI18n } from '../i18n';
import { downloadCsv } from '../download';
import type { ViewProps } from './types';

export function DataView({ state, set }: ViewProps) {
  const i = useI18n();
  const def = tableDef(state.table)!;
  const browse = {
    table: state.table, sort: state.sort ? { column: state.sort, desc: state.desc } : null,
    filter: state.filterCol ? { column: state.filterCol, text: state.filter } : null,
  };
  const paged = usePagedRows(browse);
  const count = useDataQuery(tableCountQuery(browse));
  const schema = useDataQuery(schemaQuery());
  const visible = def.columns.map((c) => c.name).filter((c) => !state.hidden.includes(c));
  const rowCount = Number(count.data?.rows[0]?.n ?? 0);
  const [exporting, setExporting] = useState(false);
  const exportCsv = async () => {
    setExporting(true);
    try {
      const all = await runQuery(tableRowsQuery({ ...browse, limit: 5_000_000 }));
      downloadCsv(`${state.table}.csv`, visible, all.rows);
    } finally { setExporting(false); }
  };

  const [sql, setSql] = useState(state.sql);
  const [result, setResult] = useState<(QueryResult & { truncated: boolean; ms: number }) | null>(null);
  const [sqlError, setSqlError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    setSqlError(null);
    set({ sql }, { replace: true });
    try { setResult(await runConsoleSql(sql)); } catch (e) { setSqlError(e instanceof ProblemError ? problemText(e.problem, i.lang) : e instanceof Error ? e.message : String(e)); setResult(null); }
    setRunning(false);
  };
  const tablesInSchema = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const r of schema.data?.rows ?? []) m.set(String(r.table_name), [...(m.get(String(r.table_name)) ?? []), `${r.column_name} ${r.data_type}`]);
    return [...m];
  }, [schema.data]);

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{i.t('data')}</h2>
      <div className="controls">
        <label>{i.t('tables')}
          <select value={state.table} onChange={(e) => set({ table: e.target.value as typeof state.table, sort: null, filterCol: null, filter: '', hidden: [] })} data-testid="table-select">
            {TABLES.map((t) => <option key={t.name} value={t.name}>{t.name}</option>)}
          </select>
        </label>
        <label>{i.t('filter')}
          <select value={state.filterCol ?? ''} onChange={(e) => set({ filterCol: e.target.value || null })} data-testid="filter-column">
            <option value="">—</option>
            {def.columns.map((c) => <option key={c.name} value={c.name}>{c.name}</option>)}
          </select>
        </label>
        <input type="search" aria-label={i.t('filter')} value={state.filter} disabled={!state.filterCol} data-testid="filter-text"
          onChange={(e) => set({ filter: e.target.value }, { replace: true })} />
        <details className="columns-chooser">
          <summary>{i.t('columns')}</summary>
          {def.columns.map((c) => (
            <label key={c.name} className="check" title={c.doc}>
              <input type="checkbox" checked={!state.hidden.includes(c.name)}
                onChange={(e) => set({ hidden: e.target.checked ? state.hidden.filter((h) => h !== c.name) : [...state.hidden, c.name] })} />{c.name}
            </label>
          ))}
        </details>
        <button type="button" data-testid="table-csv" disabled={!count.data || exporting} onClick={() => void exportCsv()}>{i.t('downloadCsv')}</button>
        <a className="button" href={parquetUrl(state.table)} download>{i.t('downloadParquet')}</a>
      </div>
      <p className="note">{rowCount.toLocaleString(i.locale)} {i.t('rows')} · {i.t('parquetNote')}</p>
      <QueryNote error={count.error ?? paged.error} />
      <VirtualTable testId="data-table" columns={def.columns.map((c) => c.name)} hidden={state.hidden}
        rowCount={rowCount} getRow={paged.getRow} onRange={paged.onRange}
        sort={{ column: state.sort, desc: state.desc }}
        onSort={(c) => set(state.sort === c ? (state.desc ? { sort: null, desc: false } : { desc: true }) : { sort: c, desc: false })} />

      <h3>{i.t('sqlConsole')}</h3>
      <div className="console">
        <details className="schema" open>
          <summary>{i.t('schema')}</summary>
          <ul>{tablesInSchema.map(([t, cols]) => (
            <li key={t}><button type="button" onClick={() => setSql(`SELECT * FROM ${t} LIMIT 100`)}>{t}</button>
              <ul className="cols">{cols.map((c) => <li key={c}>{c}</li>)}</ul></li>
          ))}</ul>
        </details>
        <div className="console-main">
          <label htmlFor="sql-input">{i.t('sqlHint')}</label>
          <textarea id="sql-input" data-testid="sql-input" rows={5} spellCheck={false} value={sql}
            onChange={(e) => setSql(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void run(); } }} />
          <div className="controls">
            <button type="button" onClick={() => void run()} disabled={running} data-testid="sql-run">{i.t('run')}</button>
            <button type="button" disabled={!result} data-testid="sql-csv" onClick={() => result && downloadCsv('query.csv', result.columns, result.rows)}>{i.t('downloadCsv')}</button>
            {result && <span className="note" data-testid="sql-status">{result.rows.length.toLocaleString(i.locale)} {i.t('rows')} · {Math.round(result.ms)} ms</span>}
          </div>
          {sqlError && <p role="alert" className="error" data-testid="sql-error">{sqlError}</p>}
          {result?.truncated && <p className="note">{i.t('truncated')}</p>}
          {result && <VirtualTable testId="sql-result" columns={result.columns} rowCount={result.rows.length} getRow={(n) => result.rows[n]} height={300} />}
        </div>
      </div>
    </section>
  );
}
