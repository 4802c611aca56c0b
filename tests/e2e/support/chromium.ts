import { existsSync } from 'node:fs';

/** The system Chromium the browser tests drive: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
}

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
