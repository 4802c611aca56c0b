// A small static server for the production build: gzip like a real host, Docusaurus-style
// clean URLs (/learn/safety -> learn/safety.html), 404.html for unknown paths.
// Usage: node tests/e2e/support/serve.mjs [port] [dir]   (port 0: any free port)
// Prints "Serving DIR at http://127.0.0.1:PORT/" once it listens; when it cannot start, it says
// why on stderr and exits with status 1.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const portArg = process.argv[2] ?? '0';
const port = Number(portArg);
const root = resolve(process.argv[3] ?? 'build');

function fail(message) {
  console.error(`serve.mjs: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`"${portArg}" is not a port number (0 to 65535).`);
if (!existsSync(join(root, 'index.html'))) {
  fail(
    `no built site in ${root} (no index.html). Run \`npm run build\` first, or pass the folder that holds the build.`,
  );
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = await resolveFile(url.pathname);
    let status = 200;
    if (!file) {
      file = join(root, '404.html');
      status = 404;
    }
    const ext = extname(file);
    let body = await readFile(file);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    fail(
      `port ${port} on 127.0.0.1 is already in use by another process, so the browser tests cannot ` +
        'start their server. Stop that process, or set E2E_PORT to a free port (leave it unset to let ' +
        'the tests pick one).',
    );
  }
  if (error.code === 'EACCES') fail(`not allowed to listen on port ${port}. Use a port above 1023 (E2E_PORT).`);
  fail(`could not start the server on port ${port}: ${error.message}`);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}/`);
});
