/**
 * Checks a plan's appendix is internally consistent: codes unique and nested
 * under existing lines, sub-lines adding up to their line, lines to their
 * section, sections to the printed total, and the total in words matching.
 */
import { millionVndInWords } from '../format/number-words.ts';
import { parentCode, planBudget, planTree, sumMillions, type PlanLine } from '../plan/tree.ts';
import type { PlanData } from '../../schemas/plan.ts';
import { MESSAGES } from './messages.ts';
import type { Problem } from './problem.ts';

/** "một tỷ … đồng./." and "Một tỷ … đồng" are the same words. */
function normaliseWords(text: string): string {
  return text.toLocaleLowerCase('vi').replace(/[./\s]+$/g, '').replace(/\s+/g, ' ').trim();
}

export function validatePlan(plan: PlanData, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const taskIndex = new Map<string, number>();
  const sectionCodes = new Set<string>();

  plan.sections.forEach((section, i) => {
    if (sectionCodes.has(section.code)) add(`sections[${i}].code`, MESSAGES.duplicateCode(section.code));
    sectionCodes.add(section.code);
  });

  plan.tasks.forEach((task, i) => {
    if (taskIndex.has(task.code)) add(`tasks[${i}].code`, MESSAGES.duplicateCode(task.code));
    else taskIndex.set(task.code, i);
    if (task.budget !== undefined && task.budget < 0) add(`tasks[${i}].budget`, MESSAGES.notNegative);
  });

  plan.tasks.forEach((task, i) => {
    const parent = parentCode(task.code);
    if (parent === undefined) add(`tasks[${i}].code`, MESSAGES.codeWithoutSection(task.code));
    else if (!parent.includes('.') ? !sectionCodes.has(parent) : !taskIndex.has(parent)) {
      add(`tasks[${i}].code`, MESSAGES.codeWithoutParent(task.code, parent));
    }
  });

  const checkLine = (line: PlanLine) => {
    line.children.forEach(checkLine);
    const childBudgets = line.children.map((c) => c.budget).filter((b): b is number => b !== undefined);
    if (line.task.budget === undefined || childBudgets.length === 0) return;
    const sum = sumMillions(childBudgets);
    if (sum !== line.task.budget) {
      add(`tasks[${taskIndex.get(line.task.code)}].budget`, MESSAGES.lineSum(line.task.code, line.task.budget, sum));
    }
  };

  const tree = planTree(plan);
  tree.forEach((sectionTree, i) => {
    sectionTree.lines.forEach(checkLine);
    const stated = sectionTree.section.budget;
    const sum = sumMillions(sectionTree.lines.map((line) => line.budget ?? 0));
    if (stated !== undefined && stated !== sum) {
      add(`sections[${i}].budget`, MESSAGES.sectionSum(sectionTree.section.code, stated, sum));
    }
  });

  const computed = planBudget(tree);
  if (computed !== plan.budgetTotal) {
    add('budgetTotal', MESSAGES.planTotal(plan.budgetTotal, computed));
  }
  const words = millionVndInWords(plan.budgetTotal);
  if (normaliseWords(words) !== normaliseWords(plan.budgetTotalInWords)) {
    add('budgetTotalInWords', MESSAGES.totalInWords(plan.budgetTotalInWords, plan.budgetTotal, words));
  }
  if (plan.period.start > plan.period.end) {
    add('period.end', MESSAGES.periodEnd(plan.period.end, plan.period.start));
  }
  return problems;
}
