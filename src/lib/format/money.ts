/**
 * Money as Vietnamese readers expect it: "." groups thousands, "," marks decimals.
 * The plan's budgets are kept in millions of đồng (triệu đồng), as in its appendix.
 */
const groupedNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/** 1977 → "1.977"; 0.5 → "0,5". */
export function formatNumber(value: number): string {
  return groupedNumber.format(value);
}

/** 1977 → "1.977 triệu đồng". */
export function formatMillionVnd(millions: number): string {
  return `${formatNumber(millions)} triệu đồng`;
}

/** 466000000 → "466.000.000 đồng". */
export function formatVnd(dong: number): string {
  return `${formatNumber(dong)} đồng`;
}

/** Millions of đồng to đồng, exact for the three decimals the plan may use. */
export function millionsToDong(millions: number): bigint {
  return BigInt(Math.round(millions * 1_000)) * 1_000n;
}
