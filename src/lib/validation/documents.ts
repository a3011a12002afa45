/**
 * Cross-file rules of the documents register and the Q&A: what an entry names
 * must exist (the replacing document, the plan, news items, attached files;
 * plan tasks and uids are checked with every other type by references.ts), a
 * replacement goes with the status "bị thay thế", and an answer cannot come
 * before its question. Messages come from the one catalogue (messages.ts).
 */
import type { DocumentData } from '../../schemas/document.ts';
import type { QuestionData } from '../../schemas/question.ts';
import { MESSAGES } from './messages.ts';
import type { Problem } from './problem.ts';
import { taskRefProblems, type ContentFile, type ReferenceIndex } from './references.ts';

export interface RegisterIndex extends ReferenceIndex {
  documentIds: ReadonlySet<string>;
  newsIds: ReadonlySet<string>;
  /**
   * Site paths of the attachments that exist ("/tep/x.pdf"); unknown (undefined)
   * in the CMS, where the file is uploaded with the save itself.
   */
  attachments?: ReadonlySet<string> | undefined;
}

export function validateDocument({ id, file, data }: ContentFile<DocumentData>, index: RegisterIndex): Problem[] {
  const problems: Problem[] = [];
  if (data.replacedBy !== undefined) {
    if (data.status !== 'bi-thay-the') problems.push({ file, field: 'replacedBy', message: MESSAGES.replacedWithoutStatus });
    if (data.replacedBy === id) problems.push({ file, field: 'replacedBy', message: MESSAGES.replacedBySelf });
    else if (!index.documentIds.has(data.replacedBy)) problems.push({ file, field: 'replacedBy', message: MESSAGES.notADocument(data.replacedBy) });
  }
  if (data.plan !== undefined && !index.planTasks.has(data.plan)) problems.push({ file, field: 'plan', message: MESSAGES.notAPlan(data.plan) });
  data.relatedNews.forEach((news, i) => {
    if (!index.newsIds.has(news)) problems.push({ file, field: `relatedNews[${i}]`, message: MESSAGES.notANews(news) });
  });
  data.files.forEach((attachment, i) => {
    if (index.attachments && !index.attachments.has(attachment.file)) problems.push({ file, field: `files[${i}].file`, message: MESSAGES.notAnAttachment(attachment.file) });
  });
  return problems;
}

export function validateQuestion({ file, data }: ContentFile<QuestionData>, index: RegisterIndex): Problem[] {
  const problems: Problem[] = [];
  if (data.answeredAt < data.askedAt) problems.push({ file, field: 'answeredAt', message: MESSAGES.answerBeforeQuestion(data.answeredAt, data.askedAt) });
  data.relatedDocuments.forEach((document, i) => {
    if (!index.documentIds.has(document)) problems.push({ file, field: `relatedDocuments[${i}]`, message: MESSAGES.notADocument(document) });
  });
  problems.push(...taskRefProblems(data.relatedTasks, index, file));
  return problems;
}
