/**
 * The Spanish crisis lines (src/i18n/es/crisisLines.ts) against the English source and
 * EVIDENCE.md §10: the same lines, kinds and numbers; 911 for immediate danger first, as in
 * English, then the 988 Lifeline in Spanish (call 988 and press 2, text AYUDA to 988, chat in
 * Spanish) before every other line.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRISIS_LINES as EN, type CrisisLine } from '../../src/data/crisisLines';
import { CRISIS_LINES as ES } from '../../src/i18n/es/crisisLines';
import { groupLines, lineProblems, mainCrisisLines } from '../../src/course/crisisGroups';
import { resolveClinicConfig, type ClinicConfig } from '../../src/config/clinic';
import { crisisLinesFor, defaultCrisisLines, loadClinicConfig } from '../../src/config/loadClinic';
import exampleClinic from '../../src/clinic.config.example';
import { printedCrisisLines } from '../../src/components/PrintFooter';

// The project's shared fact base sits next to the repository (../shared). A checkout without it
// skips only the comparisons with it; every other check here still runs.
const EVIDENCE_FILE = join(__dirname, '..', '..', '..', 'shared', 'content', 'EVIDENCE.md');
const HAVE_EVIDENCE = existsSync(EVIDENCE_FILE);
const EVIDENCE = HAVE_EVIDENCE ? readFileSync(EVIDENCE_FILE, 'utf8') : '';
const SECTION_10 = /^## 10\.[\s\S]*?(?=^## 11\.)/m.exec(EVIDENCE)?.[0] ?? '';

const ids = (lines: readonly { id: string }[]) => lines.map((l) => l.id);
const hrefs = (lines: typeof ES) => lines.flatMap((l) => l.contacts.map((c) => c.href));
/** Numbers of three or more digits, with their separators removed ("1-800-662-4357" -> "18006624357"). */
const phoneNumbers = (text: string) => (text.match(/\d[\d-]{2,}\d|\d{3,}/g) ?? []).map((n) => n.replace(/-/g, ''));

