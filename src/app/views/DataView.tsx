// 数据 Data: the loaded tables (sort, filter, choose columns, virtualised scrolling), a read-only
// SQL console with a schema browser, and downloads (CSV for anything; Parquet for whole tables).
import { useEffect, useMemo, useRef, useState } from 'react';
import { ProblemError, problemText } from '../../domain/problems';
import { schemaQuery, tableCountQuery, tableRowsQuery } from '../../data/queries';
import { TABLES, tableDef } from '../../data/schema';
import { CONSOLE_ROW_CAP, ENGINE_MEMORY_LIMIT, parquetUrl, runQuery, startConsoleSql, type ConsoleRun, type QueryResult } from '../../data';
import { usePagedRows } from '../usePagedRows';
import { VirtualTable } from '../components/VirtualTable';
import { QueryNote } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { useI18n } from '../i18n';
import { downloadCsv } from '../download';
import { ExcelButton } from '../components/ExcelButton';
import { dataTableWorkbook, queryResultWorkbook } from '../export/dataSheets';
import { useExportSource } from '../export/useExportSource';
import type { ViewProps } from './types';

export function DataView({ state, set }: ViewProps) {
  const i = useI18n();
  const def = tableDef(state.table)!;
  const browse = {
    table: state.table, sort: state.sort ? { column: state.sort, desc: state.desc } : null,
    filter: state.filterCol ? { column: state.filterCol, text: state.filter } : null, region: state.region,
  };
  const paged = usePagedRows(browse);
  const count = useDataQuery(tableCountQuery(browse));
  const schema = useDataQuery(schemaQuery());
  const visible = def.columns.map((c) => c.name).filter((c) => !state.hidden.includes(c));
  const rowCount = Number(count.data?.rows[0]?.n ?? 0);
  const [exporting, setExporting] = useState(false);
  const source = useExportSource(state.data);
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
  // the query in flight (so it can be cancelled) and how long it has run, ticking once a second
  const current = useRef<ConsoleRun | null>(null);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    const t0 = performance.now();
    setElapsed(0);
    const timer = setInterval(() => setElapsed(Math.floor((performance.now() - t0) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const run = async () => {
    setRunning(true);
    setSqlError(null);
    set({ sql }, { replace: true });
    try {
      const r = await startConsoleSql(sql);
      current.current = r;
      setResult(await r.result);
    } catch (e) { setSqlError(e instanceof ProblemError ? problemText(e.problem, i.lang) : e instanceof Error ? e.message : String(e)); setResult(null); }
    current.current = null;
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
        <ExcelButton testId="table-xlsx" disabled={!count.data} build={async () =>
          dataTableWorkbook(state.table, visible, (await runQuery(tableRowsQuery({ ...browse, limit: 5_000_000 }))).rows, i, source())} />
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
            {running && <>
              <span role="status" className="note" data-testid="sql-running"><progress aria-label={i.t('console.running', { s: elapsed })} /> {i.t('console.running', { s: elapsed })}</span>
              <button type="button" data-testid="sql-cancel" onClick={() => void current.current?.cancel()}>{i.t('console.cancel')}</button>
            </>}
            <button type="button" disabled={!result} data-testid="sql-csv" onClick={() => result && downloadCsv('query.csv', result.columns, result.rows)}>{i.t('downloadCsv')}</button>
            <ExcelButton testId="sql-xlsx" disabled={!result} build={() => queryResultWorkbook(state.sql, result!.columns, result!.rows, i, source())} />
            {result && <span className="note" data-testid="sql-status">{result.rows.length.toLocaleString(i.locale)} {i.t('rows')} · {Math.round(result.ms)} ms</span>}
          </div>
          <p className="note" data-testid="sql-limits">{i.t('console.limits', { rows: CONSOLE_ROW_CAP.toLocaleString(i.locale), memory: ENGINE_MEMORY_LIMIT })}</p>
          {sqlError && <p role="alert" className="error" data-testid="sql-error">{sqlError}</p>}
          {result?.truncated && <p className="note">{i.t('truncated')}</p>}
          {result && <VirtualTable testId="sql-result" columns={result.columns} rowCount={result.rows.length} getRow={(n) => result.rows[n]} height={300} />}
        </div>
      </div>
    </section>
  );
}
