/**
 * What an editor is told after CI builds their change (issue 11, Deliver 6):
 * the content problems the build printed, as a Vietnamese page they can read
 * and a one-line commit status the CMS shows next to the entry. Pure: CI
 * passes the build's log in (scripts/deploy/ci-build.ts).
 */

/** The build names a problem as "path/to/file.md: field message" (src/lib/validation/), one per line, sometimes as a "- " list item. */
const PROBLEM_LINE = /^\s*(?:- )?((?:\S+\/)?[^\s/]+\.(?:md|mdx|ya?ml|json|csv): \S.*)$/;

/** Strips terminal colours, which CI logs may carry. */
const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '');

/** Every content problem in a build log, in order, each once. */
export function buildProblems(log: string): string[] {
  return [...new Set(log.split('\n').flatMap((line) => PROBLEM_LINE.exec(plain(line))?.[1]?.trim() ?? []))];
}

export type BuildOutcome =
  | { ok: true; siteUrl: string }
  | { ok: false; problems: string[]; logUrl?: string };

/** GitHub and Forgejo cut a commit status's description at 140 characters. */
export const STATUS_DESCRIPTION_LIMIT = 140;

/** The commit status line Decap's editorial workflow shows beside the entry. */
export function statusDescription(outcome: BuildOutcome): string {
  if (outcome.ok) return 'Đã xây dựng trang web: thay đổi đã lên trang (hoặc sẵn sàng để đăng).';
  const count = outcome.problems.length;
  const text =
    count === 0
      ? 'Không xây dựng được trang web (lỗi kỹ thuật, không do nội dung): báo quản trị viên.'
      : `Không xây dựng được trang web: ${count} lỗi nội dung. Bấm “Chi tiết” để xem cần sửa gì. Lỗi đầu: ${outcome.problems[0]}`;
  return text.length <= STATUS_DESCRIPTION_LIMIT ? text : `${text.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`;
}

/** The page behind the status's link (job summary, artifact): Markdown in Vietnamese. */
export function editorReport(outcome: BuildOutcome): string {
  if (outcome.ok) return `# Trang web đã được xây dựng\n\nMọi kiểm tra đều đạt. Địa chỉ: ${outcome.siteUrl}\n`;
  if (outcome.problems.length === 0) {
    return [
      '# Không xây dựng được trang web',
      '',
      'Lỗi không nằm ở nội dung bạn viết (ví dụ: máy chủ xây dựng, mạng). Trang web vẫn giữ bản cũ.',
      'Hãy báo quản trị viên kỹ thuật, kèm đường dẫn của trang này.',
      ...(outcome.logUrl ? ['', `Nhật ký đầy đủ: ${outcome.logUrl}`] : []),
      '',
    ].join('\n');
  }
  return [
    '# Không xây dựng được trang web',
    '',
    `Trang web vẫn giữ bản cũ: thay đổi chưa được đăng. Có ${outcome.problems.length} lỗi cần sửa trong trang quản trị (/admin/). Mỗi dòng ghi tệp, trường và lỗi:`,
    '',
    ...outcome.problems.map((problem) => `- \`${problem}\``),
    '',
    'Sửa xong, lưu lại: trang web được xây dựng lại tự động.',
    ...(outcome.logUrl ? ['', `Nhật ký đầy đủ: ${outcome.logUrl}`] : []),
    '',
  ].join('\n');
}
