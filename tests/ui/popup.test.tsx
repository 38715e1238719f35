// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupApp, type PopupDeps, type PopupLoadResult } from '../../components/popup/PopupApp';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { configureI18n } from '../../utils/i18n/i18n';
import type { AnalysedArticle } from '../../utils/model/analysed-article';
import { FAILURE_MESSAGES } from '../../utils/model/article';
import { TIMEOUT_MESSAGES } from '../../utils/ui/failure-text';
import { makeArticle } from './fixtures/article';
import { allByTestId, buttonByText, byTestId, click, mount, settle, unmount } from './helpers';

function fakeDeps(result: PopupLoadResult, over: Partial<PopupDeps> = {}): PopupDeps {
  let saved: string | null = null;
  return {
    lang: 'vi',
    chooseLanguage: vi.fn(),
    folds: { summaryCollapsed: false, figuresCollapsed: false },
    rememberFolds: vi.fn(),
    load: vi.fn(async () => result),
    savedId: vi.fn(async () => saved),
    save: vi.fn(async () => {
      saved = 'a0000000abcd';
      return { ok: true as const, id: saved };
    }),
    remove: vi.fn(async () => {
      saved = null;
    }),
    restore: vi.fn(async () => undefined),
    openReader: vi.fn(),
    openLibrary: vi.fn(),
    copyText: vi.fn(async () => undefined),
    toMarkdown: vi.fn((a: AnalysedArticle) => `# ${a.title}`),
    downloadMarkdown: vi.fn(),
    reportInfo: () => ({ url: 'https://example.gov.vn/trang-chu', version: '0.1.0' }),
    ...over,
  };
}

let container: HTMLElement | null = null;
beforeEach(() => {
  configureI18n({ override: 'vi' });
});
afterEach(() => {
  if (container) unmount(container);
  container = null;
  vi.useRealTimers();
});

