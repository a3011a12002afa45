/**
 * The one formatter for zod failures: every issue becomes a problem naming the
 * file and the field, in the Vietnamese of messages.ts. Schemas carry their own
 * messages for their own checks (patterns, refinements); viErrorMap names what
 * they leave to zod (a missing field, a wrong type, a bound). The build, the
 * CMS and the tests all read schema failures through here.
 */
import type { z } from 'astro/zod';
import { MESSAGES } from './messages.ts';
import type { Problem } from './problem.ts';

/** ["relatedTasks", 0, "task"] → "relatedTasks[0].task"; [] → "(tệp)". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(tệp)';
}

type Issue = z.core.$ZodRawIssue;

/** Vietnamese for the zod issues a schema gives no message of its own. */
export function viErrorMap(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? MESSAGES.required : MESSAGES.wrongType(issue.expected);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return MESSAGES.notEmpty;
      if (issue.origin === 'array' || issue.origin === 'set') return MESSAGES.atLeastOne('mục');
      if (Number(issue.minimum) === 0) return MESSAGES.notNegative;
      return `${MESSAGES.invalid} (nhỏ nhất ${String(issue.minimum)})`;
    case 'too_big':
      if (issue.origin === 'string') return MESSAGES.tooLong(Number(issue.maximum));
      return `${MESSAGES.invalid} (lớn nhất ${String(issue.maximum)})`;
    case 'invalid_value':
      return MESSAGES.oneOf(issue.values.map(String));
    case 'invalid_format':
      if (issue.format === 'email') return MESSAGES.email;
      if (issue.format === 'url') return MESSAGES.url;
      return MESSAGES.invalid;
    case 'unrecognized_keys':
      return MESSAGES.unknownField(issue.keys);
    default:
      return MESSAGES.invalid;
  }
}

/** One problem per zod issue. */
export function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

/** Parses one file's data with its schema: the data, or the problems naming its fields. */
export function parseEntry<S extends z.ZodType>(schema: S, data: unknown, file: string): { data: z.output<S> } | { problems: Problem[] } {
  const result = schema.safeParse(data, { error: viErrorMap });
  return result.success ? { data: result.data } : { problems: schemaProblems(file, result.error.issues) };
}
