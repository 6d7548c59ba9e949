import { toCsv } from '../data/csv';

export function downloadBlob(name: string, blob: Blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function downloadCsv(name: string, columns: readonly string[], rows: readonly Record<string, unknown>[]) {
  downloadBlob(name, new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
}