describe('popup: article view', () => {
  const article = analyseArticle(makeArticle());

  it('renders title, meta, summary, chips and a sanitised body with highlighted figures', async () => {
    container = mount(<PopupApp deps={fakeDeps({ ok: true, article })} />);
    await settle();
    expect(byTestId(container, 'article-title').textContent).toBe(article.title);
    expect(container.querySelector('.article-meta')?.textContent).toContain('Cổng TTĐT huyện Bảo Thắng');
    expect(container.querySelector('.article-meta')?.textContent).toContain('Ngô Hải - BTG HU');
    expect(container.querySelector('.article-meta')?.textContent).toContain('1 phút đọc');

    const summary = byTestId(container, 'summary');
    expect(summary.querySelectorAll('li')).toHaveLength(article.summary.length);

    const chips = allByTestId(container, 'figure-chip');
    expect(chips.length).toBe(article.keyFigures.length);
    expect(chips.length).toBeGreaterThan(0);
    chips.forEach((chip, i) => {
      expect(chip.tagName).toBe('BUTTON');
      // Label · amount as printed (a document: document · subject), or the amount alone when nothing names it;
      // the figure's clause as the tooltip.
      const kf = article.keyFigures[i]!;
      expect(byTestId(chip, 'figure-chip-value').textContent).toBe(kf.display);
      if (kf.label) expect(byTestId(chip, 'figure-chip-label').textContent).toBe(kf.label);
      else expect(chip.querySelector('[data-testid="figure-chip-label"]')).toBeNull();
      const text = chip.querySelector('.chip-text')!.textContent;
      expect(text).toBe(kf.kind === 'document' ? [kf.display, kf.label].filter(Boolean).join(' · ') : [kf.label, kf.display].filter(Boolean).join(' · '));
      expect(chip.getAttribute('title')).toBe(kf.sentence);
      expect(article.text).toContain(kf.sentence);
      expect(chip.getAttribute('data-kind')).toBe(article.keyFigures[i]!.kind);
    });

    const body = byTestId(container, 'article-body');
    // Sanitised: no script, no inline handler, no javascript: link.
    expect(body.querySelector('script')).toBeNull();
    expect(body.innerHTML).not.toMatch(/onerror|javascript:/i);
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    // The lead is rendered in the body (its figures are highlighted too).
    expect(body.querySelector('p.lead')?.textContent).toBe(article.lead);
    const marks = body.querySelectorAll('mark.fig[data-kind]');
    expect(marks.length).toBeGreaterThan(0);
    const kinds = new Set(Array.from(marks, (m) => m.getAttribute('data-kind')));
    expect(kinds.has('money')).toBe(true);
    expect(kinds.has('percent')).toBe(true);

    // Attachments: the http one is a link, the javascript: one is dropped.
    const links = Array.from(container.querySelectorAll('.attachments a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://baothang.laocai.gov.vn/uploads/ke-hoach-45.pdf']);
  });

  it('a chip click moves focus to its highlight and flashes it', async () => {
    container = mount(<PopupApp deps={fakeDeps({ ok: true, article })} />);
    await settle();
    const chip = allByTestId(container, 'figure-chip')[0]!;
    await click(chip);
    const active = document.activeElement as HTMLElement;
    expect(active.tagName).toBe('MARK');
    expect(active.classList.contains('fig')).toBe(true);
    expect(active.classList.contains('flash')).toBe(true);
    expect(chip.textContent).toContain(active.textContent ?? '###');
  });

  it('Save toggles to "Đã lưu ✓" and back, and reports each result in the status line', async () => {
    const deps = fakeDeps({ ok: true, article });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    const button = byTestId(container, 'save-button');
    expect(button.textContent).toBe('Lưu');
    await click(button);
    expect(deps.save).toHaveBeenCalledTimes(1);
    expect(button.textContent).toBe('Đã lưu ✓');
    expect(byTestId(container, 'status-message').textContent).toBe('Đã lưu vào thư viện.');
    await click(button);
    expect(deps.remove).toHaveBeenCalledWith('a0000000abcd');
    expect(button.textContent).toBe('Lưu');
    expect(byTestId(container, 'status-message').textContent).toMatch(/^Đã xoá bài khỏi thư viện\./);
    expect(byTestId(container, 'status-message').dataset.tone).toBe('info');
  });

  it('a delete that can be undone is said once, in the toast beside "Hoàn tác", not as a success', async () => {
    const deps = fakeDeps({ ok: true, article }, { remove: vi.fn(async () => ({ trashed: 'a0000000abcd' })) });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'save-button'));
    await click(byTestId(container, 'save-button'));
    const toast = byTestId(container, 'undo-toast');
    expect(toast.textContent).toMatch(/^Đã xoá bài khỏi thư viện\. Bài nằm trong “Đã xoá gần đây” 30 ngày\.Hoàn tác$/);
    expect(container.textContent!.split('Đã xoá bài khỏi thư viện').length - 1).toBe(1);
    expect(container.querySelector('[data-tone="ok"]')?.textContent ?? '').toBe('');
  });

  it('names the image hosts it will ask about, then says how many photos were kept (Đã lưu, 3/5 ảnh)', async () => {
    let statusWhileSaving = '';
    const deps = fakeDeps({ ok: true, article }, {
      photoHostsToAsk: () => ['vnecdn.net', 'cdn.tuoitre.vn'],
      save: vi.fn(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0)); // the status line renders while the save runs
        statusWhileSaving = byTestId(container!, 'status-message').textContent ?? '';
        return { ok: true as const, id: 'a1', images: { saved: 3, total: 5 } };
      }),
    });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'save-button'));
    expect(statusWhileSaving).toContain('vnecdn.net, cdn.tuoitre.vn');
    expect(statusWhileSaving).toContain('Cho phép');
    const status = byTestId(container, 'status-message').textContent ?? '';
    expect(status).toMatch(/^Đã lưu, 3\/5 ảnh\./);
    expect(status).toContain('Tải lại ảnh');
  });

  it('keeps the explanation while the browser asks about photo hosts, then says the real count after "Allow"', async () => {
    let allow: (v: { saved: number; total: number }) => void = () => undefined;
    const photosLater = new Promise<{ saved: number; total: number }>((resolve) => (allow = resolve));
    const deps = fakeDeps({ ok: true, article }, {
      photoHostsToAsk: () => ['i1.vnecdn.net'],
      save: vi.fn(async () => ({ ok: true as const, id: 'a1', images: { saved: 1, total: 4 }, photosLater })),
    });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'save-button'));
    await settle(8);
    // The save has answered, but the question has not: the explanation stays, with no count that is not true yet.
    const asking = byTestId(container, 'status-message').textContent ?? '';
    expect(asking).toContain('i1.vnecdn.net');
    expect(asking).toContain('Cho phép');
    expect(asking).not.toMatch(/1\/4/);
    allow({ saved: 4, total: 4 });
    await settle();
    expect(byTestId(container, 'status-message').textContent).toBe('Đã lưu, 4/4 ảnh.');
  });

  it('after "Deny" says how many photos were kept and how to get the rest', async () => {
    const deps = fakeDeps({ ok: true, article }, {
      photoHostsToAsk: () => ['i1.vnecdn.net'],
      save: vi.fn(async () => ({ ok: true as const, id: 'a1', images: { saved: 1, total: 4 }, photosLater: Promise.resolve(null) })),
    });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'save-button'));
    await settle();
    expect(byTestId(container, 'status-message').textContent).toMatch(/^Đã lưu, 1\/4 ảnh\..*Tải lại ảnh/);
  });

  it('says "5/5 ảnh" when every photo was kept, and loads no page image itself', async () => {
    const withPhoto = analyseArticle({ ...makeArticle(), html: '<p>Ảnh hội nghị:</p><p><img src="https://i1.vnecdn.net/hoi-nghi.jpg" alt="Hội nghị"></p>' });
    const deps = fakeDeps({ ok: true, article: withPhoto }, {
      save: vi.fn(async () => ({ ok: true as const, id: 'a1', images: { saved: 5, total: 5 } })),
    });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    expect(container.querySelectorAll('img[src^="http"]')).toHaveLength(0);
    expect(container.querySelector('.img-preview')?.textContent).toBe('Ảnh: Hội nghị');
    await click(byTestId(container, 'save-button'));
    expect(byTestId(container, 'status-message').textContent).toBe('Đã lưu, 5/5 ảnh.');
  });

  it('shows an already saved article as saved', async () => {
    const deps = fakeDeps({ ok: true, article }, { savedId: async () => 'a123' });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    expect(byTestId(container, 'save-button').getAttribute('data-saved')).toBe('true');
  });

  it('a failed save shows the library message in the UI language', async () => {
    configureI18n({ override: 'en' });
    const deps = fakeDeps({ ok: true, article }, {
      lang: 'en',
      save: async () => ({ ok: false, reason: 'quota', message: 'Bộ nhớ…' }),
    });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'save-button'));
    const status = byTestId(container, 'status-message');
    expect(status.textContent).toMatch(/storage is full/);
    expect(status.getAttribute('data-tone')).toBe('error');
    expect(status.getAttribute('role')).toBe('status');
  });

  it('"Open in reader" saves first, then opens the saved id', async () => {
    const deps = fakeDeps({ ok: true, article });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'more-actions'));
    await click(buttonByText(container, 'Mở trang đọc'));
    expect(deps.save).toHaveBeenCalledTimes(1);
    expect(deps.openReader).toHaveBeenCalledWith('a0000000abcd');
  });

  it('copies Markdown', async () => {
    const deps = fakeDeps({ ok: true, article });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'more-actions'));
    await click(buttonByText(container, 'Chép dạng Markdown'));
    expect(deps.copyText).toHaveBeenCalledWith(`# ${article.title}`);
    expect(byTestId(container, 'status-message').textContent).toMatch(/Markdown/);
  });
});

