import { describe, expect, it } from 'vitest';
import { attachment, attachmentsOf, formatFileSize } from '../../../src/lib/documents/attachments.ts';
import { documentFeedItem, issuedInstant } from '../../../src/lib/documents/feed.ts';
import { citedDocuments, documentCitation, documentReference, filterValues, registerOrder, type RegisterEntry } from '../../../src/lib/documents/register.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';

function doc(id: string, data: Partial<DocumentData>): RegisterEntry {
  return {
    id,
    data: { uid: `uid-${id}`, kind: 'quyet-dinh', number: '1', symbol: 'QĐ-X', issued: '2020-01-01', issuer: 'Cơ quan A', title: 'Trích yếu', files: [], relatedTasks: [], relatedNews: [], changes: [], draft: false, ...data },
  };
}

const kh409 = doc('409', { kind: 'ke-hoach', number: '409', symbol: 'KH-UBND', issued: '2021-08-30', issuer: 'UBND tỉnh Bắc Giang' });
const qd3807 = doc('3807', { number: '3807', symbol: 'QĐ-BKHCN', issued: '2019-12-18', issuer: 'Bộ Khoa học và Công nghệ' });
const kh2022 = doc('2022', { kind: 'ke-hoach', number: '', symbol: 'KH-KHCN', issued: '2022-02', issuer: 'Sở Khoa học và Công nghệ tỉnh Bắc Giang', status: 'con-hieu-luc' });

describe('citing documents', () => {
  it('writes the reference and the citation as Vietnamese documents do', () => {
    expect(documentReference(kh409.data)).toBe('409/KH-UBND');
    expect(documentReference(kh2022.data)).toBe('…/KH-KHCN');
    expect(documentCitation(kh409.data)).toBe('Kế hoạch số 409/KH-UBND ngày 30/08/2021');
    expect(documentCitation(kh2022.data)).toBe('Kế hoạch số …/KH-KHCN tháng 02/2022');
  });

  it('finds the register entries a text cites by number and symbol, never one without a number', () => {
    const text = 'Thực hiện Kế hoạch số 409/KH-UBND ngày 30/8/2021 của UBND tỉnh; theo quyết định 3807/QĐ-BKHCN; Kế hoạch /KH-KHCN';
    expect(citedDocuments(text, [kh409, qd3807, kh2022]).map((entry) => entry.id)).toEqual(['409', '3807']);
    expect(citedDocuments('Kế hoạch số 4090/KH-UBND', [kh409])).toEqual([]);
    // The same text typed in decomposed Unicode still matches "QĐ".
    expect(citedDocuments('quyết định 3807/QĐ-BKHCN'.normalize('NFD'), [qd3807]).map((entry) => entry.id)).toEqual(['3807']);
  });
});

describe('filter pages of the register', () => {
  const values = filterValues([qd3807, kh409, kh2022]);
  const of = (filter: string) => values.filter((value) => value.filter === filter).map((value) => [value.value, value.label, value.entries.map((entry) => entry.id)]);

  it('lists newest issued first', () => {
    expect(registerOrder([qd3807, kh409, kh2022]).map((entry) => entry.id)).toEqual(['2022', '409', '3807']);
  });

  it('gives every type, year, issuer and status that occurs a page of its documents', () => {
    expect(of('loai')).toEqual([['ke-hoach', 'Kế hoạch', ['2022', '409']], ['quyet-dinh', 'Quyết định', ['3807']]]);
    expect(of('nam')).toEqual([['2022', '2022', ['2022']], ['2021', '2021', ['409']], ['2019', '2019', ['3807']]]);
    expect(of('co-quan')).toEqual([
      ['bo-khoa-hoc-va-cong-nghe', 'Bộ Khoa học và Công nghệ', ['3807']],
      ['so-khoa-hoc-va-cong-nghe-tinh-bac-giang', 'Sở Khoa học và Công nghệ tỉnh Bắc Giang', ['2022']],
      ['ubnd-tinh-bac-giang', 'UBND tỉnh Bắc Giang', ['409']],
    ]);
    expect(of('tinh-trang')).toEqual([['chua-xac-dinh', 'Chưa xác định', ['409', '3807']], ['con-hieu-luc', 'Còn hiệu lực', ['2022']]]);
  });
});

describe('attachments', () => {
  it('states sizes with a decimal comma', () => {
    expect(formatFileSize(850)).toBe('850 B');
    expect(formatFileSize(12_698)).toBe('12,4 KB');
    expect(formatFileSize(1_258_291)).toBe('1,2 MB');
  });

  it('names the type from the extension and the title from the editor or the file', () => {
    expect(attachment({ file: '/tep/toan-van.PDF', title: 'Toàn văn' }, 2048)).toEqual({ url: '/tep/toan-van.PDF', title: 'Toàn văn', typeLabel: 'PDF', mime: 'application/pdf', bytes: 2048, sizeLabel: '2,0 KB' });
    expect(attachmentsOf([{ file: '/tep/phu-luc.docx' }], new Map([['/tep/phu-luc.docx', 100]]))[0]).toMatchObject({ title: 'phu-luc.docx', typeLabel: 'DOCX' });
    expect(() => attachment({ file: '/tep/anh.jpg' }, 1)).toThrow('/tep/anh.jpg: not a PDF, DOC or DOCX file');
  });
});

describe('a document as a feed item', () => {
  const site = new URL('https://dolb.example.test/');

  it('dates a seeded document from its issue, and carries metadata and files in its body', () => {
    expect(issuedInstant('2022-02')).toEqual(new Date('2022-02-01T00:00:00+07:00'));
    const item = documentFeedItem(kh409, [attachment({ file: '/tep/409.pdf', title: 'Toàn văn <bản ký>' }, 3000)], site);
    expect(item).toMatchObject({ id: 'uid-409', type: 'document', url: 'https://dolb.example.test/van-ban/409/', title: 'Kế hoạch số 409/KH-UBND ngày 30/08/2021', author: 'UBND tỉnh Bắc Giang', publishedAt: new Date('2021-08-30T00:00:00+07:00') });
    expect(item.updatedAt).toBeUndefined();
    expect(item.html).toContain('<a href="https://dolb.example.test/tep/409.pdf">Toàn văn &lt;bản ký&gt;</a> (PDF, 2,9 KB)');
    expect(item.text).toContain('Cơ quan ban hành');
  });

  it('dates a document published on the site from then, updated by its newest note', () => {
    const published = doc('moi', { publishedAt: new Date('2026-11-01T00:00:00+07:00'), changes: [{ date: new Date('2026-11-03T00:00:00+07:00'), note: 'Bổ sung tệp' }] });
    const item = documentFeedItem(published, [], site);
    expect(item.publishedAt).toEqual(new Date('2026-11-01T00:00:00+07:00'));
    expect(item.updatedAt).toEqual(new Date('2026-11-03T00:00:00+07:00'));
    expect(item.changes.map((change) => change.note)).toEqual(['Bổ sung tệp']);
  });
});
