// Every subcommand: --help on stdout with exit 0, unknown options refused with exit 2 and one usage line on
// stderr, a saved page given to figures/summary answered with the way to pipe it through `read`, `read`'s JSON
// accepted as their input, and texts up to the extractor's limit handled without a stack overflow.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main as figures } from '../../cli/figures';
import { main as read } from '../../cli/read';
import { main as summary } from '../../cli/summary';
import { parseJsonLines } from '../../cli/input';
import { findFigures } from '../../utils/figures/index';
import { DEFAULT_LIMITS } from '../../utils/extract/limits';
import { runCli } from '../helpers/run-cli';

const LIFERAY = resolve(__dirname, '../fixtures/portals/liferay.html');
const LIFERAY_URL = 'https://yenbinh.gov.vn/web/guest/tin-tuc-su-kien/-/asset_publisher/abc123/content/hoi-nghi-trien-khai-chuyen-doi-so-2024';
const SUBCOMMANDS = { read, figures, summary };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tinsach-cli-'));
});
afterEach(() => vi.restoreAllMocks());

describe.each(Object.entries(SUBCOMMANDS))('cli %s', (name, main) => {
  it('prints its help on stdout and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await runCli(main, [flag]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(new RegExp(`^usage: cli ${name} `));
      expect(r.out).toMatch(/--format|--sentences/);
      expect(r.out).toMatch(/Exit codes: 0/);
    }
  });

  it('refuses a misspelt option with one usage line on stderr, exit 2 and nothing on stdout', async () => {
    const r = await runCli(main, ['--frmat', 'csv']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^${name}: unknown option '--frmat'`));
    expect(r.err).toMatch(new RegExp(`usage: cli ${name} `));
    expect(r.err).not.toMatch(/ENOENT|\n\s+at /);
  });
});

describe('figures and summary given a saved page', () => {
  it('say how to pipe the page through read (exit 1, stderr)', async () => {
    for (const [name, main] of [['figures', figures], ['summary', summary]] as const) {
      const r = await runCli(main, [LIFERAY]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toContain(`${name} reads JSON lines {"id","text"}, not HTML`);
      expect(r.err).toContain(`read PAGE.html --url URL | npm run -s cli -- ${name}`);
    }
  });

  it('a line that is neither JSON nor HTML names the line and the expected input', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, '{"id":"a","text":"12 hộ"}\nthu 5 tỷ đồng\n');
    const r = await runCli(figures, [file]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('figures: line 2: not JSON (figures reads JSON lines {"id","text"})\n');
  });

  it("take read's JSON output as input: the article's text under its URL", async () => {
    const page = await runCli(read, [LIFERAY, '--url', LIFERAY_URL]);
    expect(page.code).toBe(0);
    const file = join(dir, 'page.json');
    writeFileSync(file, page.out);
    const article = (JSON.parse(page.out) as { article: { text: string; keyFigures: unknown[] } }).article;

    const f = await runCli(figures, [file]);
    expect(f.code).toBe(0);
    const line = JSON.parse(f.out) as { id: string; figures: { text: string; start: number; end: number }[] };
    expect(line.id).toBe(LIFERAY_URL);
    expect(line.figures.length).toBeGreaterThan(2);
    for (const fig of line.figures) expect(article.text.slice(fig.start, fig.end)).toBe(fig.text);

    const s = await runCli(summary, [file, '--sentences', '2']);
    expect(s.code).toBe(0);
    const sum = JSON.parse(s.out) as { id: string; summary: { text: string }[] };
    expect(sum.id).toBe(LIFERAY_URL);
    expect(sum.summary).toHaveLength(2);
    for (const sentence of sum.summary) expect(article.text).toContain(sentence.text);
  });

  it("a refused page in read's output is an input error naming the reason", () => {
    expect(() => parseJsonLines('{"ok":false,"reason":"not-article","message":"…"}\n')).toThrow(/line 1: the page was refused by read \(not-article\)/);
  });
});

describe('long texts', () => {
  // Figure-dense text (6 figures per 100 characters) up to the extractor's text limit: hundreds of thousands of
  // figures once overflowed the call stack ("Maximum call stack size exceeded" from a spread push).
  const sentence = 'Năm 2025, huyện đạt 8/19 tiêu chí, thu 125,5 tỷ đồng, tăng 12%, có 45.000 người. ';
  const text = sentence.repeat(Math.floor(DEFAULT_LIMITS.maxTextChars / sentence.length));

  it('figures handles a text as long as the extractor accepts, in both formats', async () => {
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'long', text }) + '\n');
    const r = await runCli(figures, [file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const found = (JSON.parse(r.out) as { figures: { text: string }[] }).figures;
    const perSentence = (JSON.parse((await runCli(figures, [writeOne(dir, sentence)])).out) as { figures: unknown[] }).figures.length;
    expect(perSentence).toBeGreaterThanOrEqual(5);
    // The figure finder reads a bounded prefix of a long text (utils/figures: bounded work on hostile input);
    // the CLI gives exactly its answer, for many sentences' worth of figures, without overflowing the stack.
    expect(found).toHaveLength(findFigures(text).length);
    expect(found.length).toBeGreaterThan(perSentence * 100);
    const csv = await runCli(figures, [file, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.trimEnd().split('\r\n')).toHaveLength(found.length + 1);
  }, 120_000);

  it('summary handles the same text', async () => {
    const file = join(dir, 'long.txt');
    writeFileSync(file, text);
    const r = await runCli(summary, ['--text', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // The sentences are all alike, so the summary keeps one of them (no repeats).
    const picked = (JSON.parse(r.out) as { summary: { text: string; start: number; end: number }[] }).summary;
    expect(picked.length).toBeGreaterThanOrEqual(1);
    for (const s of picked) expect(readFileSync(file, 'utf8').slice(s.start, s.end)).toBe(s.text);
  }, 120_000);
});

function writeOne(d: string, t: string): string {
  const file = join(d, 'one.jsonl');
  writeFileSync(file, JSON.stringify({ id: 'one', text: t }) + '\n');
  return file;
}
