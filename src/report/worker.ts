/**
 * The report's second thread (built as `report-worker.js` beside the CLI): it
 * decompresses a gzip log and sends the inflated bytes back in large blocks, a few at
 * most ahead of the reader.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
export type WorkerJob = { type: 'gunzip'; path: string; ahead: number };

export type WorkerReply =
  | { type: 'chunk'; chunk: Uint8Array }
  | { type: 'end' }
  | { type: 'error'; message: string; code?: string };

/** Inflated bytes per message. */
const BLOCK_BYTES = 1 << 20;

function fail(error: unknown): void {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  parentPort!.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error), code } satisfies WorkerReply);
}

function gunzip(path: string, ahead: number): void {
  const port = parentPort!;
  let credits = ahead;
  let parts: Buffer[] = [];
  let bytes = 0;
  const inflated = pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), createGunzip({ chunkSize: 1 << 18 }), (error) => {
    if (error) fail(error);
  });
  const flush = () => {
    if (bytes === 0) return;
    const block = new Uint8Array(bytes);
    let at = 0;
    for (const part of parts) {
      block.set(part, at);
      at += part.length;
    }
    parts = [];
    bytes = 0;
    port.postMessage({ type: 'chunk', chunk: block } satisfies WorkerReply, [block.buffer]);
    if (--credits <= 0) inflated.pause();
  };
  inflated.on('data', (chunk: Buffer) => {
    parts.push(chunk);
    bytes += chunk.length;
    if (bytes >= BLOCK_BYTES) flush();
  });
  inflated.on('end', () => {
    flush();
    port.postMessage({ type: 'end' } satisfies WorkerReply);
  });
  port.on('message', () => {
    if (++credits > 0 && inflated.isPaused()) inflated.resume();
  });
}

const job = workerData as WorkerJob;
if (parentPort) gunzip(job.path, job.ahead);
