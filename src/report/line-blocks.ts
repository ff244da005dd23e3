/**
 * Bytes → blocks of whole lines, in bounded memory. A block is one string holding one
 * or more complete lines separated by `\n` (no trailing newline), decoded from UTF-8 in
 * one call per chunk rather than one per line: the reader then walks the block with
 * `indexOf`, and slices out only the field it needs.
 *
 * A line longer than {@link MAX_LINE_BYTES} is never held whole: once the unfinished
 * line carried between chunks passes the cap it is dropped, the rest of it is passed
 * over up to its newline, and it is counted as too long (a log line has no business
 * being that long; a gzip of zeros inflates to one endless line).
 */

/** The longest line read, in bytes: 64 KiB. Longer lines are skipped and counted. */
export const MAX_LINE_BYTES = 64 * 1024;

const NEWLINE = 0x0a;

/** What a block reader is told. */
export interface BlockSink {
  /** Complete lines, `\n`-separated, each at most the cap as far as the splitter could tell. */
  block(text: string): void;
  /** One line over the cap, dropped. */
  tooLong(): void;
}

/** Splits chunks into blocks of lines; `end()` passes on a last line without a newline. */
export class LineBlocks {
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** Inside a line already counted as too long: everything up to the next newline is dropped. */
  private skipping = false;

  /**
   * `encoding` `latin1` makes one character of each byte, which is the fastest decoding
   * by far (a copy): the reader then decodes from UTF-8 only the fields it keeps that
   * hold bytes over 0x7f (see {@link utf8Of}).
   */
  constructor(
    private readonly sink: BlockSink,
    private readonly encoding: 'utf8' | 'latin1' = 'utf8',
    private readonly cap = MAX_LINE_BYTES,
  ) {}

  push(chunk: Buffer): void {
    let from = 0;
    if (this.skipping || this.carryBytes > 0) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline === -1) {
        this.hold(chunk);
        return;
      }
      if (this.skipping) this.skipping = false;
      else if (this.carryBytes + newline > this.cap) {
        this.drop();
        this.sink.tooLong();
      } else {
        this.carry.push(chunk.subarray(0, newline));
        this.sink.block(Buffer.concat(this.carry).toString(this.encoding));
      }
      this.drop();
      from = newline + 1;
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= from) {
      this.sink.block(chunk.toString(this.encoding, from, last));
      from = last + 1;
    }
    if (from < chunk.length) this.hold(chunk.subarray(from));
  }

  /** The last line, when the input does not end with a newline. */
  end(): void {
    if (this.carryBytes > 0) this.sink.block(Buffer.concat(this.carry).toString(this.encoding));
    this.drop();
    this.skipping = false;
  }

  /** Keeps the start of an unfinished line (a copy: streams may reuse their buffers), up to the cap. */
  private hold(part: Buffer): void {
    if (this.skipping) return;
    if (this.carryBytes + part.length > this.cap) {
      this.drop();
      this.skipping = true;
      this.sink.tooLong();
      return;
    }
    this.carry.push(Buffer.from(part));
    this.carryBytes += part.length;
  }

  private drop(): void {
    this.carry = [];
    this.carryBytes = 0;
  }
}

const HIGH_BYTE = /[\x80-\xff]/;

/**
 * Text decoded as `latin1` (one character per byte) decoded again as UTF-8, when it
 * holds bytes over 0x7f; else the same string.
 */
export function utf8Of(latin1: string): string {
  return HIGH_BYTE.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/**
 * Whether the line `text[start, end)` of a UTF-8 block is over the cap in bytes (in a
 * latin1 block, the length is the byte count). A line of at most
 * cap / 3 characters cannot be (UTF-8 takes at most 3 bytes per UTF-16 unit), so the
 * byte count is taken only for long lines.
 */
export function overCap(text: string, start: number, end: number, cap = MAX_LINE_BYTES): boolean {
  if (end - start <= cap / 3) return false;
  if (end - start > cap) return true;
  return Buffer.byteLength(text.slice(start, end), 'utf8') > cap;
}
