import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_CLINIC_CONFIG,
  PROJECT_TRACKER_URL,
  clinicConfigWarnings,
  resolveClinicConfig,
  telHref,
  visibleModules,
} from '../../src/config/clinic';
import { staticFileProblems } from '../../src/config/loadClinic';
import { i18nFor } from '../../src/config/languages';
import exampleConfig from '../../src/clinic.config.example';
import { MODULES } from '../../src/course/modules';
import { courseSidebar } from '../../src/course/sidebar';
import { CRISIS_LINES } from '../../src/data/crisisLines';

describe('clinic configuration', () => {
  it('defaults to the public course with every module and the default crisis lines', () => {
    const config = resolveClinicConfig({});
    expect(config).toEqual(DEFAULT_CLINIC_CONFIG);
    expect(visibleModules(config)).toHaveLength(MODULES.length);
    expect(config.crisisLines).toBe(CRISIS_LINES);
  });

  it('hides the modules a clinic leaves out, in the sidebar too', () => {
    const config = resolveClinicConfig({ hiddenModules: ['kap-compared', 'finding-care'] });
    const ids = visibleModules(config).map((m) => m.id);
    expect(ids).not.toContain('kap-compared');
    expect(ids).not.toContain('finding-care');
    expect(ids).toHaveLength(MODULES.length - 2);
    const sidebarIds = JSON.stringify(courseSidebar(visibleModules(config)));
    expect(sidebarIds).not.toContain('kap-compared/index');
    expect(sidebarIds).toContain('safety/index');
  });

  it('refuses settings that would break the site, saying what is wrong', () => {
    expect(() => resolveClinicConfig({ hiddenModules: ['no-such-module'] })).toThrow(/no-such-module/);
    expect(() => resolveClinicConfig({ hiddenModules: MODULES.map((m) => m.id) })).toThrow(/every module/);
    expect(() => resolveClinicConfig({ crisisLines: [] })).toThrow(/24 hours/);
    expect(() => resolveClinicConfig({ clinic: { name: 'x'.repeat(81) } })).toThrow(/80 characters/);
    expect(() => resolveClinicConfig({ clinic: { name: 'A clinic', logo: 'https://cdn.example/logo.png' } })).toThrow(
      /static/,
    );
    expect(() =>
      resolveClinicConfig({
        crisisLines: [{ ...CRISIS_LINES[1], contacts: [{ label: 'Call', href: 'javascript:alert(1)' }] }],
      }),
    ).toThrow(/"tel:" or "sms:"/);
  });
});

describe('clinic branding and contacts', () => {
  const clinic = { name: 'A clinic' };

  it('accepts the example configuration the hosting guide quotes, with its logo in static/', () => {
    const config = resolveClinicConfig(exampleConfig);
    expect(config.clinic?.afterHoursPhone).toBe('+1 555 0199');
    expect(staticFileProblems(config)).toEqual([]);
    expect(clinicConfigWarnings(config)).toEqual([]);
  });

  it('names each bad contact setting in the error', () => {
    const bad = (c: object) => () => resolveClinicConfig({ clinic: { ...clinic, ...c } });
    expect(bad({ phone: 'call us' })).toThrow(/clinic\.phone "call us" is not a phone number/);
    expect(bad({ afterHoursPhone: '12' })).toThrow(/clinic\.afterHoursPhone/);
    expect(bad({ phone: '+1 555 0100 0100 0100 0100' })).toThrow(/3 to 15 digits/);
    expect(bad({ email: 'care at clinic' })).toThrow(/clinic\.email "care at clinic" is not an email address/);
    expect(bad({ name: '   ' })).toThrow(/clinic\.name must not be empty/);
    expect(bad({ logo: '/img/logo.gif' })).toThrow(/SVG or PNG/);
    expect(bad({ logo: '//cdn.example/logo.svg' })).toThrow(/other hosts/);
    expect(bad({ logo: '/img/../../etc/passwd.svg' })).toThrow(/without "\.\."/);
  });

  it('refuses markup and line breaks in text it shows, instead of rendering them', () => {
    expect(() => resolveClinicConfig({ clinic: { name: '<b>Clinic</b>' } })).toThrow(
      /plain text: remove the "<" and ">"/,
    );
    expect(() => resolveClinicConfig({ clinic: { name: 'Clinic\nName' } })).toThrow(/one line of text/);
    const line = { ...DEFAULT_CLINIC_CONFIG.crisisLines[1], name: '<img src=x onerror=alert(1)>' };
    expect(() => resolveClinicConfig({ crisisLines: [line] })).toThrow(/crisisLines\[0\]\.name must be plain text/);
  });

  it('accepts an email address or an https form for reports, and nothing else', () => {
    expect(resolveClinicConfig({ reportErrorUrl: 'mailto:content@clinic.example' }).reportErrorUrl).toBe(
      'mailto:content@clinic.example',
    );
    expect(resolveClinicConfig({ reportErrorUrl: 'https://clinic.example/report?form=1' }).reportErrorUrl).toMatch(
      /^https:/,
    );
    expect(() => resolveClinicConfig({ reportErrorUrl: 'javascript:alert(1)' })).toThrow(/reportErrorUrl/);
    expect(() => resolveClinicConfig({ reportErrorUrl: 'http://clinic.example/report' })).toThrow(
      /"mailto:" or "https:\/\/"/,
    );
    expect(() => resolveClinicConfig({ reportErrorUrl: 'mailto:not-an-address' })).toThrow(/one email address/);
    expect(() => resolveClinicConfig({ reportErrorUrl: 'https://clinic.example/report#x' })).toThrow(/"#"/);
  });

  it("sends reports to the clinic's email when no report address is set, and flags the placeholder tracker", () => {
    expect(resolveClinicConfig({ clinic: { name: 'A clinic', email: 'care@clinic.example' } }).reportErrorUrl).toBe(
      'mailto:care@clinic.example',
    );
    const placeholder = resolveClinicConfig({ clinic });
    expect(placeholder.reportErrorUrl).toBe(PROJECT_TRACKER_URL);
    expect(clinicConfigWarnings(placeholder).join()).toMatch(/placeholder/);
  });

  it('checks that the logo file is really in static/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kap-static-'));
    mkdirSync(join(dir, 'img'));
    writeFileSync(join(dir, 'img', 'ours.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const withLogo = (logo: string) => resolveClinicConfig({ clinic: { name: 'A clinic', logo } });
    expect(staticFileProblems(withLogo('/img/ours.svg'), dir)).toEqual([]);
    expect(staticFileProblems(withLogo('/img/missing.png'), dir)).toEqual([
      'clinic.logo "/img/missing.png" is not in static/: put the file at static/img/missing.png',
    ]);
  });

  it('dials the digits of a phone number as written', () => {
    expect(telHref('+1 (555) 010-0100')).toBe('tel:+15550100100');
  });
});

