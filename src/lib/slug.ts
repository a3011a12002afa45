/**
 * URL slugs from Vietnamese titles: diacritics removed, đ → d, lowercase,
 * words joined by "-". Stable: the same title always gives the same slug.
 */
export function slugify(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file name as the site stores an upload: "Hội nghị đo lường.JPG" →
 * "hoi-nghi-do-luong.jpg", the NFC form of the name through slugify, the
 * extension kept in lower case; "-2", "-3"… added while the name is one of
 * `taken` (compared in lower case, as Decap compares upload names).
 */
export function slugFileName(name: string, taken: Iterable<string> = []): string {
  const composed = name.normalize('NFC');
  const dot = composed.lastIndexOf('.');
  const stem = slugify(dot > 0 ? composed.slice(0, dot) : composed) || 'tep';
  const extension = dot > 0 ? slugify(composed.slice(dot + 1)) : '';
  const used = new Set([...taken].map((item) => item.toLowerCase()));
  const named = (suffix: string) => `${stem}${suffix}${extension ? `.${extension}` : ''}`;
  let candidate = named('');
  for (let number = 2; used.has(candidate); number++) candidate = named(`-${number}`);
  return candidate;
}
