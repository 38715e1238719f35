// The popup's first questions (utils/extension/popup-questions.ts), asked by a small script before the popup's
// interface loads and handed over through a global: the interface uses that very answer (no second question to
// the page), and asks for itself when the small script did not run.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { askPopupQuestions, leavePopupQuestions, takePopupQuestions } from '../../utils/extension/popup-questions';
import { loadArticle } from '../../entrypoints/popup/load-article';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { PREFS_KEY } from '../../utils/prefs/interface-prefs';
import { makeArticle } from '../ui/fixtures/article';

const PAGE = 'https://huyenbaoyen.laocai.gov.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam';

describe('popup: questions asked before the interface loads', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    takePopupQuestions();
  });

  it('asks the page once; the interface shows that answer without asking again', async () => {
    const tab = await fakeBrowser.tabs.create({ url: PAGE });
    await browser.storage.local.set({ [PREFS_KEY]: { language: 'en', summaryCollapsed: true } });
    const article = analyseArticle(makeArticle());
    const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, article } as never);

    leavePopupQuestions(askPopupQuestions(`?tabId=${tab.id}`));
    const questions = takePopupQuestions();
    expect(questions).toBeDefined();
    // Taken once: a second look finds nothing (the interface cannot pick up a stale set on "Try again").
    expect(takePopupQuestions()).toBeUndefined();

    await expect(loadArticle(questions!.tab, questions!.article)).resolves.toEqual({ ok: true, article });
    await expect(questions!.prefs).resolves.toMatchObject({ language: 'en', summaryCollapsed: true });
    // The question carries the list page's request for teasers, and went to the page exactly once.
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith(tab.id, { type: 'tinsach/extract', teasers: true });
  });

  it('a popup with no tab to read settles as an error, never a rejection', async () => {
    vi.spyOn(browser.tabs, 'query').mockRejectedValue(new Error('no window'));
    const sendMessage = vi.spyOn(browser.tabs, 'sendMessage');
    const questions = askPopupQuestions('');
    await expect(questions.tab).resolves.toEqual({ id: -1, url: '' });
    await expect(questions.article).resolves.toMatchObject({ ok: false, reason: 'error' });
    await expect(loadArticle(questions.tab, questions.article)).resolves.toMatchObject({ ok: false, reason: 'error' });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('a browser page is refused without asking it anything', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'chrome://settings/' }] as never);
    const sendMessage = vi.spyOn(browser.tabs, 'sendMessage');
    const questions = askPopupQuestions('');
    await expect(loadArticle(questions.tab, questions.article)).resolves.toMatchObject({ ok: false, reason: 'restricted' });
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
