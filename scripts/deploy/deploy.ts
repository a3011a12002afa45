/**
 * npm run deploy: puts a new release of the site live on this server, in a
 * way that cannot half-fail (see docs/deploy.md):
 *
 *   npm run deploy [-- --root DIR] [--keep N] [--from BUILD]
 *       build the site into a new release folder (or copy BUILD there),
 *       verify it, precompress it, switch the live symlink, keep N releases
 *   npm run deploy -- rollback [--root DIR]
 *       make the release before the live one live again
 *   npm run deploy -- verify BUILD
 *       verify and precompress a build without deploying it (CI, before rsync)
 *
 * ROOT defaults to DEPLOY_ROOT or /srv/do-luong; nginx serves ROOT/current.
 * Nothing live changes until the new release has passed every check; the
 * switch itself is deploy/release.sh (one rename of a symlink).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './paths.ts';
import { prepareRelease } from './verify.ts';

const RELEASE_SH = join(ROOT, 'deploy/release.sh');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: process.env.DEPLOY_ROOT ?? '/srv/do-luong' },
    keep: { type: 'string', default: '5' },
    from: { type: 'string' },
  },
});
const root = resolve(values.root);
const [command = 'deploy', argument] = positionals;

/** A failure that leaves the live site as it was; its message is all the deployer needs. */
class NotDeployed extends Error {}

function releaseSh(...args: string[]): void {
  // release.sh prints its own reason on failure.
  if (spawnSync('sh', [RELEASE_SH, ...args], { stdio: 'inherit' }).status !== 0) throw new NotDeployed(`release.sh ${args[0]} failed`);
}

/** Verifies, then precompresses; throws with the list of problems if any. */
async function check(dir: string): Promise<void> {
  const problems = await prepareRelease(dir);
  if (problems.length > 0) throw new NotDeployed(`The release has ${problems.length} problem(s); nothing was changed on the live site:\n${problems.join('\n')}`);
}

async function deploy(): Promise<void> {
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 2) throw new Error(`--keep must be a whole number of at least 2 (the live release and one to roll back to); got "${values.keep}"`);
  // UTC timestamps sort in time order, and have no ":" (rsync would read "host:path").
  const id = new Date().toISOString().replace(/[-:]/g, '');
  const incoming = join(root, 'releases', `.incoming-${id}`);
  mkdirSync(join(root, 'releases'), { recursive: true });
  try {
    if (values.from) {
      cpSync(resolve(values.from), incoming, { recursive: true });
    } else {
      console.log(`Building into ${incoming}…`);
      const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_OUT_DIR: incoming } });
      if (build.status !== 0) throw new NotDeployed('The build failed; nothing was changed on the live site.');
    }
    await check(incoming);
    renameSync(incoming, join(root, 'releases', id));
  } finally {
    rmSync(incoming, { recursive: true, force: true });
  }
  releaseSh('activate', root, id, String(keep));
}

try {
  if (command === 'deploy') await deploy();
  else if (command === 'rollback') releaseSh('rollback', root);
  else if (command === 'list') releaseSh('list', root);
  else if (command === 'verify' && argument) await check(resolve(argument));
  else {
    console.error('usage: npm run deploy [-- --root DIR --keep N --from BUILD] | npm run deploy -- rollback|list [--root DIR] | npm run deploy -- verify BUILD');
    process.exitCode = 2;
  }
} catch (error) {
  if (!(error instanceof NotDeployed)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
