/**
 * The pictures other sites show for ours: a JPEG of each cover sized for
 * sharing (the feed enclosure and og:image link this exact file, so its byte
 * length is known when the feed is written), and a default card drawn from an
 * SVG for pages without a picture. What they are and where they live; sharp
 * makes the files in src/data/share-images.ts.
 */

/** Open Graph's recommended card size (1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;
/** Covers are scaled down to this width at most, keeping their proportions. */
export const COVER_MAX_WIDTH = 1200;

export const sharePaths = {
  cover: (uid: string) => `/anh/chia-se/${uid}.jpg`,
  defaultCard: () => '/anh/chia-se/mac-dinh.png',
};

function escapeSvgText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The default card as SVG: site name, tagline and owner on the site's blue. */
export function defaultCardSvg(siteName: string, tagline: string, organisation: string): string {
  const font = "font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\"";
  // Line lengths fit 1040 px of DejaVu Sans at these sizes.
  const nameLines = wrapWords(siteName, 22).slice(0, 2);
  const taglineTop = 200 + nameLines.length * 90;
  const taglineLines = wrapWords(tagline, 42).slice(0, nameLines.length > 1 ? 2 : 3);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="100%" height="100%" fill="#0a4a86"/>`,
    `<rect x="0" y="${CARD.height - 24}" width="100%" height="24" fill="#e8b33a"/>`,
    ...nameLines.map((line, i) => `<text x="80" y="${200 + i * 90}" ${font} font-size="76" font-weight="bold" fill="#ffffff">${escapeSvgText(line)}</text>`),
    ...taglineLines.map((line, i) => `<text x="80" y="${taglineTop + i * 52}" ${font} font-size="40" fill="#dbe8f5">${escapeSvgText(line)}</text>`),
    `<text x="80" y="${CARD.height - 70}" ${font} font-size="30" fill="#ffffff">${escapeSvgText(organisation)}</text>`,
    `</svg>`,
  ].join('');
}
