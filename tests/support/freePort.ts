/**
 * Port for a local test server: E2E_PORT when set, otherwise one the system says is free.
 * Synchronous, because Playwright's config is evaluated synchronously. Playwright evaluates
 * its config in the main process and again in every worker; the caller stores the port in
 * process.env.E2E_PORT, which the workers inherit, so every process agrees on one port.
 */
import { spawnSync } from 'node:child_process';

const ASK_FOR_A_FREE_PORT = `
const server = require('node:net').createServer();
server.listen(0, '127.0.0.1', () => { process.stdout.write(String(server.address().port)); server.close(); });
`;

/** A port nothing listens on right now (the system's choice). */
export function freePortSync(): number {
  const result = spawnSync(process.execPath, ['-e', ASK_FOR_A_FREE_PORT], { encoding: 'utf8' });
  const port = Number(result.stdout);
  if (result.status !== 0 || !Number.isInteger(port) || port <= 0) {
    throw new Error(
      `Could not find a free port for the test server: ${result.stderr || result.stdout || `exit ${result.status}`}`,
    );
  }
  return port;
}

const TRY_PORT = `
const server = require('node:net').createServer();
server.on('error', (error) => { process.stdout.write(error.code || 'ERROR'); });
server.listen(Number(process.argv[1]), '127.0.0.1', () => { process.stdout.write('FREE'); server.close(); });
`;

/** Throws a clear error when something already listens on the port. */
export function assertPortFree(port: number): void {
  const result = spawnSync(process.execPath, ['-e', TRY_PORT, String(port)], { encoding: 'utf8' });
  if (result.stdout === 'FREE') return;
  if (result.stdout === 'EADDRINUSE') {
    throw new Error(
      `Port ${port} (E2E_PORT) is already in use by another process, so the browser tests cannot start ` +
        'their server on it. Stop that process, choose another E2E_PORT, or leave E2E_PORT unset to use a free port.',
    );
  }
  throw new Error(
    `Cannot listen on port ${port} (E2E_PORT): ${result.stdout || result.stderr || `exit ${result.status}`}.`,
  );
}

/** E2E_PORT if it is set (it must be a port number), else a free port. */
export function testServerPort(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.E2E_PORT?.trim();
  if (!given) return freePortSync();
  const port = Number(given);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`E2E_PORT must be a port number from 1 to 65535, not "${given}".`);
  }
  return port;
}