describe('the Spanish crisis lines', () => {
  const spanish988 = ES[1]!;

  it('put the 988 Lifeline in Spanish before every other line but 911: call 988 and press 2, text AYUDA to 988, chat in Spanish', () => {
    expect(spanish988.id).toBe('us-988-es');
    if (HAVE_EVIDENCE) expect(SECTION_10).toMatch(/call \*\*988\*\* and press 2; text \*\*AYUDA\*\* to 988/);
    expect(spanish988.kind).toBe('crisis');
    expect(spanish988.alwaysOpen).toBe(true);
    expect(spanish988.contacts).toEqual([
      { label: 'Llame al 988 y marque 2', href: 'tel:988' },
      { label: 'Envíe AYUDA al 988 por mensaje de texto', href: 'sms:988?&body=AYUDA' },
      { label: 'Chat en español', href: 'https://988lineadevida.org/' },
    ]);
  });

  it('give 911 for immediate danger first, then the Spanish line, in every short list', () => {
    const emergency = ES.find((l) => l.id === 'us-emergency')!;
    expect(emergency.contacts).toEqual([{ label: 'Llame al 911', href: 'tel:911' }]);
    expect(emergency.description).toMatch(/peligro inmediato/);
    expect(ids(mainCrisisLines(ES)).slice(0, 2)).toEqual(['us-emergency', 'us-988-es']);
    expect(ids(printedCrisisLines(ES))).toEqual(['us-emergency', 'us-988-es']);
    expect(ES[0]!.id).toBe('us-emergency');
  });

  it('hold every English line with the same id, kind, hours and numbers, in the same order', () => {
    expect(ids(ES.filter((l) => l.id !== 'us-988-es'))).toEqual(ids(EN));
    for (const en of EN) {
      const es = ES.find((l) => l.id === en.id)!;
      expect([es.kind, es.alwaysOpen]).toEqual([en.kind, en.alwaysOpen]);
      expect(es.contacts.map((c) => c.href)).toEqual(en.contacts.map((c) => c.href));
      expect(phoneNumbers(es.contacts.map((c) => c.label).join(' '))).toEqual(
        phoneNumbers(en.contacts.map((c) => c.label).join(' ')),
      );
      // Every figure of the description ("24 hours", "press 1 ... 2") is kept.
      expect(es.description.match(/\d+/g)).toEqual(en.description.match(/\d+/g));
    }
  });

  (HAVE_EVIDENCE ? it : it.skip)('name only numbers that EVIDENCE.md §10 gives', () => {
    // Phone numbers as EVIDENCE.md writes them ("116 123", "(623) 473-7433"), digits only.
    const evidence = new Set((SECTION_10.match(/\(?\d[\d ()-]*\d/g) ?? []).map((n) => n.replace(/\D/g, '')));
    const numbers = hrefs(ES).flatMap((h) => phoneNumbers(h));
    expect(numbers).toEqual(expect.arrayContaining(['988', '911', '18006624357', '6234737433']));
    for (const n of numbers) expect(evidence).toContain(n);
    for (const word of hrefs(ES).flatMap((h) => /body=(\w+)/.exec(h)?.[1] ?? [])) {
      expect(SECTION_10).toMatch(new RegExp(`\\b${word}\\b`));
    }
  });

  it('pass the same checks as any list, and keep referral and support lines out of the crisis group', () => {
    expect(lineProblems(ES)).toEqual([]);
    expect(() => resolveClinicConfig({ crisisLines: ES })).not.toThrow();
    const { crisis, other } = groupLines(ES);
    expect(ids(other)).toEqual(['us-samhsa', 'fireside']);
    const saysNotCrisis = ES.filter((l) => /no es (una línea de |consejería de )?crisis/i.test(l.description));
    expect(ids(saysNotCrisis)).toEqual(['us-samhsa', 'fireside']);
    for (const line of saysNotCrisis) expect(ids(crisis)).not.toContain(line.id);
  });

  it('speak to the reader as "usted", never "tú"', () => {
    const text = ES.flatMap((l) => [l.name, l.description, ...l.contacts.map((c) => c.label)]).join(' ');
    expect(text).not.toMatch(/\b(tú|tienes|puedes|llama|envía|escribe|usa)\b/i);
  });
});

describe('the crisis lines a build shows', () => {
  // The build's "set your report address" reminder is not what these tests are about.
  beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('are the Spanish ones in the Spanish build and the English ones in the English build', () => {
    expect(loadClinicConfig({ DOCUSAURUS_CURRENT_LOCALE: 'es' }).crisisLines).toBe(ES);
    expect(loadClinicConfig({ DOCUSAURUS_CURRENT_LOCALE: 'en' }).crisisLines).toBe(EN);
    // `npm start` without --locale serves the first language listed.
    expect(loadClinicConfig({ DOCUSAURUS_CURRENT_LOCALE: 'undefined' }).crisisLines).toBe(EN);
    expect(defaultCrisisLines('es')).toBe(ES);
    expect(defaultCrisisLines(undefined)).toBe(EN);
  });

  it("are the clinic's own, unchanged, in every language when the clinic sets them", () => {
    const uk = EN.filter((l) => l.region.startsWith('United Kingdom'));
    const config = resolveClinicConfig({ crisisLines: uk });
    expect(config.crisisLines).toBe(uk);
  });

  it('in Spanish, show the default lines a clinic kept unchanged in Spanish, with the 988 Lifeline in Spanish first', () => {
    // The example config (README, hosting guide) keeps the US lines from the English defaults.
    const kept = exampleClinic.crisisLines!;
    expect(crisisLinesFor('en', kept)).toBe(kept);
    const spanish = crisisLinesFor('es', kept);
    const keptIds = [...ids(kept), 'us-988-es'];
    expect(ids(spanish)).toEqual(ids(ES.filter((l) => keptIds.includes(l.id))));
    expect(ids(spanish).slice(0, 3)).toEqual(['us-emergency', 'us-988-es', 'us-988']);
    for (const line of spanish) expect(line).toBe(ES.find((l) => l.id === line.id));
    expect(ids(mainCrisisLines(spanish)).slice(0, 2)).toEqual(['us-emergency', 'us-988-es']);
    expect(ids(printedCrisisLines(spanish))).toEqual(['us-emergency', 'us-988-es']);
    expect(
      loadClinicConfig({ DOCUSAURUS_CURRENT_LOCALE: 'es', CLINIC_CONFIG: 'src/clinic.config.example.ts' }).crisisLines,
    ).toEqual(spanish);
  });

  it("in Spanish, never touch a line the clinic changed or wrote itself, and keep the clinic's order", () => {
    const lifeline = EN.find((l) => l.id === 'us-988')!;
    const changed = { ...lifeline, description: 'Our own words about the Lifeline.' };
    const own = { ...EN.find((l) => l.id === 'us-emergency')!, id: 'clinic-on-call', name: 'Our on-call nurse' };
    const emergency = EN.find((l) => l.id === 'us-emergency')!;
    const spanish = crisisLinesFor('es', [own, changed, emergency]);
    expect(spanish).toEqual([own, changed, ES.find((l) => l.id === 'us-emergency')]);
    // An unchanged 988 Lifeline brings the Spanish line right before it.
    expect(ids(crisisLinesFor('es', [own, lifeline]))).toEqual(['clinic-on-call', 'us-988-es', 'us-988']);
  });

  it("show a clinic's own list for a language (crisisLinesByLanguage) on that language's pages only", () => {
    const emergency = ES.find((l) => l.id === 'us-emergency')!;
    const nurse: CrisisLine = {
      id: 'clinic-on-call',
      kind: 'crisis',
      name: 'Enfermera de guardia de la clínica',
      region: 'Estados Unidos',
      contacts: [{ label: 'Llame al +1 555 0199', href: 'tel:+15550199' }],
      description: 'Después de una sesión, a cualquier hora.',
      alwaysOpen: true,
    };
    const dir = mkdtempSync(join(tmpdir(), 'kap-clinic-'));
    const file = join(dir, 'clinic.config.js');
    const english = EN.filter((l) => l.region === 'United States');
    writeFileSync(
      file,
      `module.exports = { default: ${JSON.stringify({ crisisLines: english, crisisLinesByLanguage: { es: [emergency, nurse] } })} };`,
    );
    const spanish = loadClinicConfig({ DOCUSAURUS_CURRENT_LOCALE: 'es', CLINIC_CONFIG: file });
    expect(spanish.crisisLines).toEqual([emergency, nurse]);
    // The pages carry only the list of the language being built.
    expect(spanish).not.toHaveProperty('crisisLinesByLanguage');
    expect(loadClinicConfig({ DOCUSAURUS_CURRENT_LOCALE: 'en', CLINIC_CONFIG: file }).crisisLines).toEqual(english);
  });

  it('check every language list of crisisLinesByLanguage as strictly as crisisLines, naming the list', () => {
    const support = EN.find((l) => l.kind === 'support')!;
    expect(() => resolveClinicConfig({ crisisLinesByLanguage: { es: [support] } })).toThrow(
      /crisisLinesByLanguage\.es must include at least one crisis line/,
    );
    expect(() => resolveClinicConfig({ crisisLinesByLanguage: { es: [] } })).toThrow(
      /crisisLinesByLanguage\.es must list at least one line/,
    );
    const bad = { ...ES[0]!, contacts: [{ label: 'Llame', href: 'javascript:alert(1)' }] };
    expect(() => resolveClinicConfig({ crisisLinesByLanguage: { es: [bad] } })).toThrow(
      /crisisLinesByLanguage\.es\[0\].*"javascript:alert\(1\)"/,
    );
    const french = { fr: ES } as unknown as ClinicConfig['crisisLinesByLanguage'];
    expect(() => resolveClinicConfig({ crisisLinesByLanguage: french })).toThrow(/crisisLinesByLanguage names "fr"/);
    expect(() => resolveClinicConfig({ crisisLinesByLanguage: { es: ES, en: EN } })).not.toThrow();
  });

  it('name each line the Spanish edition adds after the English line it goes with (<id>-es)', () => {
    const added = ES.filter((l) => !EN.some((en) => en.id === l.id));
    expect(ids(added)).toEqual(['us-988-es']);
    for (const line of added) {
      expect(line.id.endsWith('-es')).toBe(true);
      const index = ES.findIndex((l) => l.id === line.id.replace(/-es$/, ''));
      expect(index).toBeGreaterThan(-1);
      // Right before its English line, as crisisLinesFor puts it.
      expect(ES[index - 1]).toBe(line);
    }
  });
});
