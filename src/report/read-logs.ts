import { closeSync, createReadStream, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pipeline, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { OldBrowserNoticeError } from '../errors';
import { readChunks, readPlainFile, STDIN, type ReadOptions } from './read-bytes';
import type { Tally } from './tally';
import type { WorkerJob, WorkerReply } from './worker';

export { STDIN, type ReadOptions } from './read-bytes';
export { emptyTally, type Tally } from './tally';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code?.startsWith('Z_')) return `not valid gzip (${(error as Error).message})`;
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
}

function inputError(path: string, error: unknown): OldBrowserNoticeError {
  const name = path === STDIN ? 'standard input' : `\`${path}\``;
  return new OldBrowserNoticeError(`cannot read ${name}: ${describe(error)}. Pass readable log files, or \`-\` for standard input.`);
}

/** What probing found: gzip or not, the size, and for a pipe the descriptor it keeps open. */
interface Probed {
  gzip: boolean;
  size: number;
  /** A pipe or device (`<(zcat access.log.gz)`, a FIFO, `/dev/stdin`), read once as a stream. */
  stream?: number;
}

/**
 * Checks that a file can be opened and read, before any output, and says whether it
 * is gzip (by its `.gz` name or its first two bytes) and how big it is. A pipe cannot be
 * read at an offset or opened twice, so it is kept open and its first bytes are looked
 * at when it is read, as for standard input.
 * @throws {OldBrowserNoticeError} quoting the path.
 */
export function probeFile(path: string): Probed {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isFIFO() || stat.isCharacterDevice() || stat.isSocket()) {
      const stream = fd;
      fd = undefined;
      return { gzip: false, size: 0, stream };
    }
    const head = new Uint8Array(2);
    const read = readSync(fd, head, 0, 2, 0);
    return { gzip: path.endsWith('.gz') || isGzip(head.subarray(0, read)), size: stat.size };
  } catch (error) {
    throw inputError(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Standard input may be gzip too: decided by its first bytes, which are passed on. */
async function* sniffed(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head = head.length ? Buffer.concat([head, next.value]) : next.value;
  }
  if (head.length === 0) return;
  const all = (async function* () {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  if (!isGzip(head)) {
    yield* all;
    return;
  }
  yield* pipeline(Readable.from(all), createGunzip(), () => {}) as AsyncIterable<Buffer>;
}

/** The worker beside the built CLI, if there is one (not when running from the sources). */
function workerFile(): URL | undefined {
  try {
    const url = new URL('./report-worker.js', import.meta.url);
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

const WORKER_YOUNG_MB = 3;

/**
 * Runs one job in a worker and hands its messages to `onMessage`; `done` settles when
 * `onMessage` says the job is done (returns true), on an error, or when the worker exits.
 */
function startWorker(url: URL, job: WorkerJob, onMessage: (reply: WorkerReply) => boolean): { worker: Worker; done: Promise<void> } {
  // Its young generation kept small: it only passes bytes on (held outside the heap), and
  // a larger one would only grow the process.
  const worker = new Worker(url, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'error') reject(Object.assign(new Error(reply.message), { code: reply.code }));
      else if (onMessage(reply)) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
  });
  // Settled before anyone awaits it (an error while this thread still reads): not unhandled.
  done.catch(() => {});
  return { worker, done };
}

/** How many inflated blocks (1 MiB each) the gzip worker may have sent ahead of the reader. */
const INFLATED_AHEAD = 8;

/**
 * A gzip file decompressed by a worker, which sends the inflated bytes here in large
 * transferred blocks (no copy), at most {@link INFLATED_AHEAD} ahead of this thread.
 */
function inflateInWorker(url: URL, path: string): AsyncIterable<Uint8Array> & { stop(): Promise<void> } {
  const queue: Uint8Array[] = [];
  let finished = false;
  let failed: unknown;
  let wake: (() => void) | undefined;
  const { worker, done } = startWorker(url, { type: 'gunzip', path, ahead: INFLATED_AHEAD }, (reply) => {
    if (reply.type === 'chunk') queue.push(reply.chunk);
    else if (reply.type === 'end') finished = true;
    wake?.();
    return reply.type === 'end';
  });
  done.then(
    () => ((finished = true), wake?.()),
    (error: unknown) => ((failed = error), (finished = true), wake?.()),
  );
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const chunk = queue.shift();
        if (chunk) {
          worker.postMessage('more');
          yield chunk;
          continue;
        }
        if (failed) throw failed;
        if (finished) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    },
    stop: async () => void (await worker.terminate()),
  };
}

/** Standard input or a pipe (gzip told by their first bytes), or a gzip file inflated in this thread. */
function openInput(path: string, probed: Probed | undefined, stdin: Readable): Readable {
  if (!probed) return Readable.from(sniffed(stdin));
  if (probed.stream !== undefined) return Readable.from(sniffed(createReadStream('', { fd: probed.stream })));
  const file = createReadStream(path);
  return probed.gzip ? pipeline(file, createGunzip(), () => {}) : file;
}

export interface ReadLogsOptions extends ReadOptions {
  /**
   * Called once the second thread (if any) has started and before this one reads: the
   * moment for work that must come first, such as compiling the policy, while the
   * worker already inflates. If it throws, nothing is read.
   */
  beforeRead?: () => void | Promise<void>;
  /** Standard input, for `-`. */
  stdin?: Readable;
}

/** Below this, a second thread costs more to start than it saves. */
const INFLATE_IN_WORKER_FROM_BYTES = 2 << 20;

/**
 * Reads log files (or `-`, standard input; gzip or not) in constant memory, adding
 * their requests to `tally`. Plain files are read in this thread: reading is cheap next
 * to starting a second one, and two threads contend on a busy machine. The first large
 * gzip file is decompressed by a worker (the others in this thread's zlib), which starts
 * before `beforeRead` runs.
 * @throws {OldBrowserNoticeError} quoting the path when it cannot be read or decompressed,
 *   or quoting the line of a counted export that cannot be read.
 */
export async function readLogs(paths: readonly string[], tally: Tally, options: ReadLogsOptions = {}): Promise<void> {
  const files = new Map<string, Probed>();
  for (const path of paths) if (path !== STDIN) files.set(path, probeFile(path));
  const url = (options.worker ?? availableParallelism() > 1) && !options.counts ? workerFile() : undefined;
  const inflateFirst = url ? [...files].find(([, file]) => file.gzip && file.size >= INFLATE_IN_WORKER_FROM_BYTES)?.[0] : undefined;
  const inflated = url && inflateFirst ? inflateInWorker(url, inflateFirst) : undefined;
  try {
    await options.beforeRead?.();
    for (const path of paths) {
      // Undefined for standard input.
      const probed = files.get(path);
      try {
        if (path === inflateFirst && inflated) await readChunks(inflated, path, tally, options);
        else if (probed && !probed.gzip && probed.stream === undefined) readPlainFile(path, tally, options);
        else await readChunks(openInput(path, probed, options.stdin ?? process.stdin), path, tally, options);
      } catch (error) {
        if (error instanceof OldBrowserNoticeError) throw error;
        throw inputError(path, error);
      }
    }
  } finally {
    await inflated?.stop();
  }
}
