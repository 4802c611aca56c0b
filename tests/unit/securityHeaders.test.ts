import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  contentSecurityPolicy,
  inlineScripts,
  netlifyHeadersFile,
  nginxHeadersFile,
  scriptHash,
  securityHeaders,
  unhashableScripts,
} from '../../src/config/securityHeaders';
import { collectScriptHashes, siteRoot } from '../../src/plugins/hostingFiles';

const HASH = scriptHash('alert(1)');

describe('Content-Security-Policy', () => {
  it('hashes a script the way browsers do: SHA-256 of its exact text, base64', () => {
    const expected = createHash('sha256').update('console.log("é")', 'utf8').digest('base64');
    expect(scriptHash('console.log("é")')).toBe(`'sha256-${expected}'`);
  });

  it('allows scripts from the site and the hashed inline scripts only, never unsafe-inline or unsafe-eval', () => {
    const csp = contentSecurityPolicy([HASH, HASH]);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${HASH}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/report-uri|report-to|https?:/);
  });

  it('sends no-referrer, nosniff and a Permissions-Policy that keeps the clipboard', () => {
    const headers = Object.fromEntries(securityHeaders([HASH]));
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
    expect(headers['Permissions-Policy']).toMatch(/geolocation=\(\)/);
    expect(headers['Permissions-Policy']).not.toMatch(/clipboard/);
  });

  it('writes the same headers for Netlify/Cloudflare Pages and for nginx', () => {
    const netlify = netlifyHeadersFile([HASH], '/kap/');
    const nginx = nginxHeadersFile([HASH]);
    expect(netlify).toMatch(/^\/kap\/\*$/m);
    expect(netlify).toMatch(/^\/kap\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    // One Cache-Control only: hosts join the values of every rule that matches.
    expect(netlify.match(/Cache-Control/g)).toHaveLength(1);
    for (const [name, value] of securityHeaders([HASH])) {
      expect(netlify).toContain(`  ${name}: ${value}\n`);
      expect(nginx).toContain(`add_header ${name} "${value}" always;\n`);
    }
  });
});

describe('inline scripts in the built pages', () => {
  const page =
    '<html><head><script>a()</script><script data-rh=true type=application/ld+json>{"@type":"x"}</script>' +
    '<script src=/assets/js/main.js></script><script type="module">b()</script>' +
    '</head><body><div style="color:red">hi onclick=x</div><script id=start>\n c()\n</script></body></html>';

  it('finds the scripts a browser runs, with their exact text, and skips data blocks and files', () => {
    expect(inlineScripts(page)).toEqual(['a()', 'b()', '\n c()\n']);
  });

  it('refuses inline code a hash cannot allow', () => {
    expect(unhashableScripts(page)).toEqual([]);
    expect(unhashableScripts('<button onclick="x()">A</button>')).toHaveLength(1);
    expect(unhashableScripts('<a href="javascript:void(0)">A</a>')).toHaveLength(1);
    expect(unhashableScripts('<img src=x ONERROR=alert(1)>')).toHaveLength(1);
  });

  it('collects one hash per distinct script across the build, and stops the build on event handlers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kap-build-'));
    mkdirSync(join(dir, 'learn'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'learn', 'index.html'), '<script>a()</script><script>d()</script>');
    expect(collectScriptHashes(dir)).toEqual(['a()', 'b()', '\n c()\n', 'd()'].map(scriptHash).sort());
    writeFileSync(join(dir, 'learn', 'bad.html'), '<body onload="go()"></body>');
    expect(() => collectScriptHashes(dir)).toThrow(/learn\/bad\.html: event handler attribute/);
  });
});

describe('siteRoot: one set of server files for every language', () => {
  it('finds the root above a language built in its folder', () => {
    expect(siteRoot('/site/build/es', '/es/', '/')).toEqual({ dir: '/site/build', baseUrl: '/' });
    expect(siteRoot('/site/build/kap/es', '/kap/es/', '/kap/')).toEqual({ dir: '/site/build/kap', baseUrl: '/kap/' });
  });

  it('keeps the build folder for the default language and for one language built alone', () => {
    expect(siteRoot('/site/build', '/', '/')).toEqual({ dir: '/site/build', baseUrl: '/' });
    // `docusaurus build --locale es --out-dir /tmp/es`: Spanish at the root of its own folder.
    expect(siteRoot('/tmp/es', '/', '/')).toEqual({ dir: '/tmp/es', baseUrl: '/' });
    // A folder that does not end with the language's path is never climbed out of.
    expect(siteRoot('/tmp/out', '/es/', '/')).toEqual({ dir: '/tmp/out', baseUrl: '/es/' });
  });
});
