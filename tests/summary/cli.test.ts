import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/summary';
import { main as read } from '../../cli/read';
import { runCli } from '../helpers/run-cli';
import { CORPUS_DIR, sharedAvailable } from '../helpers/shared';
import { ARTICLE, BYLINE } from './fixtures/article';

const TEXT = ARTICLE.text;
const SEED = resolve(CORPUS_DIR, 'seed/baothang-tuyen-van.html');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tinsach-summary-'));
});
afterEach(() => vi.restoreAllMocks());

describe('summary CLI', () => {
  it('summarises JSON lines with --sentences and offsets into each text', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'ns', text: TEXT }) + '\n');
    const { code, out } = await runCli(main, [file, '--sentences', '2']);
    expect(code).toBe(0);
    const line = JSON.parse(out.trim());
    expect(line.id).toBe('ns');
    expect(line.summary).toHaveLength(2);
    for (const s of line.summary) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads a plain text file with --text', async () => {
    const file = join(dir, 'bai.txt');
    writeFileSync(file, TEXT);
    const { code, out } = await runCli(main, ['--text', file]);
    expect(code).toBe(0);
    const line = JSON.parse(out.trim());
    expect(line.id).toBe('bai.txt');
    expect(line.summary.length).toBeGreaterThanOrEqual(2);
    expect(line.summary.map((s: { text: string }) => s.text)).not.toContain(BYLINE);
  });

  it('gives exactly the popup\'s summary for a `read --format json` result', async () => {
    if (!sharedAvailable('the read → summary CLI test')) return;
    const page = await runCli(read, [SEED, '--url', 'https://baothang.laocai.gov.vn/tin-tuc/tin-hoat-dong/duy-tri-nang-cao-chat-luong-cong-tac-tuyen-van-1203547.html', '--format', 'json']);
    const article = JSON.parse(page.out).article as { url: string; summary: unknown[]; lead: string };
    expect(article.summary.length).toBeGreaterThan(0);
    const file = join(dir, 'read.jsonl');
    writeFileSync(file, page.out.trim() + '\n');
    const { code, out } = await runCli(main, [file, '--card']);
    expect(code).toBe(0);
    const line = JSON.parse(out.trim());
    expect(line.id).toBe(article.url);
    expect(line.summary).toEqual(article.summary);
    // The card opens with the lead's first sentence; the summary's sentences after it never repeat the lead.
    const [first, ...rest] = line.summary as { text: string }[];
    expect(article.lead.startsWith(first!.text)).toBe(true);
    for (const s of rest) expect(article.lead.includes(s.text)).toBe(false);
    // Without --card: the summariser's own sentences, none from the lead.
    const model = JSON.parse((await runCli(main, [file])).out.trim());
    for (const s of model.summary) expect(article.lead.includes(s.text)).toBe(false);
  });

  it('rejects a bad --sentences', async () => {
    expect((await runCli(main, ['--text', join(dir, 'x.txt'), '--sentences', '0'])).code).toBe(2);
  });
});
