/**
 * The layers import in one direction only (.dependency-cruiser.cjs; README,
 * "How the code is layered"). dependency-cruiser reads TypeScript but not
 * `.astro`, so each `.astro` file of a copy of src/ is converted to TSX with
 * Astro's own astro2tsx (what `astro check` uses) under the same name plus
 * ".tsx", which the resolver finds for `import X from './X.astro'`.
 * Two planted imports show that the rules bite.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { convertToTsx } from '@astrojs/astro2tsx';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;
const copies: string[] = [];

/** A copy of src/ that dependency-cruiser can read; `plant` adds a line of code at the top of a file (of a `.astro` file's frontmatter). */
function readableCopy(plant: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'import-directions-'));
  copies.push(root);
  cpSync('src', join(root, 'src'), { recursive: true });
  for (const [file, line] of Object.entries(plant)) {
    const source = readFileSync(join(root, file), 'utf8');
    writeFileSync(join(root, file), file.endsWith('.astro') ? source.replace(/^---\n/, `---\n${line}\n`) : `${line}\n${source}`);
  }
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const file = join(entry.parentPath, entry.name);
    const result = convertToTsx(readFileSync(file, 'utf8'), { filename: entry.name });
    if (result.hasParseErrors) throw new Error(`${relative(root, file)}: astro2tsx could not parse it`);
    writeFileSync(`${file}.tsx`, result.code);
    rmSync(file);
  }
  return root;
}

/** Every broken rule as "rule: from → to", paths relative to the project. */
async function violations(root: string): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const { output } = await cruise(['src'], { validate: true, ruleSet: config.forbidden ? { forbidden: config.forbidden } : {}, ...config.options });
    const result = output as ICruiseResult;
    return result.summary.violations.map((v) => `${v.rule.name}: ${v.from.replace(/\.astro\.tsx$/, '.astro')} → ${v.to.replace(/\.astro\.tsx$/, '.astro')}`);
  } finally {
    process.chdir(cwd);
  }
}

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

describe('import directions', () => {
  it('holds in the code as it is: content → schemas → lib → data → pages → components', async () => {
    expect(await violations(readableCopy())).toEqual([]);
  });

  it('fails when a component imports from src/data/', async () => {
    const root = readableCopy({ 'src/components/TagList.astro': "import { loadSite } from '../data/site.ts';" });
    expect(await violations(root)).toContain('components-fetch-nothing: src/components/TagList.astro → src/data/site.ts');
  });

  it('fails when src/lib/ imports astro:content', async () => {
    const root = readableCopy({ 'src/lib/slug.ts': "import { getCollection } from 'astro:content';" });
    expect(await violations(root)).toContain('lib-is-pure: src/lib/slug.ts → astro:content');
  });
});
