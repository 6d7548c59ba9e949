// Page numbers left in text converted from PDF or Word (`— 1 —`, `- 2 -`, `第 3 页 共 5 页`). The line
// is emptied rather than removed so that line numbers (provenance) stay those of the input. A bare
// number on its own line is never touched: in one-cell-per-line tables that is a value.
const FURNITURE = new RegExp(
  '^[ \\t]*(?:' +
    '[-—–‒―~]{1,3}[ \\t]*\\d{1,4}[ \\t]*[-—–‒―~]{1,3}' + // — 1 —, - 2 -
    '|第[ \\t]*\\d{1,4}[ \\t]*页(?:[ \\t]*[,/]?[ \\t]*共[ \\t]*\\d{1,4}[ \\t]*页)?' + // 第 3 页 (共 5 页)
    '|共[ \\t]*\\d{1,4}[ \\t]*页[ \\t]*[,/]?[ \\t]*第[ \\t]*\\d{1,4}[ \\t]*页' + // 共 5 页 第 3 页
    '|page[ \\t]+\\d{1,4}(?:[ \\t]+of[ \\t]+\\d{1,4})?' +
    ')[ \\t]*$',
  'gim',
);

export function blankPageFurniture(text: string): string {
  return text.replace(FURNITURE, '');
}
