import { formatLongDate, parseIsoDate, reviewDateProblems } from '../../src/course/reviewDates';

describe('review dates', () => {
  it('parses strict ISO dates and the UTC-midnight form YAML produces', () => {
    expect(parseIsoDate('2026-11-22')?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(parseIsoDate('2026-11-22T00:00:00.000Z')?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(parseIsoDate(new Date(Date.UTC(2026, 10, 22)))?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });

  it.each(['2026-02-30', '2026-1-5', '22/11/2026', '', 'soon', 20261122, null])('rejects %p', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it('accepts a review due within three years and rejects later or earlier ones', () => {
    expect(reviewDateProblems('2026-11-22', '2029-11-22')).toEqual([]);
    expect(reviewDateProblems('2026-11-22', '2029-11-23')).toEqual([
      'review_due must be at most 3 years after last_reviewed',
    ]);
    expect(reviewDateProblems('2026-11-22', '2026-11-01')).toEqual(['review_due must come after last_reviewed']);
  });

  it('formats dates in words', () => {
    expect(formatLongDate('2026-11-22')).toBe('22 November 2026');
    expect(formatLongDate('nope')).toBeNull();
  });

  it('writes every month the way Intl would, with no time-zone shift', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month += 1) {
      for (const day of [1, 9, 28]) {
        const iso = `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(formatLongDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
      }
    }
    expect(formatLongDate('2028-02-29')).toBe('29 February 2028');
    expect(formatLongDate('2027-12-31')).toBe('31 December 2027');
  });
});
