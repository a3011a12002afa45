/** Each invalid progress update, market or session is rejected with a message naming the file and field. */
import { describe, expect, it } from 'vitest';
import { validateMarkets, validateProgressUpdates, validateSessions } from '../../../src/lib/validation/progress.ts';
import { progressUpdateSchema } from '../../../src/schemas/progress-update.ts';
import { marketSchema, verificationSessionSchema } from '../../../src/schemas/market.ts';
import { parseEntry } from '../../../src/lib/validation/schema.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';
import { loadFixture } from '../../support/progress-fixture.ts';

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
    expect(checkUpdates(update({ task: { plan: '2021', task: 'I.1' } }))).toEqual(['content/tien-do/x.yaml: task.plan không có kế hoạch "2021"']);
    expect(checkUpdates(update({ task: { plan: '2022', task: 'II.9' } }))).toEqual(['content/tien-do/x.yaml: task.task kế hoạch 2022 không có nhiệm vụ "II.9"']);
    expect(checkUpdates(update({ task: { plan: '2022', task: 'II.3' } }))).toEqual([
      'content/tien-do/x.yaml: task.task nhiệm vụ "II.3" có các dòng con: hãy báo cáo cho một dòng con (II.3.a, II.3.b, II.3.c)',
    ]);
  });

  it('rejects a date outside the plan period', () => {
    expect(checkUpdates(update({ date: '2023-01-15' }))).toEqual([
      'content/tien-do/x.yaml: date ngày 15/01/2023 nằm ngoài thời gian thực hiện kế hoạch (01/02/2022 – 31/12/2022)',
    ]);
    expect(checkUpdates(update({ date: '2022-01-31' }))).toHaveLength(1);
  });

  it('rejects a product the task does not have', () => {
    expect(checkUpdates(update({ achieved: [{ unit: 'bộ', quantity: 1 }] }))).toEqual([
      'content/tien-do/x.yaml: achieved[0].unit "bộ" không phải sản phẩm của nhiệm vụ II.2.b (sản phẩm của nhiệm vụ: lượt người)',
    ]);
  });

  it('rejects achieved above the target without a note, accepts it with one', () => {
    const first = update({ achieved: [{ unit: 'lượt người', quantity: 5 }] }, 'a');
    const second = update({ date: '2022-06-01', achieved: [{ unit: 'lượt người', quantity: 4 }] }, 'b');
    expect(checkUpdates(first, second)).toEqual([
      'content/tien-do/b.yaml: achieved[0].quantity đưa "lượt người" lên 9, vượt chỉ tiêu 8: hãy giải thích ở phần ghi chú',
    ]);
    const explained = update({ date: '2022-06-01', achieved: [{ unit: 'lượt người', quantity: 4 }], note: 'Thêm một lớp.' }, 'b');
    expect(checkUpdates(first, explained)).toEqual([]);
  });

  it('rejects an override above the target without a note', () => {
    const over = update({ task: { plan: '2022', task: 'I.1' }, overrides: [{ unit: 'tin bài', total: 7, explanation: 'Có thêm tin trên báo giấy.' }] });
    expect(checkUpdates(over)).toEqual(['content/tien-do/x.yaml: overrides[0].total đưa "tin bài" lên 7, vượt chỉ tiêu 6: hãy giải thích ở phần ghi chú']);
  });

  it('rejects money disbursed above the task budget without a note', () => {
    const first = update({ disbursed: 30 }, 'a');
    const second = update({ date: '2022-06-01', disbursed: 10.5 }, 'b');
    expect(checkUpdates(first, second)).toEqual([
      'content/tien-do/b.yaml: disbursed đưa số tiền đã giải ngân cho nhiệm vụ II.2.b lên 40,5 triệu đồng, vượt kinh phí 40 triệu đồng: hãy giải thích ở phần ghi chú',
    ]);
    expect(checkUpdates(first, update({ date: '2022-06-01', disbursed: 10.5, note: 'Bổ sung kinh phí theo quyết định.' }, 'b'))).toEqual([]);
  });

  it('rejects a quantity added to a product counted from content, so it cannot be counted twice', () => {
    expect(checkUpdates(update({ task: { plan: '2022', task: 'I.1' }, achieved: [{ unit: 'tin bài', quantity: 2 }] }))).toEqual([
      'content/tien-do/x.yaml: achieved[0] "tin bài" được đếm tự động từ tin tức đã đăng gắn với nhiệm vụ, nên bản cập nhật không cộng thêm được: hãy sửa số bằng phần "Điều chỉnh số liệu" kèm lời giải thích',
    ]);
    expect(
      checkUpdates(update({ achieved: [{ unit: 'lượt người', quantity: 2 }], overrides: [{ unit: 'lượt người', total: 3, explanation: 'Sửa số.' }] })),
    ).toEqual(['content/tien-do/x.yaml: overrides[0].unit "lượt người" vừa được cộng thêm vừa được điều chỉnh trong bản này: chỉ giữ phần điều chỉnh']);
  });

  it('rejects evidence that names content which does not exist', () => {
    expect(checkUpdates(update({ evidence: { news: ['tin-mot', 'khong-co'], events: ['su-kien-la'] } }))).toEqual([
      'content/tien-do/x.yaml: evidence.news[1] không có tin "khong-co"',
      'content/tien-do/x.yaml: evidence.events[0] không có sự kiện "su-kien-la"',
    ]);
  });

  it('rejects negative numbers and an override without explanation (schema)', () => {
    const base = { task: { plan: '2022', task: 'II.2.b' }, date: '2022-05-01', status: 'dang-thuc-hien' };
    const problems = (fields: Record<string, unknown>) => {
      const result = parseEntry(progressUpdateSchema, { ...base, ...fields }, FILE);
      return 'problems' in result ? messages(result.problems) : [];
    };
    expect(problems({ disbursed: -1 })).toEqual(['content/tien-do/x.yaml: disbursed không được là số âm']);
    expect(problems({ achieved: [{ unit: 'lượt người', quantity: -2 }] })).toEqual(['content/tien-do/x.yaml: achieved[0].quantity không được là số âm']);
    expect(problems({ overrides: [{ unit: 'lượt người', total: 2, explanation: ' ' }] })).toEqual([
      'content/tien-do/x.yaml: overrides[0].explanation cần giải thích vì sao điều chỉnh số liệu',
    ]);
    expect(problems({ status: 'xong' })[0]).toContain('status phải là một trong: chua-trien-khai');
  });
});

