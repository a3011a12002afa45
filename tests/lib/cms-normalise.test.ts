/** What the CMS stores (admin/app/normalise.ts, local-date.ts): the build's text boundary and wall-clock reader, before a save. */
import { describe, expect, it } from 'vitest';
import { normaliseEntry } from '../../admin/app/normalise.ts';
import { splitLocalDateTime } from '../../admin/app/local-date.ts';

const fields = [
  { name: 'title', widget: 'string' },
  { name: 'start', widget: 'local-datetime' },
  { name: 'publishedAt', widget: 'datetime' },
  { name: 'cover', widget: 'object', fields: [{ name: 'alt', widget: 'string' }] },
];

describe('normaliseEntry', () => {
  it('stores every text NFC without characters no output can carry, by the same function as the outputs', () => {
    const data = normaliseEntry(fields, { title: 'Cân đồng hồ\vlò xo'.normalize('NFD'), cover: { alt: 'Ảnh\u0008 chợ\u202E' }, body: 'Đoạn\u0000 một' });
    expect(data).toEqual({ title: 'Cân đồng hồ lò xo', cover: { alt: 'Ảnh chợ' }, body: 'Đoạn một' });
  });

  it('stores times as Vietnam wall-clock time whatever the widget or a hand edit gave', () => {
    expect(normaliseEntry(fields, { start: '2027-05-21T01:00:00.000Z', publishedAt: '2027-05-21T08:00:00+07:00' })).toEqual({ start: '2027-05-21T08:00', publishedAt: '2027-05-21T08:00' });
    expect(normaliseEntry(fields, { start: '2027-05-21 08:00', publishedAt: '2027-05-21' })).toEqual({ start: '2027-05-21T08:00', publishedAt: '2027-05-21' });
  });

  it('leaves what it cannot read for validation to refuse, never shifted', () => {
    expect(normaliseEntry(fields, { start: '2027-05-21T08:00:30', publishedAt: '21/05/2027' })).toEqual({ start: '2027-05-21T08:00:30', publishedAt: '21/05/2027' });
  });
});

describe('splitLocalDateTime', () => {
  it('shows a time written with an offset or Z as its Vietnam time', () => {
    expect(splitLocalDateTime('2027-05-21T01:00:00.000Z')).toEqual({ date: '2027-05-21', time: '08:00' });
    expect(splitLocalDateTime('2027-05-21T08:00:00+07:00')).toEqual({ date: '2027-05-21', time: '08:00' });
  });
});
