/**
 * Image credits. Every output prints a credit as "Ảnh: {credit}" (pages, RSS,
 * and the API's documented use), so the stored credit is the name alone: an
 * editor who types the label too ("Ảnh: Chi cục TĐC") would otherwise be
 * printed as "Ảnh: Ảnh: Chi cục TĐC".
 */

/** Leading "Ảnh:" / "Ảnh -" / "Nguồn ảnh:" (any case, any spacing) an editor may type before the name. */
const TYPED_LABEL = /^\s*(?:nguồn\s+)?ảnh\s*[:\-–]\s*/iu;

/** The credit without a typed "Ảnh:" label and surrounding spaces: "Ảnh: Chi cục TĐC" → "Chi cục TĐC". Input NFC. */
export function creditName(credit: string): string {
  return credit.replace(TYPED_LABEL, '').trim();
}
