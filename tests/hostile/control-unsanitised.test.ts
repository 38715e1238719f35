// The control for hostile-pages.test.ts: the same render path (SafeHtml, the reader), the same live window and
// the same provocation, with the sanitiser replaced by the identity. The vectors must now fire — otherwise the
// "runs nothing" results over there would prove nothing about the sanitiser.
import { describe, expect, it, vi } from 'vitest';
import type { SavedArticle } from '../../utils/model/saved-article';
import { vector } from './hostile-fixtures';
import { createTrapWindow, installGlobals, provoke, type TrapWindow } from './trap-window';
import { renderReader, renderSafeHtml, type Rendered } from './render-views';

vi.mock('../../utils/html/sanitize', () => ({
  // Deliberately unsafe: what every view would show if the sanitiser were bypassed.
  sanitizeArticleHtml: (html: string) => html,
  canSanitizeWith: () => true,
}));

async function provoked(live: TrapWindow, view: Rendered): Promise<string[]> {
  const restore = installGlobals(live);
  try {
    await provoke(live, view.body);
  } finally {
    restore();
  }
  return live.fired();
}

const LIVE = ['img-onerror', 'a-javascript', 'details-ontoggle', 'p-event-handlers'];
const html = LIVE.map((id) => vector(id).html).join('\n');

describe('without the sanitiser', () => {
  it('SafeHtml in the live window runs the vectors', async () => {
    const live = await createTrapWindow();
    const view = await renderSafeHtml(live, `<p>Đoạn văn bình thường.</p>${html}`);
    try {
      const fired = await provoked(live, view);
      expect(fired.some((f) => f.startsWith('__pwned='))).toBe(true);
      expect(live.alert).toHaveBeenCalled();
    } finally {
      view.unmount();
      live.close();
    }
  });

  it('the reader in the live window runs them too', async () => {
    const live = await createTrapWindow();
    const article = {
      url: 'https://thu-nghiem.laocai.gov.vn/hostile/x.html',
      canonicalUrl: 'https://thu-nghiem.laocai.gov.vn/hostile/x.html',
      title: 'Bài thử',
      byline: null,
      publishedAt: null,
      siteName: null,
      lang: 'vi',
      lead: '',
      html: `<p>Đoạn văn bình thường.</p>${html}`,
      text: 'Đoạn văn bình thường.',
      images: [],
      attachments: [],
      wordCount: 4,
      readingMinutes: 1,
      extractedAt: '2024-12-19T03:15:00.000Z',
      figures: [],
      keyFigures: [],
      summary: [],
      id: 'a00000000001',
      savedAt: '2024-12-19T03:15:00.000Z',
      updatedAt: '2024-12-19T03:15:00.000Z',
      readAt: null,
      progress: 0,
      tags: [],
      missingImages: [],
    } satisfies SavedArticle;
    const view = await renderReader(live, article, new Map());
    try {
      const fired = await provoked(live, view);
      // The reader frames images it has no bytes for, so <img onerror> is gone even unsanitised; the rest fire.
      expect(LIVE.some((id) => fired.includes(`__pwned=${id}`))).toBe(true);
    } finally {
      view.unmount();
      live.close();
    }
  });
});
