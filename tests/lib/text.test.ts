/** The text boundary (src/lib/text.ts) and the one reader of dates and times (readWallClock). */
import { describe, expect, it } from 'vitest';
import { carriableData, carriableText, quoteForLog } from '../../src/lib/text.ts';
import { z } from 'astro/zod';
import { readWallClock } from '../../src/lib/dates.ts';
import { wallClockField } from '../../src/schemas/shared.ts';

describe('carriableText', () => {
  it('turns Word’s vertical tab and a form feed into a space, drops other controls, and says what went', () => {
    expect(carriableText('Hội nghị\vđo lường\f2026')).toEqual({ text: 'Hội nghị đo lường 2026', removed: ['U+000B', 'U+000C'] });
    expect(carriableText('\va\v\fb\f\nc\v')).toEqual({ text: 'a b\nc', removed: ['U+000B', 'U+000C', 'U+000B', 'U+000B', 'U+000C'] });
    expect(carriableText('a\u0000b\u0008c\u001Fd\u007Fe\u0085f\u009Fg')).toEqual({ text: 'abcdefg', removed: ['U+0000', 'U+0008', 'U+001F', 'U+007F', 'U+0085', 'U+009F'] });
  });

  it('keeps tab and line feed; CRLF and a bare CR become LF', () => {
    expect(carriableText('a\tb\nc\r\nd\re')).toEqual({ text: 'a\tb\nc\nd\ne', removed: [] });
  });

  it('drops lone surrogates and noncharacters, keeps emoji and other astral characters', () => {
    expect(carriableText('x\uD800y\uDC00z')).toEqual({ text: 'xyz', removed: ['U+D800', 'U+DC00'] });
    expect(carriableText('\uFFFE\uFFFF\uFDD0\u{10FFFF}ok')).toEqual({ text: 'ok', removed: ['U+FFFE', 'U+FFFF', 'U+FDD0', 'U+10FFFF'] });
    expect(carriableText('Cân 😀 𝔸 \u{1F1FB}\u{1F1F3}')).toEqual({ text: 'Cân 😀 𝔸 \u{1F1FB}\u{1F1F3}', removed: [] });
  });

  it('drops bidi controls that are not closed in their line, and closers that close nothing', () => {
    expect(carriableText('tệp\u202Efdp.exe')).toEqual({ text: 'tệpfdp.exe', removed: ['U+202E'] });
    expect(carriableText('a\u202Bb\u202Cc')).toEqual({ text: 'a\u202Bb\u202Cc', removed: [] });
    expect(carriableText('a\u2067b\u202Ac\u2069d')).toEqual({ text: 'a\u2067bc\u2069d', removed: ['U+202A'] });
    expect(carriableText('\u2069a\u202C')).toEqual({ text: 'a', removed: ['U+2069', 'U+202C'] });
    expect(carriableText('a\u2066b\nc\u2069')).toEqual({ text: 'ab\nc', removed: ['U+2066', 'U+2069'] });
    // Marks (LRM, RLM, ALM) change no nesting and stay.
    expect(carriableText('a\u200Eb\u200Fc\u061C')).toEqual({ text: 'a\u200Eb\u200Fc\u061C', removed: [] });
  });

  it('normalises to NFC: decomposed Vietnamese (Unikey’s “Unicode tổ hợp”, macOS) becomes the precomposed form', () => {
    const decomposed = 'Cân đồng hồ lò xo tại chợ Thương'.normalize('NFD');
    expect(carriableText(decomposed)).toEqual({ text: 'Cân đồng hồ lò xo tại chợ Thương', removed: [] });
  });

  it('leaves markup-like and YAML-like text alone: escaping is each output’s job', () => {
    for (const text of [']]>', '</script>', '&amp; &#0; &bogus;', '2025-05-20', 'null', 'true', '0x1F', '~']) expect(carriableText(text)).toEqual({ text, removed: [] });
  });
});

describe('carriableData', () => {
  it('cleans every string of parsed content, naming the path of each field it changed', () => {
    const { data, removals } = carriableData({ title: 'a\vb', tasks: [{ code: 'I.1', title: 'x\u0008' }], count: 3, draft: false, none: null });
    expect(data).toEqual({ title: 'a b', tasks: [{ code: 'I.1', title: 'x' }], count: 3, draft: false, none: null });
    expect(removals).toEqual([
      { path: ['title'], removed: ['U+000B'] },
      { path: ['tasks', 0, 'title'], removed: ['U+0008'] },
    ]);
  });
});

describe('quoteForLog', () => {
  it('keeps a quoted value on one line, with controls, bidi controls and quotes escaped', () => {
    expect(quoteForLog('java\nscript')).toBe('"java\\u000ascript"');
    expect(quoteForLog('a"b\\c\u202Ed\r\u2028')).toBe('"a\\"b\\\\c\\u202ed\\u000d\\u2028"');
    expect(quoteForLog('đo lường')).toBe('"đo lường"');
  });
});

describe('readWallClock', () => {
  it('reads dates and Vietnam wall-clock times as written', () => {
    expect(readWallClock('2025-05-20')).toEqual({ date: '2025-05-20' });
    expect(readWallClock('2025-05-20T08:00')).toEqual({ date: '2025-05-20', time: '08:00' });
    expect(readWallClock('2025-05-20 08:00')).toEqual({ date: '2025-05-20', time: '08:00' });
    expect(readWallClock('2025-05-20T08:00:00')).toEqual({ date: '2025-05-20', time: '08:00' });
  });

  it('converts a time with an offset or Z to Vietnam time (Decap’s datetime widget writes UTC)', () => {
    expect(readWallClock('2027-05-21T08:00:00+07:00')).toEqual({ date: '2027-05-21', time: '08:00' });
    expect(readWallClock('2027-05-21T01:00:00.000Z')).toEqual({ date: '2027-05-21', time: '08:00' });
    expect(readWallClock('2027-05-20T20:30:00Z')).toEqual({ date: '2027-05-21', time: '03:30' });
    expect(readWallClock('2027-05-21T08:00-0500')).toEqual({ date: '2027-05-21', time: '20:00' });
  });

  it('refuses what it cannot read exactly, saying why', () => {
    expect(readWallClock('2025-02-30')).toEqual({ error: { kind: 'noSuchDay', date: '2025-02-30' } });
    expect(readWallClock('2025-05-20T24:00')).toEqual({ error: { kind: 'noSuchTime', time: '24:00' } });
    expect(readWallClock('2025-05-20T08:00:30')).toEqual({ error: { kind: 'seconds' } });
    expect(readWallClock('2025-05-20T08:00+15:00')).toEqual({ error: { kind: 'offset', offset: '+15:00' } });
    expect(readWallClock('20/05/2025')).toEqual({ error: { kind: 'format' } });
    // Each in the editor's words (src/lib/validation/messages.ts).
    const said = (text: string) => z.object({ start: wallClockField }).safeParse({ start: text }).error?.issues[0]?.message;
    expect(said('2025-02-30')).toBe('phải là một ngày có thật: không có ngày 2025-02-30');
    expect(said('2025-05-20T08:00:30')).toBe('chỉ ghi giờ đến phút (HH:mm), không ghi giây');
    expect(said('hôm nay')).toBe('phải là một ngày (2025-05-20) hoặc ngày và giờ (2025-05-20T08:00)');
  });
});
