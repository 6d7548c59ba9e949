// The files of a drop: a dropped folder (or several, with files beside them) is walked recursively
// through the entries API, as the folder picker (`webkitdirectory`) does, so a county's folder of
// reports goes in with one gesture. Browsers without the entries API give the plain file list.

type Entry = FileSystemEntry;

function readAll(dir: FileSystemDirectoryEntry): Promise<Entry[]> {
  const reader = dir.createReader();
  const out: Entry[] = [];
  // readEntries answers in chunks (about 100 in Chromium) until it answers with none.
  return new Promise((resolve, reject) => {
    const next = () => reader.readEntries((chunk) => {
      if (!chunk.length) { resolve(out); return; }
      out.push(...chunk);
      next();
    }, reject);
    next();
  });
}

async function filesOf(entry: Entry): Promise<File[]> {
  if (entry.isFile) return [await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))];
  if (!entry.isDirectory) return [];
  const children = await readAll(entry as FileSystemDirectoryEntry);
  // code-point order of the names, as `npm run ingest` walks folders
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return (await Promise.all(children.map(filesOf))).flat();
}

export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() ?? null : null));
  if (!entries.length || entries.some((e) => e === null)) return [...dt.files];
  return (await Promise.all(entries.map((e) => filesOf(e!)))).flat();
}
