// Renders page-derived HTML the three ways the extension shows it — the popup (PopupApp), the reader
// (ReaderApp, with stored images) and the bare SafeHtml component — into a trap window (trap-window.ts).
// The components read the global window/document, so the trap window is installed as the global for the
// duration of a render (see installGlobals); this file is .ts, hence h() instead of JSX.
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { PopupApp, type PopupDeps } from '../../components/popup/PopupApp';
import { ReaderApp, type ReaderDeps } from '../../components/reader/ReaderApp';
import { SafeHtml } from '../../components/SafeHtml';
import { configureI18n } from '../../utils/i18n/i18n';
import { DEFAULT_SETTINGS } from '../../utils/prefs/reading-settings';
import type { AnalysedArticle } from '../../utils/model/analysed-article';
import type { SavedArticle } from '../../utils/model/saved-article';
import { installGlobals, type TrapWindow } from './trap-window';

export interface Rendered {
  container: HTMLElement;
  /** The element holding the sanitised article body. */
  body: HTMLElement;
  unmount(): void;
}

/** A few rounds of animation frames and timers in the trap window: effects, after-paint highlighting. */
async function settle(trap: TrapWindow): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await act(async () => {
      await new Promise<void>((resolve) => trap.window.requestAnimationFrame(() => trap.window.setTimeout(resolve, 0)));
    });
  }
}

async function mount(trap: TrapWindow, vnode: ComponentChild, bodySelector: string): Promise<Rendered> {
  const restore = installGlobals(trap);
  configureI18n({ override: 'vi' });
  const container = trap.document.createElement('div');
  trap.document.body.append(container);
  try {
    act(() => {
      render(vnode, container);
    });
    await settle(trap);
  } finally {
    restore();
  }
  const body = container.querySelector<HTMLElement>(bodySelector);
  if (!body) throw new Error(`nothing matches ${bodySelector} after rendering: ${container.innerHTML.slice(0, 300)}`);
  return {
    container,
    body,
    unmount: () => {
      const undo = installGlobals(trap);
      try {
        act(() => render(null, container));
      } finally {
        undo();
      }
      container.remove();
    },
  };
}

export function renderPopup(trap: TrapWindow, article: AnalysedArticle): Promise<Rendered> {
  const deps: PopupDeps = {
    lang: 'vi',
    chooseLanguage: vi.fn(),
    folds: { summaryCollapsed: false, figuresCollapsed: false },
    rememberFolds: vi.fn(),
    load: async () => ({ ok: true, article }),
    savedId: async () => null,
    save: vi.fn(async () => ({ ok: true as const, id: 'a0000000abcd' })),
    remove: vi.fn(async () => undefined),
    restore: vi.fn(async () => undefined),
    openReader: vi.fn(),
    openLibrary: vi.fn(),
    copyText: vi.fn(async () => undefined),
    toMarkdown: () => '',
    downloadMarkdown: () => undefined,
    reportInfo: () => ({ url: article.url, version: '0.0.0-test' }),
  };
  return mount(trap, h(PopupApp, { deps }), '[data-testid="article-body"]');
}

export function renderReader(trap: TrapWindow, article: SavedArticle, images: Map<string, Blob>): Promise<Rendered> {
  let n = 0;
  const deps: ReaderDeps = {
    lang: 'vi',
    load: async () => ({ article, images }),
    initialSettings: { ...DEFAULT_SETTINGS },
    saveSettings: vi.fn(),
    applySettings: vi.fn(),
    setProgress: vi.fn(async () => undefined),
    markRead: vi.fn(async () => undefined),
    createObjectURL: () => `blob:chrome-extension://tinsachtestextensionid00000000/${++n}`,
    revokeObjectURL: vi.fn(),
    speech: null,
    languageChoice: 'auto',
    chooseLanguage: vi.fn(),
    voiceNoteDismissed: false,
    dismissVoiceNote: vi.fn(),
    libraryHref: 'library.html',
    errorText: () => 'lỗi',
  };
  return mount(trap, h(ReaderApp, { deps }), '[data-testid="reader-body"]');
}

export function renderSafeHtml(trap: TrapWindow, html: string): Promise<Rendered> {
  return mount(trap, h(SafeHtml, { html, testId: 'safe-html' }), '[data-testid="safe-html"]');
}
