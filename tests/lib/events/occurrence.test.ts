/** The date logic of events: next occurrences, countdowns, words, archive, on a fixed clock. */
import { describe, expect, it } from 'vitest';
import { toCivilDate, type CivilDate } from '../../../src/lib/dates.ts';
import {
  archiveByYear,
  eventHighlights,
  firstOccurrence,
  hasTakenPlace,
  isOver,
  nextOccurrence,
  occurrenceInYear,
  occurrencesBetween,
  shownOccurrence,
  upcoming,
  type Schedulable,
} from '../../../src/lib/events/occurrence.ts';
import { countdown, describeRecurrence, describeWhen } from '../../../src/lib/events/when.ts';

const day = (text: string) => text as CivilDate;
const yearly = (start: string, end?: string): Schedulable => ({ start, end, recurrence: 'yearly' });
const once = (start: string, end?: string): Schedulable => ({ start, end, recurrence: 'none' });
const entry = (id: string, data: Schedulable) => ({ id, data });

const vietnamMetrologyDay = yearly('2022-01-20');
const worldMetrologyDay = yearly('2022-05-20');
const bacGiangScienceDay = yearly('2022-10-19');

describe('a yearly observance', () => {
  it('later this year: this year’s date, with the days left', () => {
    const today = day('2025-03-01');
    const next = nextOccurrence(worldMetrologyDay, today);
    expect(next).toEqual({ start: '2025-05-20', end: '2025-05-20' });
    expect(countdown(today, next!)).toBe('còn 80 ngày');
    expect(describeWhen(worldMetrologyDay, next!)).toBe('Thứ Ba, 20/05/2025');
  });

  it('already past this year: rolls to next year', () => {
    const today = day('2025-03-01');
    expect(nextOccurrence(vietnamMetrologyDay, today)).toEqual({ start: '2026-01-20', end: '2026-01-20' });
  });

  it('on the build day itself: today, not next year', () => {
    const today = day('2025-05-20');
    const next = nextOccurrence(worldMetrologyDay, today)!;
    expect(next.start).toBe('2025-05-20');
    expect(countdown(today, next)).toBe('hôm nay');
    expect(countdown(day('2025-05-19'), next)).toBe('ngày mai');
    expect(nextOccurrence(worldMetrologyDay, day('2025-05-21'))?.start).toBe('2026-05-20');
  });

  it('after 19/10 the next observance is 20/01 of next year, across the year boundary', () => {
    const today = day('2025-10-20');
    const events = [entry('vn', vietnamMetrologyDay), entry('world', worldMetrologyDay), entry('bg', bacGiangScienceDay)];
    const next = upcoming(events, today);
    expect(next.map(({ event, occurrence }) => [event.id, occurrence.start])).toEqual([
      ['vn', '2026-01-20'],
      ['world', '2026-05-20'],
      ['bg', '2026-10-19'],
    ]);
    expect(countdown(today, next[0]!.occurrence)).toBe('còn 92 ngày');
    expect(upcoming(events, day('2025-10-19'))[0]?.event.id).toBe('bg');
  });

  it('on 29 February occurs only in leap years', () => {
    const leapDay = yearly('2024-02-29');
    expect(occurrenceInYear(leapDay, 2025)).toBeUndefined();
    expect(occurrenceInYear(leapDay, 2028)).toEqual({ start: '2028-02-29', end: '2028-02-29' });
    expect(nextOccurrence(leapDay, day('2024-02-29'))?.start).toBe('2024-02-29');
    expect(nextOccurrence(leapDay, day('2024-03-01'))?.start).toBe('2028-02-29');
    expect(countdown(day('2027-03-01'), nextOccurrence(leapDay, day('2027-03-01'))!)).toBe('còn 365 ngày');
  });

  it('never occurs before its first year, and is never over', () => {
    const fromNextYear = yearly('2027-05-20');
    expect(nextOccurrence(fromNextYear, day('2025-06-01'))?.start).toBe('2027-05-20');
    expect(occurrenceInYear(fromNextYear, 2026)).toBeUndefined();
    expect(isOver(worldMetrologyDay, day('2099-01-01'))).toBe(false);
  });

  it('spanning New Year is still under way on 1 January', () => {
    const newYear = yearly('2022-12-31', '2023-01-01');
    const today = day('2026-01-01');
    const next = nextOccurrence(newYear, today)!;
    expect(next).toEqual({ start: '2025-12-31', end: '2026-01-01' });
    expect(countdown(today, next)).toBe('đang diễn ra');
  });

  it('says how it recurs', () => {
    expect(describeRecurrence(vietnamMetrologyDay)).toBe('Hằng năm, ngày 20/01');
    expect(describeRecurrence(once('2025-05-20'))).toBeUndefined();
  });
});

