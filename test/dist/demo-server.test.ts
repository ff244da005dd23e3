import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../../demo/server.mjs', import.meta.url));

/** Starts the demo the way `npm run demo` does: a shell running `… && node demo/server.mjs`. */
function startLikeNpm(): Promise<{ shell: ReturnType<typeof spawn>; port: number }> {
  const shell = spawn('sh', ['-c', `true && "${process.execPath}" "${SERVER}"`], { env: { ...process.env, PORT: '0' } });
  return new Promise((resolve, reject) => {
    let output = '';
    shell.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (found) resolve({ shell, port: Number(found[1]) });
    });
    shell.on('exit', (code) => reject(new Error(`demo exited with ${code}: ${output}`)));
  });
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

async function closedWithin(port: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; ) {
    if (!(await listening(port))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('npm run demo', () => {
  it('stops when the process that started it is killed, not leaving the port taken', async () => {
    const { shell, port } = await startLikeNpm();
    expect(await listening(port)).toBe(true);
    shell.kill('SIGTERM'); // npm passes this to its shell, which dies without passing it on
    expect(await closedWithin(port, 10_000)).toBe(true);
  }, 30_000);
});
