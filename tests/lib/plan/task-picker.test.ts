import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rankTasks, taskLabel, type PickableTask } from '../../../src/lib/plan/task-picker.ts';

/** The real 2022 appendix, as the CMS reads it. */
const plan = parse(readFileSync('content/ke-hoach/2022.yaml', 'utf8')) as { shortTitle: string; tasks: { code: string; title: string }[] };
const tasks: PickableTask[] = plan.tasks.map((task) => ({ plan: '2022', planTitle: plan.shortTitle, code: task.code, title: task.title }));
const codes = (query: string) => rankTasks(tasks, query).map((task) => task.code);

describe('rankTasks', () => {
  it.each([
    ['chợ', 'II.3.c'],
    ['kiem dinh can', 'II.3.c'],
    ['kiểm định cân', 'II.3.c'],
    ['KIỂM ĐỊNH CÂN', 'II.3.c'],
    ['hoi nghi', 'I.2'],
    ['baromet', 'II.1.1.2'],
    ['khao sat danh gia', 'II.4.a'],
    ['II.3.c', 'II.3.c'],
    ['ii.4', 'II.4'],
    ['dao tao kiem dinh vien', 'II.2.a'],
  ])('"%s" puts %s first', (query, first) => {
    expect(codes(query)[0]).toBe(first);
  });

  it('ranks the word with its marks above the same letters meaning something else', () => {
    // "chợ" (market) is in II.3.c; "cho" (for) is in II.2.b.
    const found = codes('chợ');
    expect(found.indexOf('II.3.c')).toBeLessThan(found.indexOf('II.2.b'));
    expect(codes('cho')).toContain('II.2.b');
  });

  it('matches whole syllables, except the last one while it is being typed', () => {
    expect(codes('kiem dinh ca')).toEqual(codes('kiem dinh can').filter((code) => codes('kiem dinh ca').includes(code)));
    expect(codes('kiem dinh ca')[0]).toBe('II.3.c');
    expect(codes('ho')).not.toContain('II.1.1.1');
    expect(codes('hoa')).toContain('II.4');
  });

  it('a code finds the task and the lines under it, nothing else', () => {
    expect(codes('II.1.1')).toEqual(['II.1.1', 'II.1.1.1', 'II.1.1.2', 'II.1.1.3']);
    expect(codes('II.1.1.')).toEqual(['II.1.1', 'II.1.1.1', 'II.1.1.2', 'II.1.1.3']);
  });

  it('gives every task in appendix order for an empty query, and none for nonsense', () => {
    expect(codes('   ')).toEqual(tasks.map((task) => task.code));
    expect(codes('xyzzy')).toEqual([]);
    expect(codes('!!!')).toEqual([]);
  });
});

describe('taskLabel', () => {
  it('shows the code, the title and the plan, so a chosen task never collapses to a bare code', () => {
    const task = tasks.find((item) => item.code === 'II.3.c')!;
    expect(taskLabel(task)).toBe(`II.3.c – ${task.title} (${plan.shortTitle})`);
  });
});