describe('a one-off event', () => {
  it('multi-day: every day until its last is upcoming, then it is over', () => {
    const training = once('2025-06-09', '2025-06-11');
    expect(describeWhen(training, shownOccurrence(training, day('2025-06-01')))).toBe('Thứ Hai, 09/06/2025 – Thứ Tư, 11/06/2025');
    expect(countdown(day('2025-06-10'), nextOccurrence(training, day('2025-06-10'))!)).toBe('đang diễn ra');
    expect(nextOccurrence(training, day('2025-06-11'))).toEqual({ start: '2025-06-09', end: '2025-06-11' });
    expect(nextOccurrence(training, day('2025-06-12'))).toBeUndefined();
    expect(isOver(training, day('2025-06-12'))).toBe(true);
    expect(shownOccurrence(training, day('2025-06-12'))).toEqual({ start: '2025-06-09', end: '2025-06-11' });
  });

  it('all-day on one day: the day without a time', () => {
    const marketDay = once('2025-05-10');
    expect(describeWhen(marketDay, shownOccurrence(marketDay, day('2025-01-01')))).toBe('Thứ Bảy, 10/05/2025');
  });

  it('with times on one day', () => {
    const conference = once('2025-05-20T08:00', '2025-05-20T11:30');
    expect(describeWhen(conference, shownOccurrence(conference, day('2025-05-01')))).toBe('Thứ Ba, 20/05/2025, 08:00–11:30');
  });

  it('with no end: its start only, and over the next day', () => {
    const visit = once('2025-05-15T14:00');
    const occurrence = nextOccurrence(visit, day('2025-05-15'))!;
    expect(occurrence).toEqual({ start: '2025-05-15', end: '2025-05-15' });
    expect(describeWhen(visit, occurrence)).toBe('Thứ Năm, 15/05/2025, 14:00');
    expect(nextOccurrence(visit, day('2025-05-16'))).toBeUndefined();
  });

  it('on 29 February', () => {
    const leap = once('2024-02-29');
    expect(describeWhen(leap, shownOccurrence(leap, day('2024-01-01')))).toBe('Thứ Năm, 29/02/2024');
    expect(nextOccurrence(leap, day('2028-02-29'))).toBeUndefined();
  });

  it('around midnight in Asia/Ho_Chi_Minh: two calendar days, the day read in Vietnam', () => {
    const night = once('2025-05-20T23:30', '2025-05-21T00:30');
    const occurrence = shownOccurrence(night, day('2025-05-01'));
    expect(occurrence).toEqual({ start: '2025-05-20', end: '2025-05-21' });
    expect(describeWhen(night, occurrence)).toBe('Thứ Ba, 20/05/2025, 23:30 – Thứ Tư, 21/05/2025, 00:30');
    // A build at 23:59 in Vietnam (16:59 UTC) is still the 20th; one minute past midnight (17:00 UTC) is the 21st.
    expect(toCivilDate(new Date('2025-05-20T16:59:00Z'))).toBe('2025-05-20');
    const afterMidnight = toCivilDate(new Date('2025-05-20T17:00:00Z'));
    expect(afterMidnight).toBe('2025-05-21');
    expect(countdown(afterMidnight, nextOccurrence(night, afterMidnight)!)).toBe('đang diễn ra');
    expect(nextOccurrence(once('2025-05-20'), afterMidnight)).toBeUndefined();
    expect(describeWhen(once('2025-05-21T00:00', '2025-05-21T00:45'), { start: day('2025-05-21'), end: day('2025-05-21') })).toBe(
      'Thứ Tư, 21/05/2025, 00:00–00:45',
    );
  });
});

describe('lists of events', () => {
  const events = [
    entry('conference', once('2025-11-20T08:00', '2025-11-20T11:30')),
    entry('training', once('2025-06-09', '2025-06-11')),
    entry('old', once('2024-02-29')),
    entry('spring', once('2025-03-05')),
    entry('world', worldMetrologyDay),
  ];

  it('upcoming: next occurrences in date order, events that are over left out', () => {
    expect(upcoming(events, day('2025-05-10')).map(({ event }) => event.id)).toEqual(['world', 'training', 'conference']);
  });

  it('between two days: every occurrence touching the span, yearly ones in each year', () => {
    const june = occurrencesBetween(events, day('2025-06-10'), day('2025-06-30'));
    expect(june.map(({ event }) => event.id)).toEqual(['training']);
    const twoYears = occurrencesBetween(events, day('2025-01-01'), day('2026-12-31')).filter(({ event }) => event.id === 'world');
    expect(twoYears.map(({ occurrence }) => occurrence.start)).toEqual(['2025-05-20', '2026-05-20']);
  });

  it('highlights: the next yearly observance, then the next three other events', () => {
    const more = [...events, entry('vn', vietnamMetrologyDay), entry('visit', once('2025-05-15T14:00'))];
    const { observance, next } = eventHighlights(more, day('2025-05-10'));
    expect(observance?.event.id).toBe('world');
    expect(next.map(({ event }) => event.id)).toEqual(['visit', 'training', 'conference']);
    expect(eventHighlights([entry('training', once('2025-06-09'))], day('2025-05-10')).observance).toBeUndefined();
  });

  it('archive: what has taken place (one-off events, each past year of an observance), newest year and event first', () => {
    const archive = archiveByYear(events, day('2025-06-12'));
    expect(archive.map(({ year, items }) => [year, items.map(({ event }) => event.id)])).toEqual([
      [2025, ['training', 'world', 'spring']],
      [2024, ['world', 'old']],
      [2023, ['world']],
      [2022, ['world']],
    ]);
    expect(archiveByYear(events, day('2022-05-20'))).toEqual([]);
    expect(archiveByYear(events, day('2022-05-21')).map(({ year }) => year)).toEqual([2022]);
  });

  it('has taken place: from the day after its last day, the same rule for upcoming and archive', () => {
    const event = once('2025-06-09', '2025-06-10T17:00');
    expect(hasTakenPlace(firstOccurrence(event), day('2025-06-10'))).toBe(false);
    expect(upcoming([entry('e', event)], day('2025-06-10'))).toHaveLength(1);
    expect(hasTakenPlace(firstOccurrence(event), day('2025-06-11'))).toBe(true);
    expect(upcoming([entry('e', event)], day('2025-06-11'))).toHaveLength(0);
    expect(archiveByYear([entry('e', event)], day('2025-06-11'))[0]?.items).toHaveLength(1);
  });
});
