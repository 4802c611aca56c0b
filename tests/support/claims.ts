/**
 * Claims the course must never make (shared/content/EVIDENCE.md §11). A sentence may name a
 * claim only to deny it ("No study has shown that ketamine prevents suicide").
 */
export const FORBIDDEN_CLAIMS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    name: 'FDA-approved ketamine therapy',
    pattern:
      /\bfda-approved\s+(ketamine|kap)\b|\bketamine(-assisted)?(\s+therapy|\s+psychotherapy)?\s+(is|was)\s+(fda[- ])?approved\s+(by the fda\s+)?for\s+(depression|ptsd|anxiety)/i,
  },
  { name: 'prevents suicide', pattern: /\bprevents?\s+suicid/i },
  { name: 'cures', pattern: /\bcures?\b|\bcured\b/i },
  {
    name: 'works for most people (4 in 5, 70–80%)',
    pattern: /\b(4|four)\s+(out\s+of|in)\s+(5|five)\b|\b70\s*(–|-|to)\s*80\s*%/i,
  },
  { name: 'lasting results', pattern: /\blasting results\b|\bpermanent(ly)?\s+(results|relief|cure)/i },
  {
    name: 'resets or rewires the brain',
    pattern: /\b(resets?|rewires?|reboots?)\s+(the|your)\s+brain\b|\bproven to rewire\b/i,
  },
  { name: 'works on GABA', pattern: /\bworks?\s+(on|through|via)\s+gaba\b/i },
  { name: 'WHO says one of the safest medicines', pattern: /\bone of the safest (medicines|drugs)\b/i },
  { name: 'proven safe', pattern: /\bproven\s+(to be\s+)?safe\b/i },
  {
    name: 'KAP more effective than infusions',
    pattern: /\bkap\s+is\s+more\s+effective\b|\bmore\s+effective\s+than\s+(an?\s+)?infusions?\b/i,
  },
  { name: 'non-addictive', pattern: /\bnon-?addictive\b|\bnot\s+addictive\b/i },
  { name: 'no side effects', pattern: /\bno side effects\b|\bwithout (any )?side effects\b/i },
  {
    name: 'the psychedelic experience heals',
    pattern: /\b(psychedelic|dissociative)\s+experience\s+(is\s+what\s+)?heals?\b/i,
  },
];

const NEGATION =
  /\b(no|not|never|none|nor|cannot|can't|isn't|aren't|doesn't|don't|didn't|hasn't|haven't|won't|wasn't|without evidence|myth|false|unproven|untrue|claims?|promises?|red flags?|beware|be wary|careful)\b|n’t\b|n't\b/i;

export interface ClaimHit {
  readonly claim: string;
  readonly sentence: string;
}

/** Sentences that make a forbidden claim without denying it in the same sentence. */
export function findForbiddenClaims(text: string): ClaimHit[] {
  const sentences = text
    .replace(/\{#[\w-]+\}/g, '')
    .split(/\n\s*\n|\n(?=\s*(?:#|[-*+]\s|\d+[.)]\s|\|))/)
    .flatMap((block) => block.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/));
  const hits: ClaimHit[] = [];
  for (const sentence of sentences) {
    // A question ("Will it cure my depression?") asks; it does not claim.
    if (/\?["'”’)*]*\s*(\{#[\w-]+\})?\s*$/.test(sentence.trim())) continue;
    for (const { name, pattern } of FORBIDDEN_CLAIMS) {
      // "not addictive" is itself the claim, so a plain "not" cannot excuse it.
      const excused = name === 'non-addictive' ? false : NEGATION.test(sentence.replace(pattern, ''));
      if (pattern.test(sentence) && !excused) {
        hits.push({ claim: name, sentence: sentence.trim() });
      }
    }
  }
  return hits;
}
