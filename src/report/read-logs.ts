import { closeSync, createReadStream, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pipeline, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { OldBrowserNoticeError } from '../errors';
import { CountedExport } from './counted';
import { LineBlocks, MAX_LINE_BYTES, type BlockSink } from './line-blocks';
import { lineDay } from './parse-line';
import { emptyTally, mergeTally, RawCounts, tallyLogBlock, tallyTooLong, type Tally } from './tally';
import type { WorkerJob, WorkerReply } from './worker';

export { emptyTally, type Tally } from './tally';

/** `-` names standard input. */
export const STDIN = '-';

export interface ReadOptions {
  /** Called with the lines read so far, about every `progressEvery` lines. */
  onProgress?: (lines: number) => void;
  progressEvery?: number;
  /** The input is a counted export (`--counts`): rows of user agent, count and maybe date. */
  counts?: boolean;
  /** Whether a second thread may help (default: when the machine has a second core). */
  worker?: boolean;
  /**
   * Told user agents of combined-format lines as this thread first reads them (again,
   * at times, for a second file): the moment to judge them while a second thread reads on,
   * rather than all at the end.
   */
  onUserAgent?: (ua: string) => void;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;
/**
 * The most bytes decoded into one string. Small strings are cheap to make and drop:
 * above 128 KiB they go to V8's large-object space, which costs more to allocate and
 * collect, and the longer the block that is still alive at each collection of the young
 * generation, the more that generation grows (64 KiB blocks: about 17 MB more peak
 * memory per thread than 16 KiB, and no faster).
 */
const BLOCK_BYTES = 16 << 10;
const NEWLINE = 0x0a;

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

/**
 * Checks that a file can be opened and read, before any output, and says whether it
 * is gzip (by its `.gz` name or its first two bytes) and how big it is.
 * @throws {OldBrowserNoticeError} quoting the path.
 */
export function probeFile(path: string): { gzip: boolean; size: number } {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = new Uint8Array(2);
    const read = readSync(fd, head, 0, 2, 0);
    return { gzip: path.endsWith('.gz') || isGzip(head.subarray(0, read)), size: fstatSync(fd).size };
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

/** Where the lines of one input go: into the tally of an access log, or of a counted export. */
function sinkFor(path: string, tally: Tally, options: ReadOptions): BlockSink & { end(): void } {
  if (options.counts) return new CountedExport(path === STDIN ? 'standard input' : `\`${path}\``, tally);
  const when = tally.days ? lineDay() : undefined;
  const raw = new RawCounts(options.onUserAgent);
  return {
    block: (text) => tallyLogBlock(text, tally, raw, when),
    tooLong: () => tallyTooLong(tally),
    end: () => raw.foldInto(tally),
  };
}

/** Bytes of one input → its tally, through the line splitter, reporting progress. */
function tallyReader(path: string, tally: Tally, options: ReadOptions): { push(chunk: Uint8Array): void; end(): void } {
  const every = options.progressEvery ?? 100_000;
  const onProgress = options.onProgress;
  let next = tally.lines + every;
  const sink = sinkFor(path, tally, options);
  const lines = new LineBlocks(sink, options.counts ? 'utf8' : 'latin1', MAX_LINE_BYTES);
  return {
    push(chunk) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (bytes.length <= BLOCK_BYTES) lines.push(bytes);
      else {
        // Cut after a newline where there is one, so that few lines span two blocks.
        for (let at = 0, cut; at < bytes.length; at = cut) {
          cut = at + BLOCK_BYTES >= bytes.length ? bytes.length : bytes.lastIndexOf(NEWLINE, at + BLOCK_BYTES - 1) + 1;
          if (cut <= at) cut = at + BLOCK_BYTES;
          lines.push(bytes.subarray(at, cut));
        }
      }
      if (onProgress && tally.lines >= next) {
        onProgress(tally.lines);
        next = tally.lines + every;
      }
    },
    end() {
      lines.end();
      sink.end();
    },
  };
}

/** Reads `chunks` into `tally` through the line splitter, reporting progress. */
async function readChunks(chunks: AsyncIterable<Uint8Array>, path: string, tally: Tally, options: ReadOptions): Promise<void> {
  const reader = tallyReader(path, tally, options);
  for await (const chunk of chunks) reader.push(chunk);
  reader.end();
}

/** Bytes read at once from a plain file, into one buffer that each thread uses again and again. */
const READ_BYTES = 256 << 10;
let readBuffer: Buffer | undefined;

/**
 * Reads the bytes `[start, end)` of a plain file (by default all of it, as long as it is
 * then: a log may grow meanwhile) into `tally` with blocking reads. The reader has
 * nothing else to do meanwhile, and a blocking read of a cached file is a copy, where a
 * stream pays a round trip to the thread pool and a new buffer for every chunk.
 */
function readRange(path: string, tally: Tally, options: ReadOptions, start = 0, end = Infinity): void {
  const buffer = (readBuffer ??= Buffer.allocUnsafeSlow(READ_BYTES));
  const fd = openSync(path, 'r');
  try {
    const reader = tallyReader(path, tally, options);
    for (let at = start; at < end; ) {
      // A whole file is read on from where the last read stopped, so that a pipe can be read too.
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), end === Infinity ? null : at);
      if (read === 0) break;
      reader.push(buffer.subarray(0, read));
      at += read;
    }
    reader.end();
  } finally {
    closeSync(fd);
  }
}

/** The offset just after the first newline at or after `from`, within a line's cap; undefined if none. */
function lineStartAfter(fd: number, from: number): number | undefined {
  const window = Buffer.alloc(MAX_LINE_BYTES + 1);
  const read = readSync(fd, window, 0, window.length, from - 1);
  const newline = window.subarray(0, read).indexOf(NEWLINE);
  return newline === -1 ? undefined : from + newline;
}

