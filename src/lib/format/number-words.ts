/**
 * Amounts in Vietnamese words, as official documents print them under a total
 * ("Viết bằng chữ: Một tỷ chín trăm bảy mươi bảy triệu đồng").
 *
 * Rules of spoken Vietnamese numerals:
 * - 0 in the tens after a hundreds digit reads "linh" (or "lẻ"): 105 → "một trăm linh năm";
 * - 1 in the units after 2..9 tens reads "mốt": 21 → "hai mươi mốt" (but 11 → "mười một");
 * - 4 in the units after 2..9 tens reads "tư": 24 → "hai mươi tư";
 * - 5 in the units after any tens reads "lăm": 15 → "mười lăm", 25 → "hai mươi lăm";
 * - a group of three that is not the leading one is read in full, so 1.005 →
 *   "một nghìn không trăm linh năm"; groups that are all zero are skipped.
 */
import { millionsToDong } from './money.ts';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

export interface WordOptions {
  /** Word for a zero tens digit between hundreds and units: "linh" (northern, default) or "lẻ". */
  zeroTens?: 'linh' | 'lẻ';
}

function digit(d: number): string {
  const word = DIGITS[d];
  if (word === undefined) throw new RangeError(`not a digit: ${d}`);
  return word;
}

/** Reads 0..999; `full` reads the hundreds even when they are zero (non-leading group). */
function readGroup(n: number, full: boolean, options: Required<WordOptions>): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  const hasHundreds = full || hundreds > 0;
  if (hasHundreds) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0) {
      if (hasHundreds) words.push(options.zeroTens);
      words.push(digit(units));
    }
  } else if (tens === 1) {
    words.push('mười');
    if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
  } else {
    words.push(digit(tens), 'mươi');
    if (units === 1) words.push('mốt');
    else if (units === 4) words.push('tư');
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
  }
  return words;
}

const GROUP_NAMES = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000n;

/** Reads 0 < n < 10^9; `full` as in readGroup for the leading group. */
function readBelowBillion(n: bigint, full: boolean, options: Required<WordOptions>): string[] {
  const groups = [Number(n / 1_000_000n), Number((n / 1_000n) % 1_000n), Number(n % 1_000n)];
  const words: string[] = [];
  let leading = !full;
  groups.forEach((group, index) => {
    if (group === 0) return;
    words.push(...readGroup(group, !leading, options));
    const name = GROUP_NAMES[2 - index];
    if (name) words.push(name);
    leading = false;
  });
  return words;
}

function readNonNegative(n: bigint, full: boolean, options: Required<WordOptions>): string[] {
  if (n < BILLION) return readBelowBillion(n, full, options);
  const billions = n / BILLION;
  const rest = n % BILLION;
  const words = [...readNonNegative(billions, full, options), 'tỷ'];
  if (rest > 0n) words.push(...readBelowBillion(rest, true, options));
  return words;
}

/** 1977 → "một nghìn chín trăm bảy mươi bảy". Whole numbers only. */
export function numberInWords(value: number | bigint, options: WordOptions = {}): string {
  const resolved: Required<WordOptions> = { zeroTens: options.zeroTens ?? 'linh' };
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`numberInWords takes whole numbers, got ${value}`);
  }
  const n = BigInt(value);
  if (n === 0n) return 'không';
  if (n < 0n) return `âm ${readNonNegative(-n, false, resolved).join(' ')}`;
  return readNonNegative(n, false, resolved).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** An amount in đồng as printed under a total: 1977000000 → "Một tỷ chín trăm bảy mươi bảy triệu đồng". */
export function dongInWords(dong: number | bigint, options: WordOptions = {}): string {
  return `${capitalise(numberInWords(dong, options))} đồng`;
}

/** The plan's budgets are in millions: 1977 → "Một tỷ chín trăm bảy mươi bảy triệu đồng". */
export function millionVndInWords(millions: number, options: WordOptions = {}): string {
  return dongInWords(millionsToDong(millions), options);
}
