// Placeholder owned by the import work (issue 4): the 导入 Import view.
export function ImportView() {
  return <section aria-labelledby="import-title"><h2 id="import-title">导入 Import</h2></section>;
}
