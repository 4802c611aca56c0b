/**
 * Which lines are crisis lines and which are not. The help page and the <HelpNow /> box show
 * crisis lines apart from referral and support lines, and the clinic configuration is checked
 * with `lineProblems`. Pure TypeScript: no React.
 */
import type { CrisisLine, LineKind } from '../data/crisisLines';

export const LINE_KINDS: readonly LineKind[] = ['crisis', 'referral', 'support'];

export interface LineGroups {
  /** Lines that help a person in crisis now, open 24 hours. */
  readonly crisis: readonly CrisisLine[];
  /** Referral and support lines: useful, but not crisis lines. */
  readonly other: readonly CrisisLine[];
}

/** Splits lines into crisis lines and the rest, keeping their order. */
export function groupLines(lines: readonly CrisisLine[]): LineGroups {
  return {
    crisis: lines.filter((l) => l.kind === 'crisis' && l.alwaysOpen),
    other: lines.filter((l) => l.kind !== 'crisis'),
  };
}

/** The crisis lines for a short list: those marked primary, or every crisis line if none is. */
export function mainCrisisLines(lines: readonly CrisisLine[]): readonly CrisisLine[] {
  const { crisis } = groupLines(lines);
  const primary = crisis.filter((l) => l.primary);
  return primary.length > 0 ? primary : crisis;
}

/** What is wrong with a list of lines, in words a clinic can act on (empty when all is well). */
export function lineProblems(lines: readonly CrisisLine[], setting = 'crisisLines'): string[] {
  const problems: string[] = [];
  for (const line of lines) {
    const name = `${setting}: "${line.name ?? line.id}"`;
    if (!LINE_KINDS.includes(line.kind)) {
      problems.push(`${name} needs a kind: 'crisis', 'referral' or 'support'`);
    } else if (line.kind === 'crisis' && !line.alwaysOpen) {
      problems.push(`${name} is not open 24 hours, so it cannot be listed as a crisis line (use kind 'support')`);
    }
  }
  if (!lines.some((l) => l.kind === 'crisis' && l.alwaysOpen)) {
    problems.push(`${setting} must include at least one crisis line (kind 'crisis') that is open 24 hours`);
  }
  return problems;
}
