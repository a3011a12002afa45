/** Each invalid progress update, market or session is rejected with a message naming the file and field. */
import { describe, expect, it } from 'vitest';
import { validateMarkets, validateProgressUpdates, validateSessions } from '../../src/lib/validation/progress.ts';
import { progressUpdateSchema } from '../../src/schemas/progress-update.ts';
import { marketSchema, verificationSessionSchema } from '../../src/schemas/market.ts';
import { schemaProblems } from '../../src/lib/validation/schema.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { loadFixture } from './progress-fixture.ts';

const fixture = loadFixture();
const FILE = 'content/tien-do/x.yaml';

function update(fields: Record<string, unknown>, id = 'x') {
  return { id, file: `content/tien-do/${id}.yaml`, data: progressUpdateSchema.parse({ task: { plan: '2022', task: 'II.2.b' }, date: '2022-05-01', status: 'dang-thuc-hien', ...fields }) };
}
const messages = (problems: { file: string; field: string; message: string }[]) => problems.map(formatProblem);
const checkUpdates = (...updates: ReturnType<typeof update>[]) => messages(validateProgressUpdates(updates, fixture.index));

function session(fields: Record<string, unknown>) {
  const data = verificationSessionSchema.parse({
    date: '2022-05-01',
    market: 'cho-vi-du-a',
    task: { plan: '2022', task: 'II.3.c' },
    results: [{ instrument: 'can-dia', verified: 3, passed: 3, failed: 0 }],
    ...fields,
  });
  return messages(validateSessions([{ id: 's', file: 'content/kiem-dinh-cho/s.yaml', data }], fixture.index));
}

describe('the fixture', () => {
  it('is valid', () => {
    expect(validateProgressUpdates(fixture.updates, fixture.index)).toEqual([]);
    expect(validateSessions(fixture.sessions, fixture.index)).toEqual([]);
    expect(validateMarkets(fixture.markets)).toEqual([]);
  });
});

describe('progress updates', () => {
  it('rejects an unknown plan, an unknown task, and a line with sub-lines', () => {
    expect(checkUpdates(update({ task: { plan: '2021', task: 'I.1' } }))).toEqual(['content/tien-do/x.yaml: task.plan "2021" is not a plan (content/ke-hoach/)']);
    expect(checkUpdates(update({ task: { plan: '2022', task: 'II.9' } }))).toEqual(['content/tien-do/x.yaml: task.task "II.9" is not a task of plan 2022']);
    expect(checkUpdates(update({ task: { plan: '2022', task: 'II.3' } }))).toEqual([
      'content/tien-do/x.yaml: task.task "II.3" has sub-lines: report on one of them (II.3.a, II.3.b, II.3.c)',
    ]);
  });

  it('rejects a date outside the plan period', () => {
    expect(checkUpdates(update({ date: '2023-01-15' }))).toEqual([
      "content/tien-do/x.yaml: date 15/01/2023 is outside the plan's period 01/02/2022 – 31/12/2022",
    ]);
    expect(checkUpdates(update({ date: '2022-01-31' }))).toHaveLength(1);
  });

  it('rejects a product the task does not have', () => {
    expect(checkUpdates(update({ achieved: [{ unit: 'bộ', quantity: 1 }] }))).toEqual([
      'content/tien-do/x.yaml: achieved[0].unit "bộ" is not a product of task II.2.b (its products: lượt người)',
    ]);
  });

  it('rejects achieved above the target without a note, accepts it with one', () => {
    const first = update({ achieved: [{ unit: 'lượt người', quantity: 5 }] }, 'a');
    const second = update({ date: '2022-06-01', achieved: [{ unit: 'lượt người', quantity: 4 }] }, 'b');
    expect(checkUpdates(first, second)).toEqual([
      'content/tien-do/b.yaml: achieved[0].quantity brings "lượt người" to 9, above the target of 8: explain why in note',
    ]);
    const explained = update({ date: '2022-06-01', achieved: [{ unit: 'lượt người', quantity: 4 }], note: 'Thêm một lớp.' }, 'b');
    expect(checkUpdates(first, explained)).toEqual([]);
  });

  it('rejects an override above the target without a note', () => {
    const over = update({ task: { plan: '2022', task: 'I.1' }, overrides: [{ unit: 'tin bài', total: 7, explanation: 'Có thêm tin trên báo giấy.' }] });
    expect(checkUpdates(over)).toEqual(['content/tien-do/x.yaml: overrides[0].total brings "tin bài" to 7, above the target of 6: explain why in note']);
  });

  it('rejects money disbursed above the task budget without a note', () => {
    const first = update({ disbursed: 30 }, 'a');
    const second = update({ date: '2022-06-01', disbursed: 10.5 }, 'b');
    expect(checkUpdates(first, second)).toEqual([
      'content/tien-do/b.yaml: disbursed brings the money disbursed on II.2.b to 40,5 triệu đồng, above its budget of 40 triệu đồng: explain why in note',
    ]);
    expect(checkUpdates(first, update({ date: '2022-06-01', disbursed: 10.5, note: 'Bổ sung kinh phí theo quyết định.' }, 'b'))).toEqual([]);
  });

  it('rejects a quantity added to a product counted from content, so it cannot be counted twice', () => {
    expect(checkUpdates(update({ task: { plan: '2022', task: 'I.1' }, achieved: [{ unit: 'tin bài', quantity: 2 }] }))).toEqual([
      'content/tien-do/x.yaml: achieved[0] "tin bài" is counted from tin tức đã đăng linked to the task, so an update cannot add to it: correct the count with an override and an explanation',
    ]);
    expect(
      checkUpdates(update({ achieved: [{ unit: 'lượt người', quantity: 2 }], overrides: [{ unit: 'lượt người', total: 3, explanation: 'Sửa số.' }] })),
    ).toEqual(['content/tien-do/x.yaml: overrides[0].unit "lượt người" is both added to and overridden in this update: give only the override']);
  });

  it('rejects evidence that names content which does not exist', () => {
    expect(checkUpdates(update({ evidence: { news: ['tin-mot', 'khong-co'], events: ['su-kien-la'] } }))).toEqual([
      'content/tien-do/x.yaml: evidence.news[1] "khong-co" is not in content/tin-tuc/',
      'content/tien-do/x.yaml: evidence.events[0] "su-kien-la" is not in content/su-kien/',
    ]);
  });

  it('rejects negative numbers and an override without explanation (schema)', () => {
    const base = { task: { plan: '2022', task: 'II.2.b' }, date: '2022-05-01', status: 'dang-thuc-hien' };
    const problems = (fields: Record<string, unknown>) => {
      const result = progressUpdateSchema.safeParse({ ...base, ...fields });
      return result.success ? [] : messages(schemaProblems(result.error, FILE));
    };
    expect(problems({ disbursed: -1 })).toEqual(['content/tien-do/x.yaml: disbursed must not be negative']);
    expect(problems({ achieved: [{ unit: 'lượt người', quantity: -2 }] })).toEqual(['content/tien-do/x.yaml: achieved[0].quantity must not be negative']);
    expect(problems({ overrides: [{ unit: 'lượt người', total: 2, explanation: ' ' }] })).toEqual([
      'content/tien-do/x.yaml: overrides[0].explanation must explain why the count is overridden',
    ]);
    expect(problems({ status: 'xong' })[0]).toContain('status must be one of: chua-trien-khai');
  });
});

