import fc from 'fast-check';
import { CRISIS_LINES, type CrisisLine, type LineKind } from '../../src/data/crisisLines';
import { groupLines, lineProblems, mainCrisisLines } from '../../src/course/crisisGroups';
import { resolveClinicConfig } from '../../src/config/clinic';

const byId = (lines: readonly CrisisLine[]) => lines.map((l) => l.id);

describe('crisis lines and other support lines', () => {
  const { crisis, other } = groupLines(CRISIS_LINES);

  it('never put a referral or support line in the crisis group', () => {
    expect(crisis.length).toBeGreaterThan(0);
    expect(crisis.filter((l) => l.kind === 'referral' || l.kind === 'support')).toEqual([]);
    expect(byId(other)).toEqual(expect.arrayContaining(['us-samhsa', 'fireside']));
    expect(byId(crisis)).not.toContain('us-samhsa');
    expect(byId(crisis)).not.toContain('fireside');
  });

  it('list SAMHSA as a referral line and Fireside (not open 24 hours) as support, as EVIDENCE.md §10 says', () => {
    expect(CRISIS_LINES.find((l) => l.id === 'us-samhsa')?.kind).toBe('referral');
    const fireside = CRISIS_LINES.find((l) => l.id === 'fireside');
    expect(fireside?.kind).toBe('support');
    expect(fireside?.alwaysOpen).toBe(false);
  });

  it('keep every line whose own text says it is not crisis help out of the crisis group', () => {
    const saysNotCrisis = CRISIS_LINES.filter((l) => /not (a )?crisis/i.test(l.description));
    expect(saysNotCrisis.length).toBeGreaterThanOrEqual(2);
    for (const line of saysNotCrisis) expect(byId(crisis)).not.toContain(line.id);
  });

  it('show 911 and 988 first in the short list, and only crisis lines in it', () => {
    const main = mainCrisisLines(CRISIS_LINES);
    expect(byId(main).slice(0, 2)).toEqual(['us-emergency', 'us-988']);
    expect(main.every((l) => l.kind === 'crisis' && l.alwaysOpen)).toBe(true);
  });

  it('group any list so that the crisis group holds only crisis lines open 24 hours, and nothing is lost but closed crisis lines', () => {
    const line = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      kind: fc.constantFrom<LineKind>('crisis', 'referral', 'support'),
      name: fc.string(),
      region: fc.string(),
      contacts: fc.constant([{ label: 'Call', href: 'tel:1' }]),
      description: fc.string(),
      alwaysOpen: fc.boolean(),
      primary: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const groups = groupLines(lines);
        expect(groups.crisis.every((l) => l.kind === 'crisis' && l.alwaysOpen)).toBe(true);
        expect(groups.other.every((l) => l.kind !== 'crisis')).toBe(true);
        expect(groups.crisis.length + groups.other.length).toBe(
          lines.filter((l) => l.kind !== 'crisis' || l.alwaysOpen).length,
        );
        expect(mainCrisisLines(lines).every((l) => groups.crisis.includes(l))).toBe(true);
      }),
    );
  });
});

describe("a clinic's own crisis lines", () => {
  const samaritans = CRISIS_LINES.find((l) => l.id === 'uk-samaritans')!;

  it('are accepted with a kind on each line, and grouped the same way', () => {
    const referral: CrisisLine = { ...samaritans, id: 'nhs-111', name: 'NHS 111', kind: 'referral', primary: false };
    const config = resolveClinicConfig({ crisisLines: [referral, samaritans] });
    expect(byId(groupLines(config.crisisLines).crisis)).toEqual(['uk-samaritans']);
    expect(byId(groupLines(config.crisisLines).other)).toEqual(['nhs-111']);
    expect(lineProblems(config.crisisLines)).toEqual([]);
  });

  it('are refused, naming the line, when a line has no kind, a crisis line is not open 24 hours, or there is no crisis line', () => {
    const noKind = { ...samaritans, kind: undefined } as unknown as CrisisLine;
    expect(() => resolveClinicConfig({ crisisLines: [noKind] })).toThrow(/"Samaritans" needs a kind/);
    const closed: CrisisLine = { ...samaritans, alwaysOpen: false };
    expect(() => resolveClinicConfig({ crisisLines: [closed] })).toThrow(
      /not open 24 hours, so it cannot be listed as a crisis line/,
    );
    const onlySupport: CrisisLine = { ...samaritans, kind: 'support' };
    expect(() => resolveClinicConfig({ crisisLines: [onlySupport] })).toThrow(/at least one crisis line/);
  });
});
