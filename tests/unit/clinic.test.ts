import { DEFAULT_CLINIC_CONFIG, resolveClinicConfig, visibleModules } from '../../src/config/clinic';
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
    expect(() => resolveClinicConfig({ clinic: { name: 'A clinic', logo: 'https://cdn.example/logo.png' } })).toThrow(/static/);
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
    for (const expected of ['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911', 'tel:116123', 'sms:85258?&body=SHOUT']) {
      expect(hrefs).toContain(expected);
    }
    expect(CRISIS_LINES.find((l) => l.id === 'ca-988')?.region).toBe('Canada');
    expect(CRISIS_LINES.find((l) => l.id === 'fireside')?.alwaysOpen).toBe(false);
  });
});
