// `npm run eval`: the product's quality on the shared sets, in one go.
//   1. Extraction: ../shared/corpus/score.mjs over every corpus page with our CLI (`read`), printing
//      each page and the total. Exits non-zero unless every check passes.
//   2. Key figures: the `figures` subcommand over ../shared/figures/dev.jsonl, scored by
//      ../shared/figures/score.mjs (skipped with a clear line if that subcommand is missing).
// Speed: spawning tsx costs ~1–5 s per page, so the CLI is bundled once with esbuild (already installed
// as tsx's engine) into node_modules/.cache and run with plain node; tsx is the fallback.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname ?? __dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const CORPUS = join(SHARED, 'corpus');
const FIGURES = join(SHARED, 'figures');
const BUNDLE = join(ROOT, 'node_modules/.cache/tin-sach/cli.mjs');

/** The command that runs our CLI: the esbuild bundle if it builds, else tsx. */
async function cliCommand(): Promise<string[]> {
  try {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    mkdirSync(join(ROOT, 'node_modules/.cache/tin-sach'), { recursive: true });
    await esbuild.build({
      entryPoints: [join(ROOT, 'scripts/cli.ts')],
      outfile: BUNDLE,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    return [process.execPath, BUNDLE];
  } catch (e) {
    console.log(`eval: could not bundle the CLI (${(e as Error).message.split('\n')[0]}); using tsx (slower)`);
    return ['npx', 'tsx', join(ROOT, 'scripts/cli.ts')];
  }
}

function scoreCorpus(cli: string[]): boolean {
  console.log(`\n== Extraction corpus (${CORPUS})`);
  const r = spawnSync(process.execPath, [join(CORPUS, 'score.mjs'), CORPUS, '--', ...cli, 'read'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  const total = /checks passed (\d+)\/(\d+)/.exec(r.stdout ?? '');
  return r.status === 0 && !!total && total[1] === total[2];
}

function scoreFigures(cli: string[]): void {
  console.log(`\n== Key figures (${join(FIGURES, 'dev.jsonl')})`);
  const probe = spawnSync(cli[0]!, [...cli.slice(1), 'figures', '--help'], { cwd: ROOT, encoding: 'utf8', input: '' });
  if (/not available|unknown subcommand/.test(probe.stderr ?? '')) {
    console.log('eval: the `figures` subcommand is not there yet (scripts/cli/figures.ts) — figures not scored.');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tinsach-eval-'));
  try {
    const pred = join(dir, 'pred.jsonl');
    const run = spawnSync(cli[0]!, [...cli.slice(1), 'figures', join(FIGURES, 'dev.jsonl'), '--format', 'jsonl'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0) {
      console.log(`eval: \`figures\` failed (exit ${run.status}): ${(run.stderr ?? '').trim().split('\n')[0]}`);
      return;
    }
    writeFileSync(pred, run.stdout);
    const score = spawnSync(process.execPath, [join(FIGURES, 'score.mjs'), join(FIGURES, 'dev.jsonl'), pred], { cwd: ROOT, encoding: 'utf8' });
    process.stdout.write(score.stdout ?? '');
    if (score.status) console.log(`eval: figures scorer exited ${score.status}: ${(score.stderr ?? '').trim().split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    console.error(`eval: ${SHARED} is missing: nothing to evaluate.`);
    return 2;
  }
  const started = Date.now();
  const cli = await cliCommand();
  const corpusPerfect = scoreCorpus(cli);
  if (existsSync(join(FIGURES, 'dev.jsonl'))) scoreFigures(cli);
  console.log(`\neval: ${corpusPerfect ? 'corpus perfect' : 'corpus NOT perfect'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return corpusPerfect ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`eval: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