describe('verification sessions and markets', () => {
  it('rejects a session for an unknown market', () => {
    expect(session({ market: 'cho-khong-co' })).toEqual(['content/kiem-dinh-cho/s.yaml: market không có chợ "cho-khong-co"']);
  });

  it('rejects a session dated outside the plan period', () => {
    expect(session({ date: '2022-01-15' })).toEqual([
      'content/kiem-dinh-cho/s.yaml: date ngày 15/01/2022 nằm ngoài thời gian thực hiện kế hoạch (01/02/2022 – 31/12/2022)',
    ]);
  });

  it('rejects a session for a task whose product is not counted from markets', () => {
    expect(session({ task: { plan: '2022', task: 'II.3.b' } })).toEqual([
      'content/kiem-dinh-cho/s.yaml: task.task nhiệm vụ "II.3.b" không có sản phẩm đếm theo chợ đã kiểm định',
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
      'content/kiem-dinh-cho/s.yaml: results[0] đạt (5) và không đạt (1) cộng lại 6, khác số đã kiểm định (7)',
      'content/kiem-dinh-cho/s.yaml: results[1].instrument "can-dia" xuất hiện hai lần trong đợt kiểm định này',
    ]);
  });

  it('rejects negative and fractional counts (schema)', () => {
    const data = { date: '2022-05-01', market: 'a', task: { plan: '2022', task: 'II.3.c' }, results: [{ instrument: 'can-ban', verified: -1, passed: 0.5, failed: 0 }] };
    const result = parseEntry(verificationSessionSchema, data, 'content/kiem-dinh-cho/s.yaml');
    expect('problems' in result ? messages(result.problems) : []).toEqual([
      'content/kiem-dinh-cho/s.yaml: results[0].verified không được là số âm',
      'content/kiem-dinh-cho/s.yaml: results[0].passed phải là số nguyên',
    ]);
  });

  it('rejects a commune or a former district spelled two ways', () => {
    const market = (id: string, commune: string, formerDistrict?: string) => ({ id, file: `content/cho/${id}.yaml`, data: marketSchema.parse({ name: id, commune, formerDistrict }) });
    expect(messages(validateMarkets([market('a', 'Xã Ví Dụ', 'Huyện Lạng Giang'), market('b', 'Xã Ví Du', 'Huyện Lang Giang'), market('c', 'Xã Ví Dụ')]))).toEqual([
      'content/cho/b.yaml: commune "Xã Ví Du" đã được viết là "Xã Ví Dụ" ở content/cho/a.yaml: hãy dùng một cách viết',
      'content/cho/b.yaml: formerDistrict "Huyện Lang Giang" đã được viết là "Huyện Lạng Giang" ở content/cho/a.yaml: hãy dùng một cách viết',
    ]);
  });
});
