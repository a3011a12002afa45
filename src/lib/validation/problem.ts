/**
 * A content problem: which file, which field, what is wrong, in words an
 * editor can act on. Validation functions return lists of these; the build
 * prints them one per line and stops.
 */
export interface Problem {
  /** Path from the project root, e.g. "content/tin-tuc/abc.md". */
  file: string;
  /** Field path inside the file, e.g. "relatedTasks[0]". */
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field} ${problem.message}`;
}

/** Thrown by the build when content is invalid; its message lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `Content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

/**
 * The problems of a ContentError, also of one thrown by another copy of this
 * module (Vite's dev module graph loads it more than once, so instanceof fails);
 * undefined for any other error.
 */
export function contentErrorProblems(error: unknown): readonly Problem[] | undefined {
  const candidate = error as { name?: unknown; problems?: unknown } | null;
  return candidate?.name === 'ContentError' && Array.isArray(candidate.problems) ? (candidate.problems as Problem[]) : undefined;
}
