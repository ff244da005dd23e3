import { formatCount } from './format';

/** What the reader calls while it reads, and once when it is done. */
export interface Progress {
  update(lines: number): void;
  done(): void;
}

/**
 * A progress line for a terminal, rewritten in place (`\r`): lines read and lines per
 * second. Undefined when `stream` is not a terminal, so that nothing but the report
 * reaches a pipe or a file.
 */
export function progressOn(stream: NodeJS.WriteStream): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const start = process.hrtime.bigint();
  let shown = false;
  return {
    update(lines) {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const rate = seconds > 0 ? Math.round(lines / seconds) : 0;
      stream.write(`\r${formatCount(lines)} lines read, ${formatCount(rate)} lines/s`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
