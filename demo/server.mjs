// `npm run demo`: an example municipal page with the notice in preview, and a
// playground to try any user agent, language and policy. Local only (127.0.0.1).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { compilePolicy } from '../dist/node.js';
import { LOCALES } from '../dist/locales.js';

const root = new URL('../', import.meta.url);
const FILES = {
  '/': ['demo/index.html', 'text/html; charset=utf-8'],
  '/playground': ['demo/playground.html', 'text/html; charset=utf-8'],
  '/playground.js': ['demo/playground.js', 'text/javascript; charset=utf-8'],
  '/demo.css': ['demo/demo.css', 'text/css; charset=utf-8'],
  '/old-browser-notice.js': ['dist/old-browser-notice.js', 'text/javascript; charset=utf-8'],
  '/old-browser-notice.global.js': ['dist/old-browser-notice.global.js', 'text/javascript; charset=utf-8'],
  '/old-browser-notice.css': ['dist/old-browser-notice.css', 'text/css; charset=utf-8'],
};

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/api/policy') {
    try {
      const policy = compilePolicy(url.searchParams.get('browsers') || 'defaults');
      send(response, 200, 'application/json', JSON.stringify(policy));
    } catch (error) {
      send(response, 400, 'application/json', JSON.stringify({ error: error.message }));
    }
    return;
  }
  if (url.pathname === '/api/locales') {
    return send(response, 200, 'application/json', JSON.stringify(LOCALES.map(({ tag, name }) => ({ tag, name }))));
  }
  if (url.pathname === '/locales.js') {
    // Every locale script, one after another: the playground offers them all.
    const dir = new URL('dist/locales/', root);
    const scripts = readdirSync(dir).filter((name) => name.endsWith('.js')).sort().map((name) => readFileSync(new URL(name, dir), 'utf8'));
    return send(response, 200, 'text/javascript; charset=utf-8', scripts.join(''));
  }
  // Every language beside the script, as a site hosts dist/locales/: the notice fetches the one it needs.
  const locale = /^\/locales\/([A-Za-z-]{2,12})\.json$/.exec(url.pathname);
  if (locale) {
    try {
      return send(response, 200, 'application/json; charset=utf-8', readFileSync(new URL(`dist/locales/${locale[1]}.json`, root)));
    } catch {
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }
  const file = FILES[url.pathname];
  if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  send(response, 200, file[1], readFileSync(new URL(file[0], root)));
});

const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && port !== 0) {
    console.log(`Port ${port} is taken; choosing a free one.`);
    server.listen(0, '127.0.0.1');
  } else throw error;
});
server.on('listening', () => {
  const { port: actual } = server.address();
  console.log(`old-browser-notice demo: http://127.0.0.1:${actual}/`);
  console.log(`  municipal page (notice in preview): http://127.0.0.1:${actual}/`);
  console.log(`  playground:                         http://127.0.0.1:${actual}/playground`);
  console.log('Press Ctrl+C to stop.');
});
server.listen(port, '127.0.0.1');

// Stop on Ctrl+C, on a kill, and when `npm run demo` itself is killed: npm's shell
// then dies without passing the signal on, and this process would be left behind,
// still holding the port. So it also watches its parent, and stops when it changes.
function stop() {
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 500).unref();
