/** Counting achieved products from content, from updates, and with overrides; nothing counted twice. */
import { describe, expect, it } from 'vitest';
import { taskProgress } from '../../../src/lib/plan/progress.ts';
import { productTimeline } from '../../../src/lib/plan/counting.ts';
import type { ProgressSources } from '../../../src/lib/plan/counting.ts';
import type { CivilDate } from '../../../src/lib/dates.ts';
import { progressUpdateSchema } from '../../../src/schemas/progress-update.ts';
import { loadFixture } from '../../support/progress-fixture.ts';

const fixture = loadFixture();
const task = (code: string) => {
  const found = fixture.plan.data.tasks.find((t) => t.code === code);
  if (!found) throw new Error(code);
  return found;
};
const product = (code: string, unit: string, sources: ProgressSources = fixture.sources, today: CivilDate = '2022-11-30') => {
  const found = taskProgress(fixture.plan, task(code), sources, today).products.find((p) => p.product.unit === unit);
  if (!found) throw new Error(`${code} ${unit}`);
  return found;
};
const withoutUpdates = (sources: ProgressSources, ids: string[]): ProgressSources => ({ ...sources, updates: sources.updates.filter((u) => !ids.includes(u.id)) });

describe('counting from content', () => {
  it('counts published news linked to the task, each item once even when linked twice, drafts left out', () => {
    const news = product('I.1', 'tin bài', withoutUpdates(fixture.sources, ['2022-10-01-i-1-dieu-chinh']));
    expect(news.items.map((i) => i.id)).toEqual(['tin-mot', 'tin-hai', 'tin-ba']);
    expect(news.achieved).toBe(3);
    expect(news.timeline.override).toBeUndefined();
  });

  it('leaves out news published after the plan period, even once public', () => {
    const later = loadFixture('2023-06-01' as CivilDate);
    expect(later.sources.news.map((n) => n.id)).toContain('tin-sau-ke-hoach');
    const news = product('I.1', 'tin bài', withoutUpdates(later.sources, ['2022-10-01-i-1-dieu-chinh']), '2023-06-01' as CivilDate);
    expect(news.achieved).toBe(3);
  });

  it('counts the conference once the event has taken place, not before', () => {
    expect(product('I.2', 'hội nghị', fixture.sources, '2022-11-30').achieved).toBe(1);
    expect(product('I.2', 'hội nghị', fixture.sources, '2022-11-14').achieved).toBe(0);
  });

  it('counts each verified market once, however many sessions it had', () => {
    const markets = product('II.3.c', 'chợ');
    expect(fixture.sessions.filter((s) => s.data.market === 'cho-vi-du-a')).toHaveLength(2);
    expect(markets.items.map((i) => i.id)).toEqual(['cho-vi-du-a', 'cho-vi-du-b', 'cho-vi-du-d']);
    expect(markets.achieved).toBe(3);
    expect(markets.target).toBe(28);
  });

  it('does not count a session before it happens', () => {
    expect(product('II.3.c', 'chợ', fixture.sources, '2022-06-15').achieved).toBe(2);
  });
});

describe('counting from updates', () => {
  it('adds up what successive updates report', () => {
    expect(product('II.4.a', 'doanh nghiệp').achieved).toBe(50);
    expect(product('II.4.a', 'lượt khảo sát').achieved).toBe(1);
    expect(product('II.4.a', 'doanh nghiệp').timeline.steps.map((s) => s.total)).toEqual([30, 50]);
  });

  it('keeps every update in the history, oldest first', () => {
    const progress = taskProgress(fixture.plan, task('II.4.a'), fixture.sources, '2022-11-30');
    expect(progress.history.map((u) => u.id)).toEqual(['2022-05-10-ii-4-a', '2022-06-20-ii-4-a']);
  });
});

describe('overrides', () => {
  it('replace the content count with the stated total and keep the explanation', () => {
    const news = product('I.1', 'tin bài');
    expect(news.achieved).toBe(5);
    expect(news.timeline.override?.explanation).toContain('Báo Bắc Giang điện tử');
    expect(news.timeline.override?.date).toBe('2022-10-01');
  });

  it('take later quantities on top, for products reported by updates', () => {
    const updates = [
      { id: 'a', data: progressUpdateSchema.parse({ task: { plan: '2022', task: 'II.2.b' }, date: '2022-03-01', status: 'dang-thuc-hien', achieved: [{ unit: 'lượt người', quantity: 3 }] }) },
      { id: 'b', data: progressUpdateSchema.parse({ task: { plan: '2022', task: 'II.2.b' }, date: '2022-04-01', status: 'dang-thuc-hien', overrides: [{ unit: 'lượt người', total: 2, explanation: 'Một người đã báo trùng.' }] }) },
      { id: 'c', data: progressUpdateSchema.parse({ task: { plan: '2022', task: 'II.2.b' }, date: '2022-05-01', status: 'dang-thuc-hien', achieved: [{ unit: 'lượt người', quantity: 4 }] }) },
    ];
    expect(productTimeline(task('II.2.b').products[0]!, updates, 0).total).toBe(6);
  });
});

describe('no double counting', () => {
  it('ignores quantities an update adds to a product counted from content', () => {
    const extra = {
      id: '2022-11-01-i-1-them',
      data: progressUpdateSchema.parse({ task: { plan: '2022', task: 'I.2' }, date: '2022-11-20', status: 'hoan-thanh', achieved: [{ unit: 'hội nghị', quantity: 1 }] }),
    };
    const sources = { ...fixture.sources, updates: [...fixture.sources.updates, extra] };
    expect(product('I.2', 'hội nghị', sources).achieved).toBe(1);
  });

  it('counts content linked to another task for that task only', () => {
    const article = fixture.sources.articles.find((a) => a.id === 'bai-doanh-nghiep');
    expect(article?.data.relatedTasks).toEqual([{ plan: '2022', task: 'II.4.b' }]);
    expect(product('II.4.b', 'doanh nghiệp').achieved).toBe(0);
  });
});
