// Tooltips are HTML; agency names and labels are data, so every piece of text is escaped.
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