async function key(el: Element, k: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
  await settle(1);
}

describe('popup: the article first (one action row, a menu, folding cards)', () => {
  const article = analyseArticle(makeArticle());

  it('one row: Save is the only action outside the menu; the menu holds reader, Markdown (copy and .md file), library and the languages', async () => {
    container = mount(<PopupApp deps={fakeDeps({ ok: true, article })} />);
    await settle();
    const row = container.querySelector('.popup-bar [role="group"]')!;
    expect(Array.from(row.querySelectorAll('button'), (b) => b.textContent?.trim())).toEqual(['Lưu', 'Thêm ▾']);
    // The actions come before the article: nothing sits between the title and the summary.
    expect(byTestId(container, 'article-title').closest('header')?.nextElementSibling?.getAttribute('data-testid')).toBe('fold-summary');
    const more = byTestId(container, 'more-actions');
    expect(more.getAttribute('aria-haspopup')).toBe('menu');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('[role="menu"]')).toBeNull();
    await click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const items = Array.from(container.querySelectorAll('[role="menu"] [role^="menuitem"]'));
    expect(items.map((i) => i.textContent)).toEqual(['Mở trang đọc', 'Chép dạng Markdown', 'Tải về (.md)', 'Mở thư viện', '✓Tiếng Việt', 'English']);
    expect(items.map((i) => i.getAttribute('aria-checked'))).toEqual([null, null, null, null, 'true', 'false']);
    expect(items[5]!.getAttribute('lang')).toBe('en');
  });

  it('the menu works from the keyboard: opens on the first item, arrows move and wrap, Escape gives the focus back', async () => {
    container = mount(<PopupApp deps={fakeDeps({ ok: true, article })} />);
    await settle();
    const more = byTestId(container, 'more-actions');
    more.focus();
    await key(more, 'ArrowDown');
    const menu = container.querySelector('[role="menu"]')!;
    expect(document.activeElement?.textContent).toBe('Mở trang đọc');
    await key(menu, 'ArrowUp');
    expect(document.activeElement?.textContent).toBe('English');
    await key(menu, 'ArrowDown');
    expect(document.activeElement?.textContent).toBe('Mở trang đọc');
    await key(menu, 'End');
    await key(menu, 'ArrowUp');
    expect(document.activeElement?.textContent).toBe('✓Tiếng Việt');
    await key(menu, 'Escape');
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(more);
  });

  it('choosing a language in the menu stores it (the popup reloads when it differs)', async () => {
    const deps = fakeDeps({ ok: true, article });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'more-actions'));
    await click(byTestId(container, 'language-en'));
    expect(deps.chooseLanguage).toHaveBeenCalledWith('en');
    await click(byTestId(container, 'more-actions'));
    await click(byTestId(container, 'language-vi'));
    expect(deps.chooseLanguage).toHaveBeenLastCalledWith('vi');
    expect(container.querySelector('[role="menu"]')).toBeNull();
  });

  it('the summary and the figures fold to their headings, and the popup remembers it', async () => {
    const deps = fakeDeps({ ok: true, article });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    const summary = byTestId(container, 'fold-summary');
    const toggle = summary.querySelector('button.fold-toggle')!;
    expect(summary.getAttribute('data-open')).toBe('true');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toContain('Thu gọn Tóm tắt');
    await click(toggle);
    expect(summary.getAttribute('data-open')).toBe('false');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(deps.rememberFolds).toHaveBeenCalledWith({ summaryCollapsed: true });
    // The card is still there (its heading shows), with its content.
    expect(summary.querySelector('[data-testid="summary"] h2')?.textContent).toBe('Tóm tắt');
    await click(byTestId(container, 'fold-figures').querySelector('button.fold-toggle')!);
    expect(deps.rememberFolds).toHaveBeenLastCalledWith({ figuresCollapsed: true });
  });

  it('opens with the folds it was left with', async () => {
    const deps = fakeDeps({ ok: true, article }, { folds: { summaryCollapsed: true, figuresCollapsed: true } });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    // Both fold to their headings; a folded summary is hidden whole, never cut sentence by sentence.
    const summary = byTestId(container, 'fold-summary');
    expect(summary.getAttribute('data-open')).toBe('false');
    expect(summary.querySelector('.fold-toggle')?.textContent).toContain('Xem Tóm tắt');
    expect(summary.querySelectorAll('li')).toHaveLength(article.summary.length);
    const figures = byTestId(container, 'fold-figures');
    expect(figures.getAttribute('data-open')).toBe('false');
    expect(figures.querySelector('.fold-toggle')?.textContent).toContain('Xem Số liệu chính');
  });

  it('the failure view keeps the menu with the library and the languages (no article actions)', async () => {
    const deps = fakeDeps({ ok: false, reason: 'not-article', message: '' });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    expect(container.querySelector('[data-testid="save-button"]')).toBeNull();
    await click(byTestId(container, 'more-actions'));
    expect(Array.from(container.querySelectorAll('[role^="menuitem"]'), (i) => i.textContent)).toEqual(['Mở thư viện', '✓Tiếng Việt', 'English']);
    await click(byTestId(container, 'open-library'));
    expect(deps.openLibrary).toHaveBeenCalled();
  });
});

