/**
 * The status rules (src/lib/plan/status.ts) at fixed build dates: no report is
 * never "late", reported-and-behind and finished-after-the-deadline are;
 * overridden counts still count as a report. Pure cases first, then the
 * progress fixture as the plan page computes it.
 */
import { describe, expect, it } from 'vitest';
import { taskStatus, SHOWN_STATUSES, STATUS_DEFINITIONS } from '../../../src/lib/plan/status.ts';
import { planProgress } from '../../../src/lib/plan/progress.ts';
import type { CivilDate } from '../../../src/lib/dates.ts';
import { loadFixture } from '../../support/progress-fixture.ts';

const day = (text: string) => text as CivilDate;
const deadline = day('2022-06-30');

describe('taskStatus', () => {
  it('no report: "chưa có báo cáo", never late, even long after the deadline', () => {
    const result = taskStatus({ history: [], metByContent: false, deadline, today: day('2023-03-01') });
    expect(result).toMatchObject({ status: 'chua-co-bao-cao', reported: false, late: false, overdue: true, finished: false });
    expect(taskStatus({ history: [], metByContent: false, deadline, today: day('2022-03-01') })).toMatchObject({ status: 'chua-co-bao-cao', overdue: false });
  });

  it('no report but every product met by content counted on the site: finished', () => {
    expect(taskStatus({ history: [], metByContent: true, deadline, today: day('2023-03-01') })).toMatchObject({ status: 'hoan-thanh', finished: true, late: false });
  });

  it('reported on time: what the report says, until the deadline passes', () => {
    const history = [{ date: '2022-04-01', status: 'dang-thuc-hien' as const }];
    expect(taskStatus({ history, metByContent: false, deadline, today: day('2022-06-30') })).toMatchObject({ status: 'dang-thuc-hien', reported: true, late: false });
    expect(taskStatus({ history, metByContent: false, deadline, today: day('2022-07-01') })).toMatchObject({ status: 'cham-tien-do', late: true, overdue: true });
    const done = [...history, { date: '2022-06-30', status: 'hoan-thanh' as const }];
    expect(taskStatus({ history: done, metByContent: false, deadline, today: day('2023-01-01') })).toMatchObject({ status: 'hoan-thanh', finished: true, finishedOn: '2022-06-30', late: false });
  });

  it('reported late: finished after the deadline, or the report itself says "chậm tiến độ"', () => {
    const finishedLate = [
      { date: '2022-05-01', status: 'dang-thuc-hien' as const },
      { date: '2022-07-15', status: 'hoan-thanh' as const },
      { date: '2022-08-01', status: 'hoan-thanh' as const },
    ];
    expect(taskStatus({ history: finishedLate, metByContent: false, deadline, today: day('2022-09-01') })).toMatchObject({
      status: 'cham-tien-do',
      finished: true,
      finishedOn: '2022-07-15',
      late: true,
    });
    const saysLate = [{ date: '2022-05-01', status: 'cham-tien-do' as const }];
    expect(taskStatus({ history: saysLate, metByContent: false, deadline, today: day('2022-05-02') })).toMatchObject({ status: 'cham-tien-do', late: true, overdue: false });
  });

  it('defines every status it can show', () => {
    expect(Object.keys(STATUS_DEFINITIONS).sort()).toEqual(Object.keys(SHOWN_STATUSES).sort());
  });
});

describe('the progress fixture', () => {
  const at = (today: string) => {
    const progress = planProgress(loadFixture(day(today)).plan, loadFixture(day(today)).sources, day(today));
    return (code: string) => {
      const found = progress.tasks.get(code);
      if (!found) throw new Error(code);
      return found;
    };
  };
  const nov = at('2022-11-30');
  const jan = at('2023-01-01');

  it('no report (II.1.1.2, Cả năm): "chưa có báo cáo" on 30/11/2022 and still, not late, on 01/01/2023', () => {
    expect(nov('II.1.1.2')).toMatchObject({ status: 'chua-co-bao-cao', reported: false, late: false, overdue: false });
    expect(jan('II.1.1.2')).toMatchObject({ status: 'chua-co-bao-cao', late: false, overdue: true });
  });

  it('reported on time (II.4.a finished 20/06, deadline 30/06)', () => {
    expect(nov('II.4.a')).toMatchObject({ status: 'hoan-thanh', finishedOn: '2022-06-20', late: false });
  });

  it('reported late (II.3.b "đang thực hiện" since 01/04, deadline 30/06)', () => {
    expect(nov('II.3.b')).toMatchObject({ status: 'cham-tien-do', reported: true, late: true, finished: false });
  });

  it('overridden (I.1: the news count set to 5 by the update of 01/10) is a report: in time in November, late after the year', () => {
    expect(nov('I.1').products.find((p) => p.product.unit === 'tin bài')?.timeline.override?.total).toBe(5);
    expect(nov('I.1')).toMatchObject({ status: 'dang-thuc-hien', reported: true, late: false });
    expect(jan('I.1')).toMatchObject({ status: 'cham-tien-do', late: true });
  });

  it('finished from content alone (I.2, the conference counted from the events): "hoàn thành" without a report', () => {
    expect(nov('I.2')).toMatchObject({ status: 'hoan-thanh', reported: false, finished: true });
  });
});
