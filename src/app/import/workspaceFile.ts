// The workspace as a file the user keeps: written from the session, read back into it.
import { userSession } from './userSession';

export function downloadWorkspace(): void {
  const blob = new Blob([userSession.exportJson()], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `nianbao-workspace-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export async function readWorkspaceFile(list: FileList | null) {
  const f = list?.[0];
  if (!f) return null;
  return userSession.importJson(await f.text());
}
