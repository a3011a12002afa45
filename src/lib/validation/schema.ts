/** Turns a zod validation failure into problems naming the file and field. */
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

/** "tasks[3].budget" from ["tasks", 3, "budget"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(file)';
}

export function schemaProblems(error: z.ZodError, file: string): Problem[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}
