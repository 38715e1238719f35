// `npm start`: one clear line and exit 1 without a display (before any build); the demo page it serves
// locally is the seed article on a portal page that the extractor reads; the fresh Chromium profile pins
// the icon for the id Chromium gives the unpacked build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs script modules, no type declarations
import { unpackedExtensionId, writePinnedProfile } from '../../tools/start/chromium-profile.mjs';
// @ts-expect-error: plain .mjs script modules, no type declarations
import { DEMO_PATH, startDemoServer } from '../../tools/start/demo-server.mjs';
import { readPage } from '../../cli/read';

const ROOT = resolve(__dirname, '../..');

describe('npm start without a display', () => {
  it('prints one line on stderr saying how to go on, and exits 1 without building', () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const r = spawnSync(process.execPath, [join(ROOT, 'tools/start/main.mjs')], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('xvfb-run -a npm start');
    expect(lines[0]).toContain('.output/chrome-mv3');
    expect(lines[0]).toContain('chrome://extensions');
  });
});

describe('the demo page', () => {
  it('is served locally and reads as the seed article, with its byline and date', async () => {
    const demo = (await startDemoServer()) as { url: string; close: () => Promise<void> };
    try {
      expect(new URL(demo.url).pathname).toBe(DEMO_PATH);
      const root = await fetch(new URL('/', demo.url), { redirect: 'manual' });
      expect(root.status).toBe(302);
      const html = await (await fetch(demo.url)).text();
      const image = await fetch(new URL('/demo/anh-tin-bai.png', demo.url));
      expect(image.headers.get('content-type')).toBe('image/png');
      expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(100);
      expect((await fetch(new URL('/khac', demo.url))).status).toBe(404);

      const result = await readPage(new TextEncoder().encode(html), demo.url);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const seed = readFileSync(join(ROOT, '../shared/seed/article.txt'), 'utf8');
      expect(result.article.title).toBe(seed.split('\n')[0]!.trim());
      expect(result.article.byline).toBe('Ngô Hải');
      expect(result.article.publishedAt).toBe('2023-04-18T09:35:00+07:00');
      expect(result.article.text).toContain('Huyện Bảo Thắng hiện có 14 ban tuyên vận với 188 tổ tuyên vận thôn');
      for (const residue of ['Đăng nhập', 'Chung nhan Tin Nhiem Mang', 'Tin liên quan', 'Điện thoại']) expect(result.article.text).not.toContain(residue);
    } finally {
      await demo.close();
    }
  }, 60_000);
});

describe('the Chromium profile', () => {
  it("computes the id Chromium 156 gave this worktree's unpacked build, and pins it", () => {
    // Observed: chrome.runtime.id of the build below, loaded with --load-extension from that folder.
    expect(unpackedExtensionId('/work/wt/misc/.output/chrome-mv3')).toBe('peplfhmkieaagbihefhknelcidfcbekg');
    expect(unpackedExtensionId('/x')).toMatch(/^[a-p]{32}$/);
    const dir = mkdtempSync(join(tmpdir(), 'tinsach-profile-'));
    writePinnedProfile(dir, 'abcdefghijklmnopabcdefghijklmnop');
    const prefs = JSON.parse(readFileSync(join(dir, 'Default/Preferences'), 'utf8')) as { extensions: { pinned_extensions: string[] } };
    expect(prefs.extensions.pinned_extensions).toEqual(['abcdefghijklmnopabcdefghijklmnop']);
  });
});
