/**
 * The appendix as a tree. Codes carry the structure: "II.3.c" sits under
 * "II.3", which sits under section "II". Amounts are millions of đồng.
 */
import type { PlanData, SectionData, TaskData } from '../../schemas/plan.ts';

export interface PlanLine {
  task: TaskData;
  /** Lines directly under this one, in file order. */
  children: PlanLine[];
  /** Stated budget, or else the sum of the children's budgets (undefined when neither exists). */
  budget: number | undefined;
  /** Nesting level below the section: 1 for "I.1", 2 for "II.3.c". */
  depth: number;
}

export interface PlanSectionTree {
  section: SectionData;
  lines: PlanLine[];
  /** Stated section total, or else the sum of its lines. */
  budget: number;
}

/** "II.3.c" → "II.3"; "II.3" → "II" (a section); "II" → undefined. */
export function parentCode(code: string): string | undefined {
  const cut = code.lastIndexOf('.');
  return cut === -1 ? undefined : code.slice(0, cut);
}

export function sectionCode(code: string): string {
  return code.split('.')[0] ?? code;
}

/** What the "TT" column prints: the marker if given, else "1" for "I.1" and "a)" for "II.3.a". */
export function lineMarker(task: TaskData): string {
  if (task.marker !== undefined) return task.marker;
  const last = task.code.split('.').at(-1) ?? '';
  return /^[a-z]$/.test(last) ? `${last})` : last;
}

/** Adds money without floating-point drift (budgets have at most three decimals). */
export function sumMillions(values: readonly number[]): number {
  return values.reduce((total, value) => total + Math.round(value * 1_000), 0) / 1_000;
}

function buildLine(task: TaskData, byParent: Map<string, TaskData[]>): PlanLine {
  const children = (byParent.get(task.code) ?? []).map((child) => buildLine(child, byParent));
  const childBudgets = children.map((child) => child.budget).filter((b): b is number => b !== undefined);
  const budget = task.budget ?? (childBudgets.length > 0 ? sumMillions(childBudgets) : undefined);
  return { task, children, budget, depth: task.code.split('.').length - 1 };
}

/** Groups a plan's flat task list into sections and nested lines. */
export function planTree(plan: Pick<PlanData, 'sections' | 'tasks'>): PlanSectionTree[] {
  const byParent = new Map<string, TaskData[]>();
  for (const task of plan.tasks) {
    const parent = parentCode(task.code) ?? '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), task]);
  }
  return plan.sections.map((section) => {
    const lines = (byParent.get(section.code) ?? []).map((task) => buildLine(task, byParent));
    const budget = section.budget ?? sumMillions(lines.map((line) => line.budget ?? 0));
    return { section, lines, budget };
  });
}

/** The plan total computed from its sections. */
export function planBudget(tree: readonly PlanSectionTree[]): number {
  return sumMillions(tree.map((section) => section.budget));
}

/** Every line of the tree, depth first, in appendix order. */
export function flattenLines(lines: readonly PlanLine[]): PlanLine[] {
  return lines.flatMap((line) => [line, ...flattenLines(line.children)]);
}

/** Lines that carry work (no sub-lines): the tasks progress is reported against. */
export function leafTasks(plan: Pick<PlanData, 'tasks'>): TaskData[] {
  const parents = new Set(plan.tasks.map((task) => parentCode(task.code)));
  return plan.tasks.filter((task) => !parents.has(task.code));
}
