// `npm run bench [-- --check] [-- --only extract,figures,library,bundle,browser,digest,follow,sync]`
// Runs every benchmark in one go, prints a short table and writes tools/bench/results.json:
// { machine, versions, results: [{ name, unit, median, p95, budget, ok }] }.
// With --check, exits non-zero when a result breaks its budget in tools/bench/budgets.json.
// Each suite runs in a fresh Node process (`--suite NAME`), so that no suite measures in what another left
// behind: the library suite ends with a heap of about a gigabyte, and the browser suite's harness
// (Playwright) takes part in every page it opens (Chromium waits for it before a new page runs).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './types';

type Suite = { name: string; load: () => Promise<{ run: () => Promise<BenchResult[]> }> };

const SUITES: Suite[] = [
  { name: 'extract', load: () => import('./extract') },
  { name: 'figures', load: () => import('./figures') },
  { name: 'library', load: () => import('./library') },
  { name: 'bundle', load: () => import('./bundle') },
  { name: 'browser', load: () => import('./browser.mjs') },
  { name: 'digest', load: () => import('./digest.mjs') },
  { name: 'follow', load: () => import('./follow.mjs') },
  { name: 'sync', load: () => import('./sync') },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function budgetFor(r: BenchResult, budgets: Record<string, number>): { budget: number | null; value: number } {
  if (typeof budgets[`${r.name}.p95`] === 'number' && r.p95 !== null) return { budget: budgets[`${r.name}.p95`]!, value: r.p95 };
  if (typeof budgets[r.name] === 'number') return { budget: budgets[r.name]!, value: r.median };
  return { budget: null, value: r.median };
}

function version(pkg: string): string {
  try {
    return JSON.parse(readFileSync(resolve('node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'missing';
  }
}

/** Child mode: run one suite and write its results as JSON to `out`. */
async function runSuite(name: string, out: string): Promise<number> {
  const suite = SUITES.find((x) => x.name === name);
  if (!suite) throw new Error(`no suite ${name}`);
  const mod = await suite.load();
  writeFileSync(out, JSON.stringify(await mod.run()));
  return 0;
}

/** Runs a suite in a fresh Node process with the same loader (tsx) and returns its results. */
function runInChild(name: string): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(os.tmpdir(), 'tinsach-bench-'));
  const out = join(dir, 'results.json');
  return new Promise<BenchResult[]>((done, fail) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--suite', name, '--out', out], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`exited with code ${code}`);
        done(JSON.parse(readFileSync(out, 'utf8')) as BenchResult[]);
      } catch (e) {
        fail(e as Error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

async function main(): Promise<number> {
  const suiteName = arg('--suite');
  if (suiteName) return runSuite(suiteName, arg('--out') ?? 'bench/suite.json');
  const check = process.argv.includes('--check');
  const only = arg('--only')?.split(',');
  const budgets = JSON.parse(readFileSync(resolve('tools/bench/budgets.json'), 'utf8')) as Record<string, number>;
  const results: BenchResult[] = [];
  const failures: string[] = [];
  for (const suite of SUITES) {
    if (only && !only.includes(suite.name)) continue;
    process.stderr.write(`bench: ${suite.name}…\n`);
    try {
      results.push(...(await runInChild(suite.name)));
    } catch (e) {
      failures.push(`${suite.name}: ${(e as Error).message}`);
      process.stderr.write(`bench: ${suite.name} failed: ${(e as Error).message}\n`);
    }
  }
  for (const r of results) {
    const { budget, value } = budgetFor(r, budgets);
    r.budget = budget;
    r.ok = budget === null ? null : value <= budget;
  }
  const out = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    versions: Object.fromEntries(['@mozilla/readability', 'linkedom', 'idb', 'minisearch', 'dompurify', 'preact', 'wxt', 'playwright-core'].map((p) => [p, version(p)])),
    date: new Date().toISOString(),
    results,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('tools/bench/results.json', JSON.stringify(out, null, 2) + '\n');
  const fmt = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(2));
  console.log(`| measure | unit | median | p95 | budget | ok |\n|---|---|---|---|---|---|`);
  for (const r of results) console.log(`| ${r.name} | ${r.unit} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.budget)} | ${r.ok === null ? '' : r.ok ? 'yes' : 'NO'} |`);
  console.log(`\nmachine: ${out.machine.cpus} × ${out.machine.cpu}, ${out.machine.memGb} GB, Node ${out.machine.node}; results in tools/bench/results.json`);
  for (const f of failures) console.log(`suite failed: ${f}`);
  const broken = results.filter((r) => r.ok === false);
  if (check && (broken.length || failures.length)) {
    console.log(`budgets broken: ${broken.map((r) => r.name).join(', ') || 'none'}${failures.length ? `; suites failed: ${failures.length}` : ''}`);
    return 1;
  }
  return 0;
}

main().then((code) => process.exit(code));
