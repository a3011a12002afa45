import { describe, expect, it } from 'vitest';
import { validateDocument, validateQuestion, type RegisterIndex } from '../../../src/lib/validation/documents.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { QuestionData } from '../../../src/schemas/question.ts';
import type { CivilDate } from '../../../src/lib/dates.ts';

const index: RegisterIndex = {
  planTasks: new Map([['2022', new Set(['II.3.c'])]]),
  tagIds: new Set(),
  eventIds: new Set(),
  documentIds: new Set(['409-kh-ubnd-2021', 'qd-cu']),
  newsIds: new Set(['tin-a']),
  attachments: new Set(['/tep/toan-van.pdf']),
};

const document = (data: Partial<DocumentData>) => ({
  id: 'qd-cu',
  file: 'content/van-ban/qd-cu.yaml',
  data: { uid: 'uid-qd-cu', kind: 'quyet-dinh' as const, number: '1', symbol: 'QĐ-X', issued: '2020-01-01', issuer: 'A', title: 'B', files: [], relatedTasks: [], relatedNews: [], changes: [], draft: false, ...data },
});

const question = (data: Partial<QuestionData>) => ({
  id: 'cau-hoi',
  file: 'content/hoi-dap/cau-hoi.yaml',
  data: { title: 'Hỏi', question: 'Hỏi?', askedAt: '2026-11-02' as CivilDate, answeredAt: '2026-11-05' as CivilDate, answer: 'Đáp.', relatedDocuments: [], relatedTasks: [], changes: [], draft: false, ...data },
});

describe('validateDocument', () => {
  it('accepts a document whose references all exist', () => {
    expect(validateDocument(document({ status: 'bi-thay-the', replacedBy: '409-kh-ubnd-2021', plan: '2022', relatedNews: ['tin-a'], files: [{ file: '/tep/toan-van.pdf' }] }), index)).toEqual([]);
  });

  it('names the file and field of each broken reference', () => {
    expect(validateDocument(document({ replacedBy: 'khong-co', plan: '2030', relatedNews: ['tin-b'], files: [{ file: '/tep/thieu.pdf' }] }), index)).toEqual([
      { file: 'content/van-ban/qd-cu.yaml', field: 'replacedBy', message: 'chỉ điền khi tình trạng hiệu lực là "Bị thay thế"' },
      { file: 'content/van-ban/qd-cu.yaml', field: 'replacedBy', message: 'không có văn bản "khong-co" trong danh mục văn bản' },
      { file: 'content/van-ban/qd-cu.yaml', field: 'plan', message: 'không có kế hoạch "2030"' },
      { file: 'content/van-ban/qd-cu.yaml', field: 'relatedNews[0]', message: 'không có tin "tin-b"' },
      { file: 'content/van-ban/qd-cu.yaml', field: 'files[0].file', message: 'không có tệp "/tep/thieu.pdf": hãy tải tệp lên lại' },
    ]);
  });

  it('leaves attachments to the save when their files are not known (the CMS)', () => {
    expect(validateDocument(document({ files: [{ file: '/tep/moi-tai-len.pdf' }] }), { ...index, attachments: undefined })).toEqual([]);
  });

  it('refuses a document replaced by itself', () => {
    expect(validateDocument(document({ status: 'bi-thay-the', replacedBy: 'qd-cu' }), index)).toEqual([{ file: 'content/van-ban/qd-cu.yaml', field: 'replacedBy', message: 'không thể là chính văn bản này' }]);
  });
});

describe('validateQuestion', () => {
  it('accepts an answered question with existing references', () => {
    expect(validateQuestion(question({ relatedDocuments: ['409-kh-ubnd-2021'], relatedTasks: [{ plan: '2022', task: 'II.3.c' }] }), index)).toEqual([]);
  });

  it('refuses an answer before the question, unknown documents and tasks', () => {
    expect(validateQuestion(question({ answeredAt: '2026-11-01' as CivilDate, relatedDocuments: ['khong-co'], relatedTasks: [{ plan: '2022', task: 'II.9' }] }), index)).toEqual([
      { file: 'content/hoi-dap/cau-hoi.yaml', field: 'answeredAt', message: 'ngày trả lời 01/11/2026 trước ngày hỏi 02/11/2026' },
      { file: 'content/hoi-dap/cau-hoi.yaml', field: 'relatedDocuments[0]', message: 'không có văn bản "khong-co" trong danh mục văn bản' },
      { file: 'content/hoi-dap/cau-hoi.yaml', field: 'relatedTasks[0].task', message: 'kế hoạch 2022 không có nhiệm vụ "II.9"' },
    ]);
  });
});
