/**
 * Every message a content problem can carry, in Vietnamese an editor can act
 * on: the schemas' own checks (src/schemas/ import these), the zod failures
 * they leave unnamed (viErrorMap), and the cross-file rules of validateSite.
 * The build prints "file: field message"; the CMS shows the message at the
 * field, first letter capitalised (sentence()). Messages start in lower case
 * for that reason, except where they begin with a name.
 */
import { formatDate } from '../format/date.ts';
import { formatMillionVnd, formatNumber } from '../format/money.ts';
import type { CivilDate } from '../dates.ts';

/** "2025-05-20" → "20/05/2025"; "2025-05-20T08:00" → "08:00 20/05/2025"; "2022-02" → "02/2022". */
export function readableWhen(value: string): string {
  const [day = '', time] = value.split('T');
  if (/^\d{4}-\d{2}$/.test(day)) return `${day.slice(5)}/${day.slice(0, 4)}`;
  return time ? `${time} ${formatDate(day as CivilDate)}` : formatDate(day as CivilDate);
}

const money = formatMillionVnd;

export const MESSAGES = {
  // What the schemas say (src/schemas/).
  required: 'bắt buộc phải điền',
  notEmpty: 'không được để trống',
  tooLong: (max: number) => `dài quá ${formatNumber(max)} ký tự`,
  notNegative: 'không được là số âm',
  wholeNumber: 'phải là số nguyên',
  number: 'phải là một số',
  budget: 'phải là một số (đơn vị: triệu đồng)',
  oneOf: (values: readonly string[]) => `phải là một trong: ${values.join(', ')}`,
  civilDate: 'phải là một ngày có thật, dạng năm-tháng-ngày (ví dụ 2025-05-20)',
  month: 'phải là một tháng, dạng năm-tháng (ví dụ 2022-02)',
  dateOrMonth: 'phải là một ngày (2022-02-15) hoặc một tháng (2022-02)',
  dateTime: 'phải là một ngày (2025-05-20) hoặc ngày và giờ (2025-05-20T08:00)',
  instant: 'phải là một ngày giờ có thật',
  uid: 'phải gồm 6–64 ký tự: chữ thường không dấu, chữ số và dấu "-"',
  altText: 'ảnh cần có mô tả (ảnh thể hiện gì)',
  taskCode: 'phải là mã mục như "I.1" hoặc "II.3.c"',
  sectionCode: 'phải là số La Mã như "II"',
  atLeastOne: (what: string) => `cần ít nhất một ${what}`,
  overrideExplanation: 'cần giải thích vì sao điều chỉnh số liệu',
  urlOrPath: 'phải là địa chỉ đầy đủ (https://…) hoặc đường dẫn trong trang, bắt đầu bằng "/"',
  url: 'phải là địa chỉ đầy đủ (https://…)',
  email: 'phải là địa chỉ email hợp lệ',
  invalid: 'không hợp lệ',
  unknownField: (keys: readonly string[]) => `có trường không được biết: ${keys.join(', ')}`,
  wrongType: (expected: string) => `phải là ${TYPE_WORDS[expected] ?? expected}`,

  // Plans (validatePlan).
  duplicateCode: (code: string) => `mã "${code}" xuất hiện hai lần`,
  codeWithoutSection: (code: string) => `mã "${code}" phải bắt đầu bằng mã phần, ví dụ "I.1"`,
  codeWithoutParent: (code: string, parent: string) =>
    `mã "${code}" nằm dưới "${parent}", nhưng kế hoạch không có ${parent.includes('.') ? 'mục' : 'phần'} "${parent}"`,
  lineSum: (code: string, stated: number, sum: number) => `kinh phí mục ${code} là ${money(stated)} nhưng các dòng con cộng lại ${money(sum)}`,
  sectionSum: (code: string, stated: number, sum: number) => `kinh phí phần ${code} là ${money(stated)} nhưng các mục trong phần cộng lại ${money(sum)}`,
  planTotal: (stated: number, sum: number) => `tổng kinh phí là ${money(stated)} nhưng các phần cộng lại ${money(sum)}`,
  totalInWords: (written: string, total: number, words: string) => `ghi "${written}" nhưng ${money(total)} viết bằng chữ là "${words}"`,
  periodEnd: (end: string, start: string) => `tháng kết thúc ${readableWhen(end)} trước tháng bắt đầu ${readableWhen(start)}`,

  // Events (validateEvent).
  allDayWithTime: 'có giờ nhưng sự kiện đang bật "Cả ngày": bỏ giờ, hoặc tắt "Cả ngày"',
  timedWithoutTime: 'cần có giờ (ví dụ 2025-05-20T08:00) vì sự kiện không bật "Cả ngày"',
  endTimeMismatch: 'phải có giờ khi thời gian bắt đầu có giờ, và không có giờ khi thời gian bắt đầu không có',
  endBeforeStart: (end: string, start: string) => `kết thúc lúc ${readableWhen(end)}, trước khi bắt đầu (${readableWhen(start)})`,
  yearlyNotAllDay: 'sự kiện lặp lại hằng năm phải bật "Cả ngày"',
  sequenceWithoutUpdate: (sequence: number) => `chưa có: sự kiện đã đổi lịch ${sequence} lần, hãy ghi thời điểm thay đổi gần nhất`,

  // References (validateReferences, progress).
  notATag: (id: string) => `không có thẻ "${id}"`,
  notAnEvent: (id: string) => `không có sự kiện "${id}"`,
  notANews: (id: string) => `không có tin "${id}"`,
  notAnArticle: (id: string) => `không có bài viết "${id}"`,
  notAPlan: (id: string) => `không có kế hoạch "${id}"`,
  notATask: (task: string, plan: string) => `kế hoạch ${plan} không có nhiệm vụ "${task}"`,
  notAMarket: (id: string) => `không có chợ "${id}"`,
  uidTaken: (uid: string, owner: string) => `mã định danh "${uid}" đã được dùng cho ${owner}`,

  // Progress updates, markets, verification sessions (validation/progress.ts).
  taskHasSubLines: (task: string, children: readonly string[]) => `nhiệm vụ "${task}" có các dòng con: hãy báo cáo cho một dòng con (${children.join(', ')})`,
  outsidePeriod: (date: string, start: string, end: string) =>
    `ngày ${readableWhen(date)} nằm ngoài thời gian thực hiện kế hoạch (${readableWhen(start)} – ${readableWhen(end)})`,
  notAProduct: (unit: string, task: string, units: readonly string[]) =>
    `"${unit}" không phải sản phẩm của nhiệm vụ ${task} (sản phẩm của nhiệm vụ: ${units.join(', ') || 'không có'})`,
  countedFromContent: (unit: string, source: string) =>
    `"${unit}" được đếm tự động từ ${source} gắn với nhiệm vụ, nên bản cập nhật không cộng thêm được: hãy sửa số bằng phần "Điều chỉnh số liệu" kèm lời giải thích`,
  addedAndOverridden: (unit: string) => `"${unit}" vừa được cộng thêm vừa được điều chỉnh trong bản này: chỉ giữ phần điều chỉnh`,
  aboveTarget: (unit: string, total: number, target: number) =>
    `đưa "${unit}" lên ${formatNumber(total)}, vượt chỉ tiêu ${formatNumber(target)}: hãy giải thích ở phần ghi chú`,
  aboveBudget: (task: string, spent: number, budget: number) =>
    `đưa số tiền đã giải ngân cho nhiệm vụ ${task} lên ${money(spent)}, vượt kinh phí ${money(budget)}: hãy giải thích ở phần ghi chú`,
  noMarketProduct: (task: string) => `nhiệm vụ "${task}" không có sản phẩm đếm theo chợ đã kiểm định`,
  instrumentTwice: (instrument: string) => `"${instrument}" xuất hiện hai lần trong đợt kiểm định này`,
  resultsDoNotAddUp: (passed: number, failed: number, verified: number) =>
    `đạt (${formatNumber(passed)}) và không đạt (${formatNumber(failed)}) cộng lại ${formatNumber(passed + failed)}, khác số đã kiểm định (${formatNumber(verified)})`,
  areaWithoutLetters: (area: string) => `"${area}" cần có chữ hoặc số`,
  areaSpelling: (area: string, first: string, file: string) => `"${area}" đã được viết là "${first}" ở ${file}: hãy dùng một cách viết`,

  // Documents register and Q&A (validation/documents.ts).
  attachmentFile: 'phải là tệp PDF, DOC hoặc DOCX đã tải lên (/tep/…)',
  notADocument: (id: string) => `không có văn bản "${id}" trong danh mục văn bản`,
  notAnAttachment: (path: string) => `không có tệp "${path}": hãy tải tệp lên lại`,
  replacedWithoutStatus: 'chỉ điền khi tình trạng hiệu lực là "Bị thay thế"',
  replacedBySelf: 'không thể là chính văn bản này',
  answerBeforeQuestion: (answered: string, asked: string) => `ngày trả lời ${readableWhen(answered)} trước ngày hỏi ${readableWhen(asked)}`,

  // Whole files (the build's loaders, site settings).
  settingsMissing: 'chưa có: trang web cần tệp cài đặt này',
  notValidYaml: (reason: string) => `không đọc được (sai cú pháp YAML): ${reason}`,
  sameFileId: (id: string, first: string) => `trùng mã "${id}" với ${first}: mã lấy từ tên tệp, hãy đổi tên một trong hai tệp`,
  sameSlug: (id: string, first: string) => `"${id}" đã là mã của ${first}: hãy đặt slug khác cho mục này`,

  // Dates and times as written (readWallClock, src/lib/dates.ts).
  noSuchDay: (date: string) => `phải là một ngày có thật: không có ngày ${date}`,
  noSuchTime: (time: string) => `có giờ ${time} không có thật (giờ từ 00:00 đến 23:59)`,
  toTheMinute: 'chỉ ghi giờ đến phút (HH:mm), không ghi giây',
  noSuchOffset: (offset: string) => `có múi giờ ${offset}, không múi giờ nào như vậy`,
} as const;

const TYPE_WORDS: Record<string, string> = {
  string: 'văn bản',
  number: 'một số',
  int: 'số nguyên',
  boolean: 'có hoặc không',
  array: 'một danh sách',
  object: 'một nhóm trường',
  date: 'một ngày có thật',
};

/** A message as a sentence on its own (at a CMS field): first letter capitalised. */
export function sentence(message: string): string {
  return message.charAt(0).toLocaleUpperCase('vi') + message.slice(1);
}