describe('verification sessions and markets', () => {
  it('rejects a session for an unknown market', () => {
    expect(session({ market: 'cho-khong-co' })).toEqual(['content/kiem-dinh-cho/s.yaml: market "cho-khong-co" is not a market (content/cho/)']);
  });

  it('rejects a session dated outside the plan period', () => {
    expect(session({ date: '2022-01-15' })).toEqual([
      "content/kiem-dinh-cho/s.yaml: date 15/01/2022 is outside the plan's period 01/02/2022 – 31/12/2022",
    ]);
  });

  it('rejects a session for a task whose product is not counted from markets', () => {
    expect(session({ task: { plan: '2022', task: 'II.3.b' } })).toEqual([
      'content/kiem-dinh-cho/s.yaml: task.task "II.3.b" has no product counted from markets (countedFrom: markets in the plan)',
    ]);
  });

  it('rejects results whose passed and failed do not add up to verified, and a repeated instrument', () => {
    expect(
      session({
        results: [
          { instrument: 'can-dia', verified: 7, passed: 5, failed: 1 },
          { instrument: 'can-dia', verified: 1, passed: 1, failed: 0 },
        ],
      }),
    ).toEqual([
      'content/kiem-dinh-cho/s.yaml: results[0] passed (5) and failed (1) add up to 6, not the 7 verified',
      'content/kiem-dinh-cho/s.yaml: results[1].instrument "can-dia" appears twice in this session',
    ]);
  });

  it('rejects negative and fractional counts (schema)', () => {
    const result = verificationSessionSchema.safeParse({
      date: '2022-05-01',
      market: 'a',
      task: { plan: '2022', task: 'II.3.c' },
      results: [{ instrument: 'can-ban', verified: -1, passed: 0.5, failed: 0 }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(messages(schemaProblems(result.error, 'content/kiem-dinh-cho/s.yaml'))).toEqual([
        'content/kiem-dinh-cho/s.yaml: results[0].verified must not be negative',
        'content/kiem-dinh-cho/s.yaml: results[0].passed must be a whole number',
      ]);
    }
  });

  it('rejects an area spelled two ways', () => {
    const market = (id: string, area: string) => ({ id, file: `content/cho/${id}.yaml`, data: marketSchema.parse({ name: id, commune: 'Xã A', area }) });
    expect(messages(validateMarkets([market('a', 'Huyện Lạng Giang'), market('b', 'Huyện Lang Giang')]))).toEqual([
      'content/cho/b.yaml: area "Huyện Lang Giang" is spelled "Huyện Lạng Giang" in content/cho/a.yaml: use one spelling',
    ]);
  });
});
