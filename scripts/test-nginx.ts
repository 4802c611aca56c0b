/**
 * Serves the production build with real nginx, using the sample site config (deploy/nginx.conf)
 * and the headers the build wrote (build/nginx-headers.conf), and runs the browser tests in
 * tests/nginx/ against it with the Content-Security-Policy enforced.
 *
 *   npx tsx scripts/test-nginx.ts              test ./build
 *   npx tsx scripts/test-nginx.ts --dir DIR    test another build
 *   npx tsx scripts/test-nginx.ts --serve      only start nginx and print its address (Ctrl+C stops it)
 *
 * nginx runs as a child process in the foreground (daemon off), with its own prefix, pid file,
 * temp folders and logs in a temporary folder, on a free local port picked at run time. The
 * system's nginx service is never used. nginx comes from NGINX_PATH, the PATH or /usr/sbin;
 * scripts/ensure-nginx.sh installs Debian's package when it is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const buildDir = resolve(args.includes('--dir') ? args[args.indexOf('--dir') + 1] : join(root, 'build'));
const serveOnly = args.includes('--serve');
const SAMPLE = join(root, 'deploy', 'nginx.conf');
const SAMPLE_ROOT = '/var/www/kap-course/build';

function fail(message: string): never {
  console.error(`\n*** nginx test: ${message}\n`);
  process.exit(1);
}

function findNginx(): string {
  const candidates = [
    process.env.NGINX_PATH,
    ...(process.env.PATH ?? '').split(':').map((d) => join(d, 'nginx')),
    '/usr/sbin/nginx',
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (found) return found;
  const ensured = spawnSync('bash', [join(root, 'scripts', 'ensure-nginx.sh')], { stdio: 'inherit' });
  const after = candidates.find((c): c is string => !!c && existsSync(c));
  if (ensured.status !== 0 || !after)
    fail(
      "nginx is not installed and could not be installed. Install Debian's package: sudo apt-get install -y nginx (or set NGINX_PATH).",
    );
  return after;
}

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The sample site config, pointed at this build, a local port and the temporary folder's logs. */
export function siteConfigFor(sample: string, build: string, port: number, logDir: string): string {
  const replacements: [string | RegExp, string][] = [
    [/^\s*listen \[::\]:80;\n/m, ''],
    ['listen 80;', `listen 127.0.0.1:${port};`],
    [new RegExp(SAMPLE_ROOT.replace(/[/.]/g, '\\$&'), 'g'), build],
    ['/var/log/nginx/kap-course.access.log', join(logDir, 'access.log')],
    [/error_log \/var\/log\/nginx\/kap-course\.error\.log crit;/, `error_log ${join(logDir, 'error.log')} warn;`],
  ];
  let config = sample;
  for (const [from, to] of replacements) {
    const next = config.replace(from, to);
    if (next === config)
      fail(`deploy/nginx.conf no longer contains ${String(from)}: update scripts/test-nginx.ts to match it.`);
    config = next;
  }
  return config;
}

function mainConfig(temp: string, site: string): string {
  const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find(existsSync);
  if (!mimeTypes) fail("nginx's mime.types was not found in /etc/nginx: is Debian's nginx package installed?");
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const t of temps) mkdirSync(join(temp, t), { recursive: true });
  return [
    // As root, workers would switch to "nobody", who may not read the build.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${join(temp, 'nginx.pid')};`,
    `error_log ${join(temp, 'logs', 'main-error.log')} warn;`,
    'events { worker_connections 128; }',
    'http {',
    `  include ${mimeTypes};`,
    '  default_type application/octet-stream;',
    ...temps.map((t) => `  ${t}_temp_path ${join(temp, t)};`),
    `  include ${site};`,
    '}',
    '',
  ].join('\n');
}

async function waitUntilServing(url: string, nginx: ChildProcess, logs: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null)
      fail(`nginx exited (code ${nginx.exitCode}) before serving. Its log:\n${readLog(logs)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`nginx did not answer at ${url} within 15 s. Its log:\n${readLog(logs)}`);
}

function readLog(dir: string): string {
  return ['main-error.log', 'error.log']
    .map((f) => join(dir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

async function main(): Promise<void> {
  for (const file of ['index.html', '404.html', 'nginx-headers.conf', '_headers']) {
    if (!existsSync(join(buildDir, file)))
      fail(`${file} is missing from ${buildDir}. Run \`npm run build\` first (npm test does this).`);
  }
  const nginxBin = findNginx();
  const temp = mkdtempSync(join(tmpdir(), 'kap-nginx-'));
  const logs = join(temp, 'logs');
  mkdirSync(logs);
  const port = await freePort();
  const site = join(temp, 'site.conf');
  writeFileSync(site, siteConfigFor(readFileSync(SAMPLE, 'utf8'), buildDir, port, logs));
  writeFileSync(join(temp, 'nginx.conf'), mainConfig(temp, site));
  const nginxArgs = ['-p', `${temp}/`, '-c', join(temp, 'nginx.conf'), '-e', join(logs, 'main-error.log')];

  const check = spawnSync(nginxBin, [...nginxArgs, '-t'], { encoding: 'utf8' });
  if (check.status !== 0)
    fail(`nginx rejected the configuration built from deploy/nginx.conf:\n${check.stderr}${check.stdout}`);

  const nginx = spawn(nginxBin, [...nginxArgs, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  let stopping = false;
  nginx.on('exit', (code) => {
    if (!stopping) console.error(`nginx exited unexpectedly (code ${code}).\n${readLog(logs)}`);
  });
  const stop = () => {
    stopping = true;
    if (nginx.exitCode === null) nginx.kill('SIGQUIT');
  };
  process.on('exit', () => {
    stop();
    rmSync(temp, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${baseUrl}/`, nginx, logs);
  console.log(
    `nginx ${spawnSync(nginxBin, ['-v'], { encoding: 'utf8' }).stderr.trim()} is serving ${buildDir} at ${baseUrl}/ (config in ${temp})`,
  );
  if (serveOnly) {
    await new Promise(() => undefined);
    return;
  }
  const result = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.nginx.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NGINX_BASE_URL: baseUrl, E2E_BUILD_DIR: buildDir },
  });
  stop();
  await new Promise((r) => setTimeout(r, 300));
  const accessLog = existsSync(join(logs, 'access.log')) ? readFileSync(join(logs, 'access.log'), 'utf8') : '';
  if (/\b(?:\d{1,3}\.){3}\d{1,3}\b/.test(accessLog))
    fail(`the access log records internet addresses:\n${accessLog.split('\n').slice(0, 3).join('\n')}`);
  if (!accessLog.trim()) fail("the access log is empty: the sample's log format was not used.");
  process.exit(result.status ?? 1);
}

if (require.main === module) void main();
