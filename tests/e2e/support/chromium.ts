import { existsSync } from 'node:fs';

/** The system Chromium the browser tests drive: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
}

/**
 * Flags for running the system Chromium here: as root it needs --no-sandbox, and without the
 * background-networking flags it keeps trying to reach Google's hosts on a closed network.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium found at ${path}. The browser tests drive the system Chromium and never download one.\n` +
        'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    );
  }
}
