import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { MAX_UA_LENGTH } from '../detect/facts';
import { OldBrowserNoticeError } from '../errors';
import { userAgentOf } from './parse-line';

/** `-` names standard input. */
export const STDIN = '-';

/**
 * What the logs hold: requests per distinct user agent, and the lines that were read
 * and skipped. Memory grows with the number of distinct user agents (each cut to the
 * 512 characters `evaluate` reads), never with the size of the logs.
 */
export interface Tally {
  /** user agent → requests. */
  counts: Map<string, number>;
  /** Lines read, skipped ones included. */
  lines: number;
  /** Empty lines, malformed lines, and lines without a user agent. */
  skipped: number;
}

export function emptyTally(): Tally {
  return { counts: new Map(), lines: 0, skipped: 0 };
}

export interface ReadOptions {
  /** Called with the lines read so far, every `progressEvery` lines. */
  onProgress?: (lines: number) => void;
  progressEvery?: number;
}

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

/**
 * Checks that a file can be opened and read, before any output, and says whether it
 * is gzip (by its `.gz` name or its first two bytes).
 * @throws {OldBrowserNoticeError} quoting the path.
 */
export function probeFile(path: string): { gzip: boolean } {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = new Uint8Array(2);
    const read = readSync(fd, head, 0, 2, 0);
    return { gzip: path.endsWith('.gz') || isGzip(head.subarray(0, read)) };
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

function openInput(path: string, stdin: Readable): Readable {
  if (path === STDIN) return Readable.from(sniffed(stdin));
  const file = createReadStream(path);
  if (!probeFile(path).gzip) return file;
  return pipeline(file, createGunzip(), () => {});
}

/**
 * Reads one log file (or `-`, standard input; gzip or not) line by line with readline,
 * in constant memory, adding its user agents to `tally`.
 * @throws {OldBrowserNoticeError} quoting the path when it cannot be read or decompressed.
 */
export async function readLog(path: string, tally: Tally, options: ReadOptions = {}, stdin: Readable = process.stdin): Promise<void> {
  const every = options.progressEvery ?? 100_000;
  const onProgress = options.onProgress;
  const counts = tally.counts;
  const lines = createInterface({ input: openInput(path, stdin), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const ua = userAgentOf(line);
      if (ua === null) tally.skipped++;
      else {
        const key = ua.length > MAX_UA_LENGTH ? ua.slice(0, MAX_UA_LENGTH) : ua;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (++tally.lines % every === 0 && onProgress) onProgress(tally.lines);
    }
  } catch (error) {
    if (error instanceof OldBrowserNoticeError) throw error;
    throw inputError(path, error);
  }
}
