// `cli read`: one JSON object per page (article exit 0, typed failure exit 3), Markdown and text
// formats, usage errors and unreadable files as one line on stderr with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, parseReadArgs } from '../../cli/read';
import { runCli } from '../helpers/run-cli';

const FIXTURES = resolve(__dirname, '../fixtures/portals');
const LIFERAY = resolve(FIXTURES, 'liferay.html');
const LIFERAY_URL = 'https://yenbinh.gov.vn/web/guest/tin-tuc-su-kien/-/asset_publisher/abc123/content/hoi-nghi-trien-khai-chuyen-doi-so-2024';

const run = (argv: string[]) => runCli(main, argv);

afterEach(() => vi.restoreAllMocks());

describe('parseReadArgs', () => {
  it('reads the page, --url and --format (both spellings)', () => {
    expect(parseReadArgs(['p.html', '--url', 'https://x.vn/a', '--format=md'])).toEqual({ file: 'p.html', url: 'https://x.vn/a', format: 'md' });
    expect(parseReadArgs(['-', '--url=https://x.vn/a'])).toMatchObject({ file: '-', format: 'json' });
  });
  it('explains usage errors', () => {
    expect(parseReadArgs([])).toMatch(/no page given/);
    expect(parseReadArgs(['p.html', '--format', 'pdf'])).toMatch(/unknown --format pdf/);
    expect(parseReadArgs(['p.html', '--url', 'not a url'])).toMatch(/not a URL/);
    expect(parseReadArgs(['p.html', '--bogus'])).toMatch(/unknown option/);
  });
});

describe('read', () => {
  it('prints ONE JSON object with the article, its figures and its summary', async () => {
    const { code, out } = await run([LIFERAY, '--url', LIFERAY_URL, '--format', 'json']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(out) as { ok: boolean; article: Record<string, unknown> };
    expect(parsed.ok).toBe(true);
    expect(parsed.article.title).toBe('Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024');
    expect(parsed.article.publishedAt).toBe('2024-04-12T15:20:00+07:00');
    expect(Array.isArray(parsed.article.figures)).toBe(true);
    expect(Array.isArray(parsed.article.summary)).toBe(true);
  });

  it('prints a typed failure for a page that is not an article on stdout, and exits 3', async () => {
    const { code, out, err } = await run([resolve(FIXTURES, 'list-page.html'), '--url', 'https://muongkhuong.laocai.gov.vn/tin-tuc/tin-hoat-dong']);
    expect(code).toBe(3);
    expect(JSON.parse(out)).toMatchObject({ ok: false, reason: 'not-article' });
    expect(err).toMatch(/^read: page refused \(not-article\): \S.+\n$/);
  });

  it('in md and text formats a refused page writes nothing on stdout, the reason on stderr, exit 3', async () => {
    for (const format of ['md', 'text']) {
      const { code, out, err } = await run([resolve(FIXTURES, 'list-page.html'), '--format', format, '--url', 'https://muongkhuong.laocai.gov.vn/tin-tuc/tin-hoat-dong']);
      expect(code).toBe(3);
      expect(out).toBe('');
      expect(err).toMatch(/^read: page refused \(not-article\)/);
    }
  });

  it('writes clean Markdown and plain text', async () => {
    const md = (await run([LIFERAY, '--url', LIFERAY_URL, '--format', 'md'])).out;
    expect(md).toMatch(/^---\ntitle: "Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024"\nsource: "Cổng thông tin điện tử tỉnh Yên Bình"\n/);
    expect(md).toContain('\nauthor: "Sở Thông tin và Truyền thông"\npublished: 2024-04-12\n---\n\n# Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024\n');
    expect(md).toContain('\n> Sáng 12/4, UBND tỉnh Yên Bình');
    const text = (await run([LIFERAY, '--url', LIFERAY_URL, '--format', 'text'])).out;
    expect(text).toMatch(/^Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024\n\nSáng 12\/4, UBND tỉnh Yên Bình/);
  });

  it('fails with one line and exit 1 for an unreadable file, exit 2 for usage errors', async () => {
    const missing = await run(['/nonexistent/page.html', '--url', 'https://x.vn/']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^read: cannot read \/nonexistent\/page\.html \(ENOENT\)\n$/);
    const usage = await run(['--format', 'json']);
    expect(usage.code).toBe(2);
  });
});

describe('the cli dispatcher, as a process', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../cli/main.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });

  it('reads from stdin with "-"', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../cli/main.ts'), 'read', '-', '--url', LIFERAY_URL], {
      encoding: 'utf8',
      timeout: 60_000,
      input: readFileSync(LIFERAY),
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).article.byline).toBe('Sở Thông tin và Truyền thông');
  });

  it('answers an unknown subcommand and a usage error with exit 2 and no stack trace', () => {
    const unknown = cli('bogus');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown subcommand "bogus"/);
    const usage = cli('read');
    expect(usage.status).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });
});