describe('popup: loading and failures', () => {
  it('shows the spinner only after 150 ms', async () => {
    vi.useFakeTimers();
    const deps = fakeDeps({ ok: false, reason: 'error', message: '' }, { load: () => new Promise<PopupLoadResult>(() => undefined) });
    container = mount(<PopupApp deps={deps} />);
    expect(byTestId(container, 'loading').querySelector('.spinner')).toBeNull();
    const { act } = await import('preact/test-utils');
    act(() => {
      vi.advanceTimersByTime(160);
    });
    expect(byTestId(container, 'loading').querySelector('.spinner')).not.toBeNull();
    expect(byTestId(container, 'loading').textContent).toContain('Đang đọc trang');
  });

  const reasons = ['not-article', 'empty', 'too-large', 'restricted', 'error', 'timeout'] as const;
  for (const reason of reasons) {
    it(`explains "${reason}" in Vietnamese and English with a way forward`, async () => {
      for (const lang of ['vi', 'en'] as const) {
        configureI18n({ override: lang });
        const deps = fakeDeps({ ok: false, reason, message: 'ignored' }, { lang });
        container = mount(<PopupApp deps={deps} />);
        await settle();
        const view = byTestId(container, 'failure');
        expect(view.getAttribute('data-reason')).toBe(reason);
        const expected = reason === 'timeout' ? TIMEOUT_MESSAGES[lang] : FAILURE_MESSAGES[reason][lang];
        expect(view.textContent).toContain(expected);
        const buttons = Array.from(view.querySelectorAll('button'), (b) => b.textContent);
        expect(buttons).toContain(lang === 'vi' ? 'Mở thư viện' : 'Open library');
        const retry = lang === 'vi' ? 'Thử lại' : 'Try again';
        expect(buttons.includes(retry)).toBe(reason === 'timeout' || reason === 'error');
        const report = lang === 'vi' ? 'Báo trang này' : 'Report this page';
        expect(buttons.includes(report)).toBe(reason !== 'restricted');
        if (reason === 'restricted') {
          expect(view.querySelector('h1')?.textContent).toBe(lang === 'vi' ? 'Trang này không thể đọc được' : 'This page cannot be read');
        }
        unmount(container);
        container = null;
      }
    });
  }

  it('retry loads again and shows the article when the page answers', async () => {
    const article = analyseArticle(makeArticle());
    const results: PopupLoadResult[] = [{ ok: false, reason: 'timeout', message: '' }, { ok: true, article }];
    const deps = fakeDeps(results[0]!, { load: vi.fn(async () => results.shift()!) });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(buttonByText(container, 'Thử lại'));
    expect(deps.load).toHaveBeenCalledTimes(2);
    expect(byTestId(container, 'article-title').textContent).toBe(article.title);
  });

  it('"Báo trang này" copies the URL and the reason', async () => {
    const deps = fakeDeps({ ok: false, reason: 'not-article', message: '' });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(buttonByText(container, 'Báo trang này'));
    const copied = vi.mocked(deps.copyText).mock.calls[0]![0];
    expect(copied).toContain('https://example.gov.vn/trang-chu');
    expect(copied).toContain('not-article');
    expect(copied).toContain(FAILURE_MESSAGES['not-article'].vi);
    // Where to send it, in words a reader can follow.
    expect(byTestId(container, 'status-message').textContent).toMatch(/^Đã chép .*Gửi cho nhóm phát triển: .*Chrome Web Store hoặc Firefox Add-ons.*“Hỗ trợ”.*dán/);
  });

  it('"Mở thư viện" opens the library', async () => {
    const deps = fakeDeps({ ok: false, reason: 'restricted', message: '' });
    container = mount(<PopupApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'failure').querySelector('button')!);
    expect(deps.openLibrary).toHaveBeenCalled();
  });
});
