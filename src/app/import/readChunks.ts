// Reading a large batch without freezing the page (issue 9). A county's 2,000 files are read from disk
// in bounded chunks (a few dozen files, a few MB) instead of all at once: each chunk goes to the
// extract worker as soon as it is read, the next one is read while the worker works, and no more than
// `ahead` chunks wait in the worker — so the page holds a few chunks' bytes, not a whole folder's,
// and gets the event loop back between chunks. Chunks are cut as the reading reaches them: a chosen
// file's size is a synchronous disk query in Chromium (~0.2 ms each: 0.4 s for 2,000 files at once),
// so sizes are asked a chunk at a time, and never for files a cancel leaves unread.
// Pure scheduling: the reading and the worker are given.

export interface ChunkLimits {
  /** files per chunk */
  files: number;
  /** bytes per chunk (a file larger than this is a chunk of its own) */
  bytes: number;
}

export const READ_LIMITS: ChunkLimits = { files: 12, bytes: 8 * 1024 * 1024 };
/** chunks read and handed to the worker but not answered yet, at most */
export const READ_AHEAD = 2;

/** The next chunk of `items` from `start`: at least one item, then while within `limits` (by count and
 * by `size`, asked only for the items it takes and the first one it leaves). */
export function nextChunk<T>(items: readonly T[], start: number, size: (item: T) => number, limits: ChunkLimits): T[] {
  const chunk: T[] = [];
  let bytes = 0;
  for (let k = start; k < items.length && chunk.length < limits.files; k++) {
    const n = Math.max(0, size(items[k]));
    if (chunk.length > 0 && bytes + n > limits.bytes) break;
    chunk.push(items[k]);
    bytes += n;
  }
  return chunk;
}

/** Gives the event loop back (a task, not a microtask): input, timers and paint run before the caller
 * goes on. A MessageChannel message, not setTimeout(0), which browsers clamp to 4 ms when nested. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); r(); };
    ch.port2.postMessage(null);
  });
}

export interface PipeOptions {
  limits: ChunkLimits;
  /** chunks being processed at once, at most (>= 1) */
  ahead: number;
  /** true once the run is cancelled: the items not handed on yet go to `skip` */
  stopped: () => boolean;
  /** between chunks (default: yieldToEventLoop) */
  pause?: () => Promise<void>;
}

/** Runs `items` in order, chunk by chunk (nextChunk), through `read` then `process`: chunk k+1 is read
 * while chunk k is processed, and a chunk is read only when fewer than `ahead` are being processed.
 * Once `stopped()`, every item not handed to `process` yet (those of a chunk read just then included)
 * goes to `skip`, in one call. Resolves when every item has been processed or skipped. `read` and
 * `process` must not reject. */
export async function pipeChunks<T, R>(
  items: readonly T[],
  size: (item: T) => number,
  read: (chunk: T[]) => Promise<R>,
  process: (read: R, chunk: T[]) => Promise<void>,
  skip: (rest: T[]) => void,
  opts: PipeOptions,
): Promise<void> {
  const busy: Promise<void>[] = [];
  const pause = opts.pause ?? yieldToEventLoop;
  let at = 0;
  while (at < items.length) {
    while (busy.length >= Math.max(1, opts.ahead)) await busy.shift();
    if (opts.stopped()) break;
    const chunk = nextChunk(items, at, size, opts.limits);
    const got = await read(chunk);
    if (opts.stopped()) break;
    at += chunk.length;
    busy.push(process(got, chunk));
    if (at < items.length) await pause();
  }
  if (at < items.length) skip(items.slice(at));
  await Promise.all(busy);
}
