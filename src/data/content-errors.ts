/**
 * Clear build errors for content Astro itself refuses. Astro's own messages
 * for a file that breaks its schema or is not valid YAML span several lines
 * ("news → abc data does not match collection schema", the field on another
 * line, the file under "Location", then a stack trace); an editor needs one
 * line with the file, the field and what is wrong. withClearErrors wraps each
 * collection's loader so that those failures become a ContentError, the same
 * "file: field message" lines, in the same words (src/lib/validation/), that
 * validateSite prints. Loader code: it lives in src/data/ because it reads the
 * project's paths and wraps Astro's loaders.
 */
import { basename, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { ContentError, type Problem } from '../lib/validation/problem.ts';
import { schemaProblems, viErrorMap } from '../lib/validation/schema.ts';

/** A path as problems show it: from the project root when inside it ("content/tin-tuc/a.md"), else absolute. */
export function projectPath(path: string, root: string = process.cwd()): string {
  const inside = relative(root, path);
  return inside.startsWith('..') ? path : inside;
}

/** What Astro's content errors carry that we use (AstroError: name, message, loc). */
interface LoadError {
  name?: string;
  message?: string;
  loc?: { file?: string; line?: number };
}

/**
 * One problem for a load error Astro reports in several lines, or undefined
 * for errors we do not recognise (they are rethrown as they are).
 * - YAML that does not parse (front matter: MarkdownError; data files:
 *   DataCollectionEntryParseError): the file, the line, the parser's reason.
 * - Two files with the same id (file name without extension, or the `slug`
 *   field when there is one), which Astro refuses when
 *   prerenderConflictBehavior is "error": the field that gave the id is named.
 */
export function loadErrorProblem(error: unknown, root: string): Problem | undefined {
  const { name = '', message = '', loc } = (error ?? {}) as LoadError;
  const file = loc?.file ? projectPath(loc.file, root) : undefined;
  if (file && (name === 'MarkdownError' || name === 'DataCollectionEntryParseError' || name === 'YAMLException')) {
    const reason = message.replace(/^.*failed to parse: /s, '').split('\n')[0] ?? message;
    return { file, field: loc?.line ? `dòng ${loc.line}` : '(tệp)', message: MESSAGES.notValidYaml(reason) };
  }
  if (name === 'DuplicateContentEntrySlugError') {
    const [first, second] = [...message.matchAll(/^- (.+)$/gm)].map((match) => match[1]?.trim() ?? '');
    const id = /`([^`]+)`/.exec(message)?.[1] ?? '';
    if (!first || !second) return undefined;
    // Astro takes an entry's id from its `slug` field when it has one, else from its file name.
    if (basename(second).replace(/\.[^.]+$/, '') !== id) return { file: second, field: 'slug', message: MESSAGES.sameSlug(id, first) };
    return { file: second, field: '(tên tệp)', message: MESSAGES.sameFileId(id, first) };
  }
  return undefined;
}

type SchemaOption = z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType);
interface CollectionLike {
  loader?: unknown;
  schema?: unknown;
}

function isLoader(value: unknown): value is Loader {
  return typeof value === 'object' && value !== null && typeof (value as Loader).load === 'function';
}

/**
 * The schema as it reads a file's data, for naming fields only: images are
 * taken as they are (Astro reports a missing image file itself).
 */
function reportingSchema(schema: unknown): z.ZodType | undefined {
  if (typeof schema === 'function') return (schema as Extract<SchemaOption, Function>)({ image: () => z.any() });
  return schema instanceof z.ZodType ? schema : undefined;
}

function clearLoader(loader: Loader, schema: z.ZodType | undefined, root: string): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const result = schema ? await schema.safeParseAsync(props.data, { error: viErrorMap }) : undefined;
          if (result && !result.success && props.filePath) throw new ContentError(schemaProblems(projectPath(props.filePath, root), result.error.issues));
          throw error;
        }
      };
      try {
        await loader.load({ ...context, parseData });
      } catch (error) {
        if (error instanceof ContentError) throw error;
        const problem = loadErrorProblem(error, root);
        throw problem ? new ContentError([problem]) : error;
      }
    },
  };
}

/** The same collections, each loader reporting bad files as one line per file and field. */
export function withClearErrors<C extends Record<string, CollectionLike>>(collections: C, root: string = process.cwd()): C {
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => [
      name,
      isLoader(collection.loader) ? { ...collection, loader: clearLoader(collection.loader, reportingSchema(collection.schema), root) } : collection,
    ]),
  ) as C;
}