/** A byte range of a plain file, starting at a line's start and ending after a newline (or at the end). */
export interface Piece {
  path: string;
  start: number;
  /** Exclusive. */
  end: number;
}

/** What the piece readers share: the next piece to take, and the lines the worker has read. */
export const NEXT_PIECE = 0;
export const WORKER_LINES = 1;

/** A large plain file cut at line starts into pieces of about this size, which two threads take in turn. */
const PIECE_BYTES = 8 << 20;

function piecesOf(path: string, size: number): Piece[] {
  const fd = openSync(path, 'r');
  try {
    const pieces: Piece[] = [];
    let start = 0;
    for (let nominal = PIECE_BYTES; nominal < size; nominal += PIECE_BYTES) {
      const end = lineStartAfter(fd, nominal);
      if (end === undefined || end <= start || end >= size) continue; // a line over the cap: leave it whole
      pieces.push({ path, start, end });
      start = end;
    }
    pieces.push({ path, start, end: size });
    return pieces;
  } finally {
    closeSync(fd);
  }
}

/**
 * Takes pieces from the shared list until none are left, each read into `tally` with
 * its own line splitter. Both threads run this; `shared[NEXT_PIECE]` hands each piece to one.
 */
export function readPieces(pieces: readonly Piece[], shared: Int32Array, tally: Tally, options: ReadOptions = {}): void {
  for (let index = Atomics.add(shared, NEXT_PIECE, 1); index < pieces.length; index = Atomics.add(shared, NEXT_PIECE, 1)) {
    const { path, start, end } = pieces[index]!;
    readRange(path, tally, options, start, end);
  }
}

/**
 * Runs one job in a worker and hands its messages to `onMessage`; `done` settles when
 * `onMessage` says the job is done (returns true), on an error, or when the worker exits.
 */
function startWorker(url: URL, job: WorkerJob, onMessage: (reply: WorkerReply) => boolean): { worker: Worker; done: Promise<void> } {
  const worker = new Worker(url, { workerData: job });
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

/** Standard input, or a gzip file inflated in this thread. */
function openInput(path: string, gzip: boolean, stdin: Readable): Readable {
  if (path === STDIN) return Readable.from(sniffed(stdin));
  const file = createReadStream(path);
  return gzip ? pipeline(file, createGunzip(), () => {}) : file;
}

export interface ReadLogsOptions extends ReadOptions {
  /**
   * Called once the second thread (if any) has started and before this one reads: the
   * moment for work that must come first, such as compiling the policy, while the
   * worker already reads. If it throws, nothing is read.
   */
  beforeRead?: () => void | Promise<void>;
  /** Standard input, for `-`. */
  stdin?: Readable;
}

/** Below this, a second thread costs more to start than it saves. */
const WORKER_FROM_BYTES = 16 << 20;

/**
 * Reads log files (or `-`, standard input; gzip or not) in constant memory, adding
 * their requests to `tally`. Large plain files are cut into pieces that this thread and
 * a worker take in turn; the first large gzip file is decompressed by a worker (the
 * others in this thread's zlib). The worker starts before `beforeRead` runs.
 * @throws {OldBrowserNoticeError} quoting the path when it cannot be read or decompressed,
 *   or quoting the line of a counted export that cannot be read.
 */
export async function readLogs(paths: readonly string[], tally: Tally, options: ReadLogsOptions = {}): Promise<void> {
  const files = new Map<string, { gzip: boolean; size: number }>();
  for (const path of paths) if (path !== STDIN) files.set(path, probeFile(path));
  const url = (options.worker ?? availableParallelism() > 1) && !options.counts ? workerFile() : undefined;
  const large = url ? [...files].filter(([, file]) => !file.gzip && file.size >= WORKER_FROM_BYTES).map(([path]) => path) : [];
  const pieces = large.flatMap((path) => piecesOf(path, files.get(path)!.size));
  const inflateFirst = url && !pieces.length ? [...files].find(([, file]) => file.gzip && file.size >= WORKER_FROM_BYTES / 8)?.[0] : undefined;

  const shared = new Int32Array(new SharedArrayBuffer(8));
  let theirs: Tally | undefined;
  const helper = url && pieces.length
    ? startWorker(url, { type: 'pieces', pieces, shared, days: tally.days !== null }, (reply) => {
        if (reply.type === 'tally') theirs = reply.tally;
        return reply.type === 'tally';
      })
    : undefined;
  const inflated = url && inflateFirst ? inflateInWorker(url, inflateFirst) : undefined;
  const onProgress = options.onProgress;
  const own: ReadOptions = { ...options, onProgress: onProgress && ((lines) => onProgress(lines + Atomics.load(shared, WORKER_LINES))) };
  let piecesRead = false;
  try {
    await options.beforeRead?.();
    for (const path of paths) {
      try {
        if (large.includes(path)) {
          if (!piecesRead) readPieces(pieces, shared, tally, own);
          piecesRead = true;
        } else if (path === inflateFirst && inflated) await readChunks(inflated, path, tally, own);
        else if (path !== STDIN && !files.get(path)!.gzip) readRange(path, tally, own);
        else await readChunks(openInput(path, files.get(path)?.gzip === true, options.stdin ?? process.stdin), path, tally, own);
      } catch (error) {
        if (error instanceof OldBrowserNoticeError) throw error;
        throw inputError(path, error);
      }
    }
    if (helper) {
      try {
        await helper.done;
      } catch (error) {
        throw inputError(large[0]!, error);
      }
      if (!theirs) throw inputError(large[0]!, new Error('the second reader stopped without a result'));
      mergeTally(tally, theirs);
    }
  } finally {
    await helper?.worker.terminate();
    await inflated?.stop();
  }
}
