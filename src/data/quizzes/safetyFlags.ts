/**
 * Wrong answers in the knowledge checks that show a safety-relevant misconception (stopping
 * usual medicines without telling anyone, driving after a dose, waiting out a crisis or a warning
 * sign, taking extra ketamine). When a reader chooses one on the first try, their summary flags it
 * for the clinician.
 *
 * Question id → option ids. Kept beside the quiz data rather than inside it, so wording edits
 * to the questions never touch it; a unit test checks every entry names a real, wrong option.
 */
export const SAFETY_FLAGS: Readonly<Record<string, readonly string[]>> = {
  'start-here-crisis': ['b', 'c'],
  'right-for-me-crisis': ['b', 'c'],
  'preparation-medical-review': ['c'],
  'preparation-ride-home': ['b'],
  'integration-practices': ['e'],
  'integration-crisis': ['b', 'c'],
  'safety-interactions': ['e'],
  'safety-warning-signs': ['b', 'c'],
  'kap-compared-rems': ['c'],
  'what-to-expect-feel-worse': ['b', 'c'],
};

export function isSafetyFlagged(questionId: string, optionId: string): boolean {
  return Object.hasOwn(SAFETY_FLAGS, questionId) && SAFETY_FLAGS[questionId].includes(optionId);
}
