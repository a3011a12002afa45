/**
 * The programme (Đề án 996 in the province, carried out by the provincial
 * plan 409/KH-UBND) across its yearly plans: one row per plan, by year, with
 * the figures that compare years. A plan belongs to the programme named by its
 * first legal basis, as the plan document itself states it.
 */
import type { PlanData } from '../../schemas/plan.ts';
import type { Entry } from './counting.ts';
import type { PlanProgress, Totals } from './progress.ts';

export interface ProgrammeYear {
  plan: string;
  year: number;
  shortTitle: string;
  totals: Totals;
}

export interface Programme {
  /** The document the yearly plans carry out, as their first legal basis words it. */
  basis: string;
  years: ProgrammeYear[];
}

/** Plans grouped by the programme they carry out, each programme's years in order. */
export function programmes(plans: readonly { plan: Entry<PlanData>; progress: PlanProgress }[]): Programme[] {
  const byBasis = new Map<string, ProgrammeYear[]>();
  for (const { plan, progress } of plans) {
    const basis = plan.data.legalBases[0] ?? '';
    const year = Number(plan.data.period.start.slice(0, 4));
    byBasis.set(basis, [...(byBasis.get(basis) ?? []), { plan: plan.id, year, shortTitle: plan.data.shortTitle, totals: progress.totals }]);
  }
  return [...byBasis].map(([basis, years]) => ({ basis, years: years.sort((a, b) => a.year - b.year || a.plan.localeCompare(b.plan)) }));
}
