// Arrow results → plain rows the UI can hold: BIGINT → number, DATE → 'YYYY-MM-DD', TIMESTAMP → ISO.
import { DataType, type Table } from 'apache-arrow';

export interface QueryResult<Row = Record<string, unknown>> {
  columns: string[];
  rows: Row[];
}

function toIsoDate(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const d = v instanceof Date ? v : new Date(Number(v));
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

export function arrowToRows(t: Table): QueryResult {
  const fields = t.schema.fields;
  const columns = fields.map((f) => f.name);
  const rows: Record<string, unknown>[] = Array.from({ length: t.numRows }, () => ({}));
  fields.forEach((f, i) => {
    const vec = t.getChildAt(i);
    if (!vec) return;
    const conv = DataType.isDate(f.type) ? toIsoDate
      : DataType.isTimestamp(f.type) ? (v: unknown) => (v == null ? null : new Date(Number(v)).toISOString())
        : (v: unknown) => (typeof v === 'bigint' ? Number(v) : v ?? null);
    const decimal = DataType.isDecimal(f.type) ? 10 ** ((f.type as { scale: number }).scale) : 0;
    for (let r = 0; r < t.numRows; r++) {
      let v = vec.get(r) as unknown;
      if (decimal && v != null) v = Number(v as never) / decimal;
      rows[r][f.name] = conv(v);
    }
  });
  return { columns, rows };
}
