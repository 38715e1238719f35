// @vitest-environment jsdom
// What the popup's first frame holds: when the extractor's answer is already there (a second open), the first
// screen — title, summary card and key-figure chips — is in the DOM before any timer or animation frame has
// run, so the first paint shows it; the body (below them) with its highlighted figures follows in the next
// frame, and the library question and long articles' highlights wait until after that paint. Rendered without
// act(): act() would flush effects and timers itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ArticleView, INLINE_HIGHLIGHT_MAX_CHARS } from '../../components/ArticleView';
import { PopupApp, type PopupDeps } from '../../components/popup/PopupApp';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { configureI18n } from '../../utils/i18n/i18n';
import { makeArticle } from './fixtures/article';
import { fakePopupDeps } from './fixtures/popup-deps';

const article = analyseArticle(makeArticle());

/** Lets promise callbacks (and Preact's microtask re-renders) run; no timer, no animation frame. */
async function microtasks(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

const deps = (over: Partial<PopupDeps> = {}): PopupDeps => fakePopupDeps(article, over);

let container: HTMLElement;
beforeEach(() => {
  configureI18n({ override: 'vi' });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

describe('popup first frame', () => {
  it('holds the first screen when the answer is already there, and the body with its figures after the first paint', async () => {
    const d = deps();
    render(<PopupApp deps={d} />, container);
    await microtasks();
    expect(container.querySelector('[data-testid="article-title"]')?.textContent).toBe(article.title);
    expect(container.querySelectorAll('[data-testid="summary"] li')).toHaveLength(article.summary.length);
    expect(container.querySelectorAll('[data-testid="figure-chip"]')).toHaveLength(article.keyFigures.length);
    expect(container.querySelector('[data-testid="article-body"]'), 'the body waits for the first paint').toBeNull();
    // The library is asked only after that frame.
    expect(d.savedId).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(d.savedId).toHaveBeenCalledTimes(1);
    const body = container.querySelector('[data-testid="article-body"]');
    expect(body, 'the article body follows after the first paint').not.toBeNull();
    const kinds = new Set(Array.from(body!.querySelectorAll('mark.fig'), (m) => m.getAttribute('data-kind')));
    expect(kinds.has('money')).toBe(true);
    expect(kinds.has('percent')).toBe(true);
    // The popup loads no page picture (opening it must not tell a photo host the reader is here): the
    // article's photos are framed placeholders.
    expect(body!.querySelectorAll('img')).toHaveLength(0);
    expect(body!.querySelectorAll('.img-preview').length).toBeGreaterThan(0);
  });

  it('highlights a very long article after its first paint, so that its text shows at once', async () => {
    const filler = 'Hội nghị bàn về công tác tuyên vận của huyện trong năm tới. ';
    const longText = article.text + '\n\n' + filler.repeat(Math.ceil(INLINE_HIGHLIGHT_MAX_CHARS / filler.length));
    const long = { ...article, text: longText, html: article.html + `<p>${filler.repeat(20)}</p>` };
    const highlighted = vi.fn();
    render(<ArticleView article={long} lang="vi" bodyTestId="reader-body" onHighlighted={highlighted} />, container);
    const body = container.querySelector('[data-testid="reader-body"]')!;
    expect(body.textContent).toContain('Nghị quyết số 17-NQ/HU');
    expect(body.querySelectorAll('mark.fig')).toHaveLength(0);
    await vi.runAllTimersAsync();
    expect(body.querySelectorAll('mark.fig').length).toBeGreaterThan(0);
    expect(highlighted).toHaveBeenCalledTimes(1);
    expect(highlighted.mock.calls[0]![1]).toBeGreaterThan(0);
  });

  it('reports the inline highlights after paint too (the reader restores its position then)', async () => {
    const highlighted = vi.fn();
    render(<ArticleView article={article} lang="vi" bodyTestId="reader-body" onHighlighted={highlighted} />, container);
    const body = container.querySelector('[data-testid="reader-body"]')!;
    const count = body.querySelectorAll('mark.fig').length;
    expect(count).toBeGreaterThan(0);
    expect(highlighted).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(highlighted).toHaveBeenCalledTimes(1);
    // The count is of figures, not of <mark> pieces (a figure split across nodes has several).
    expect(highlighted.mock.calls[0]![1]).toBeGreaterThan(0);
    expect(highlighted.mock.calls[0]![1]).toBeLessThanOrEqual(count);
  });
});
