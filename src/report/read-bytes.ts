/**
 * Bytes of a log → its tally: the line splitter and the reader of each input's lines,
 * and the blocking reader of plain files.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { CountedExport } from './counted';
import { LineBlocks, MAX_LINE_BYTES, type BlockSink } from './line-blocks';
import { lineDay } from './parse-line';
import { tallyTooLong, type Tally } from './tally';
import { RawCounts, tallyLogBlock } from './tally-log';

/** `-` names standard input. */
export const STDIN = '-';

/** How an input is read. */
export interface ReadOptions {
  /** Called with the lines read so far, about every `progressEvery` lines. */
  onProgress?: (lines: number) => void;
  progressEvery?: number;
  /** The input is a counted export (`--counts`): rows of user agent, count and maybe date. */
  counts?: boolean;
  /** The period `--by` groups into, if any: a counted export must then have a date column. */
  by?: string;
  /** Whether a second thread may inflate a gzip file (default: when the machine has a second core). */
  worker?: boolean;
}

/**
 * The most bytes decoded into one string. Small strings are cheap to make and drop:
 * above 128 KiB they go to V8's large-object space, which costs more to allocate and
 * collect, and the longer the block that is still alive at each collection of the young
 * generation, the more that generation grows (64 KiB blocks: about 17 MB more peak
 * memory per thread than 16 KiB, and no faster).
 */
const BLOCK_BYTES = 16 << 10;
const NEWLINE = 0x0a;

/** Where the lines of one input go: into the tally of an access log, or of a counted export. */
function sinkFor(path: string, tally: Tally, options: ReadOptions): BlockSink & { end(): void } {
  if (options.counts) return new CountedExport(path === STDIN ? 'standard input' : `\`${path}\``, tally, options.by);
  // Days are read even when no period is shown: visitors are counted per day.
  const when = lineDay();
  const raw = new RawCounts();
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
  // Both read bytes one character per byte: a log line's fields and a counted export's rows
  // are decoded from UTF-8 where they are kept, and a counted export's header is read as
  // bytes, so that an error can name the byte it found (counts-header.ts).
  const lines = new LineBlocks(sink, 'latin1', MAX_LINE_BYTES);
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
export async function readChunks(chunks: AsyncIterable<Uint8Array>, path: string, tally: Tally, options: ReadOptions): Promise<void> {
  const reader = tallyReader(path, tally, options);
  for await (const chunk of chunks) reader.push(chunk);
  reader.end();
}

/** Bytes read at once from a plain file, into one buffer used again and again. */
const READ_BYTES = 256 << 10;
let readBuffer: Buffer | undefined;

/**
 * Reads a plain file (all of it, as long as it is then: a log may grow meanwhile) into
 * `tally` with blocking reads. The reader has nothing else to do meanwhile, and a
 * blocking read of a cached file is a copy, where a stream pays a round trip to the
 * thread pool and a new buffer for every chunk. (A pipe named as a file is read as a
 * stream instead, read-logs.ts: it cannot be opened a second time.)
 */
export function readPlainFile(path: string, tally: Tally, options: ReadOptions): void {
  const buffer = (readBuffer ??= Buffer.allocUnsafeSlow(READ_BYTES));
  const fd = openSync(path, 'r');
  try {
    const reader = tallyReader(path, tally, options);
    for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; read = readSync(fd, buffer, 0, buffer.length, null)) {
      reader.push(buffer.subarray(0, read));
    }
    reader.end();
  } finally {
    closeSync(fd);
  }
}
