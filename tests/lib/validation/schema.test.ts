/** The one formatter for zod failures (src/lib/validation/schema.ts): field paths and Vietnamese messages. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldPath, parseEntry } from '../../../src/lib/validation/schema.ts';
import { newsSchema } from '../../../src/schemas/publication.ts';
import { eventSchema } from '../../../src/schemas/event.ts';

describe('fieldPath', () => {
  it('writes array indexes in brackets and nested keys with dots', () => {
    expect(fieldPath(['relatedTasks', 0, 'task'])).toBe('relatedTasks[0].task');
    expect(fieldPath(['title'])).toBe('title');
    expect(fieldPath([])).toBe('(tệp)');
  });
});

describe('parseEntry', () => {
  it('names every failing field in Vietnamese, "bắt buộc phải điền" for missing ones', () => {
    const schema = z.object({ title: z.string(), tags: z.array(z.string()), cover: z.object({ alt: z.string() }), count: z.number().int().min(0) });
    expect(parseEntry(schema, { tags: 'cho', cover: {}, count: 1.5 }, 'content/tin-tuc/a.md')).toEqual({
      problems: [
        { file: 'content/tin-tuc/a.md', field: 'title', message: 'bắt buộc phải điền' },
        { file: 'content/tin-tuc/a.md', field: 'tags', message: 'phải là một danh sách' },
        { file: 'content/tin-tuc/a.md', field: 'cover.alt', message: 'bắt buộc phải điền' },
        { file: 'content/tin-tuc/a.md', field: 'count', message: 'phải là số nguyên' },
      ],
    });
  });

  it("keeps the schemas' own messages, which are Vietnamese too", () => {
    const news = { uid: 'Not Valid', title: ' ', summary: 'x'.repeat(301), publishedAt: '2025-02-30', author: 'A' };
    expect(parseEntry(newsSchema(() => z.string()), news, 'a.md')).toEqual({
      problems: [
        { file: 'a.md', field: 'uid', message: 'phải gồm 6–64 ký tự: chữ thường không dấu, chữ số và dấu "-"' },
        { file: 'a.md', field: 'title', message: 'không được để trống' },
        { file: 'a.md', field: 'summary', message: 'dài quá 300 ký tự' },
        { file: 'a.md', field: 'publishedAt', message: 'phải là một ngày có thật: không có ngày 2025-02-30' },
      ],
    });
    const event = { uid: 'event-x1', title: 'Hội nghị', summary: 'Tóm tắt.', kind: 'hop', start: '2025-05-20T25:00', sequence: -1 };
    expect(parseEntry(eventSchema, event, 'e.md')).toEqual({
      problems: [
        { file: 'e.md', field: 'kind', message: 'phải là một trong: ngay-ky-niem, hoi-nghi, tap-huan, kiem-dinh-luu-dong, kiem-tra, khac' },
        { file: 'e.md', field: 'start', message: 'có giờ 25:00 không có thật (giờ từ 00:00 đến 23:59)' },
        { file: 'e.md', field: 'sequence', message: 'không được là số âm' },
      ],
    });
  });

  it('gives the parsed data when the entry is valid', () => {
    expect(parseEntry(z.object({ a: z.string().trim() }), { a: ' x ' }, 'f')).toEqual({ data: { a: 'x' } });
  });
});