describe('crisis lines', () => {
  it('offer tap-to-call or tap-to-text links and have unique ids', () => {
    expect(new Set(CRISIS_LINES.map((l) => l.id)).size).toBe(CRISIS_LINES.length);
    for (const line of CRISIS_LINES) {
      expect(line.contacts.length).toBeGreaterThan(0);
      for (const c of line.contacts) expect(c.href).toMatch(/^(tel:\+?\d+|sms:\d+(\?&body=\w+)?|https:\/\/)/);
    }
  });

  it('include 988, 741741, 911, Canada 9-8-8, Samaritans and Shout, and never offer Fireside as a 24-hour line', () => {
    const hrefs = CRISIS_LINES.flatMap((l) => l.contacts.map((c) => c.href));
    for (const expected of [
      'tel:988',
      'sms:988',
      'sms:741741?&body=HOME',
      'tel:911',
      'tel:116123',
      'sms:85258?&body=SHOUT',
    ]) {
      expect(hrefs).toContain(expected);
    }
    expect(CRISIS_LINES.find((l) => l.id === 'ca-988')?.region).toBe('Canada');
    expect(CRISIS_LINES.find((l) => l.id === 'fireside')?.alwaysOpen).toBe(false);
  });
});

describe('the languages a copy is built in', () => {
  it('are English and Spanish by default, English at the root', () => {
    expect(resolveClinicConfig({}).languages).toEqual(['en', 'es']);
    expect(i18nFor(resolveClinicConfig({}).languages)).toMatchObject({ defaultLocale: 'en', locales: ['en', 'es'] });
  });

  it("['en'] builds English only: Docusaurus is given no other locale, so the build has no es/ folder", () => {
    const i18n = i18nFor(resolveClinicConfig({ languages: ['en'] }).languages);
    expect(i18n).toEqual({
      defaultLocale: 'en',
      locales: ['en'],
      localeConfigs: { en: { label: 'English', htmlLang: 'en' } },
    });
  });

  it("['es'] builds Spanish only, at the site's root (the first language is the default locale)", () => {
    const i18n = i18nFor(resolveClinicConfig({ languages: ['es'] }).languages);
    expect(i18n).toEqual({
      defaultLocale: 'es',
      locales: ['es'],
      localeConfigs: { es: { label: 'Español', htmlLang: 'es' } },
    });
  });

  it("['es', 'en'] puts Spanish at the root and English under /en/", () => {
    expect(i18nFor(resolveClinicConfig({ languages: ['es', 'en'] }).languages)).toMatchObject({
      defaultLocale: 'es',
      locales: ['es', 'en'],
    });
  });

  it('refuses a list that would break the build, saying what is wrong', () => {
    expect(() => resolveClinicConfig({ languages: [] })).toThrow(/at least one/);
    expect(() => resolveClinicConfig({ languages: ['fr'] as never })).toThrow(/languages\[0\] is "fr"/);
    expect(() => resolveClinicConfig({ languages: ['en', 'en'] })).toThrow(/twice/);
    expect(() => resolveClinicConfig({ languages: 'es' as never })).toThrow(/at least one/);
  });

  it('the example configuration the hosting guide quotes builds both languages', () => {
    expect(resolveClinicConfig(exampleConfig).languages).toEqual(['en', 'es']);
  });
});
