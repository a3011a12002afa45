/**
 * The appendix table as rows, in the order and with the markers the printed
 * appendix uses: a row per section, then its lines depth first.
 */
import type { ProductData } from '../../schemas/plan.ts';
import { formatNumber } from '../format/money.ts';
import { flattenLines, lineMarker, type PlanSectionTree } from './tree.ts';

export interface AppendixRow {
  kind: 'section' | 'line';
  code: string;
  /** The "TT" column. */
  marker: string;
  title: string;
  timeframe: string;
  products: string;
  /** Millions of đồng; undefined where the appendix leaves the cell empty. */
  budget: number | undefined;
  note: string;
  /** 0 for sections, 1 for "I.1", 2 for "II.3.c"… */
  depth: number;
}

/** "1 chuyên trang, 6 tin bài". */
export function formatProducts(products: readonly ProductData[]): string {
  return products.map((p) => `${formatNumber(p.quantity)} ${p.unit}`).join(', ');
}

export function appendixRows(tree: readonly PlanSectionTree[]): AppendixRow[] {
  return tree.flatMap((section): AppendixRow[] => [
    {
      kind: 'section',
      code: section.section.code,
      marker: section.section.code,
      title: section.section.title,
      timeframe: '',
      products: '',
      budget: section.section.budget ?? section.budget,
      note: '',
      depth: 0,
    },
    ...flattenLines(section.lines).map((line): AppendixRow => ({
      kind: 'line',
      code: line.task.code,
      marker: lineMarker(line.task),
      title: line.task.title,
      timeframe: line.task.timeframe ?? '',
      products: formatProducts(line.task.products),
      budget: line.task.budget,
      note: line.task.note ?? '',
      depth: line.depth,
    })),
  ]);
}
