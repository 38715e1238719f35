// The reader page: a saved article offline with its stored images, reading settings, progress that is
// saved and restored, and read-aloud. Browser access comes through `deps` (entrypoints/reader/main.tsx).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SavedArticle } from '../../utils/model/saved-article';
import { t, type Lang, type LanguageChoice } from '../../utils/i18n/i18n';
import type { ReaderSettings } from '../../utils/prefs/reading-settings';
import { applyStoredImages } from '../../utils/ui/offline-images';
import { collectSentences, type DomSentence } from '../../utils/ui/dom-sentences';
import { clearReadingHighlight, showReadingHighlight } from '../../utils/ui/reading-highlight';
import { throttle } from '../../utils/ui/timing';
import { ReadAloud, type MakeUtterance, type ReadAloudState, type SynthLike, type VoiceLike } from '../../utils/read-aloud/tts';
import { safeHttpUrl } from '../../utils/ui/safe-url';
import { ArticleView } from '../ArticleView';
import { DelayedSpinner } from '../DelayedSpinner';
import { StatusLine, type Status } from '../StatusLine';
import { ReadAloudBar } from './ReadAloudBar';
import { chooseVoice, helpSystem } from '../../utils/read-aloud/voice-choice';
import { ToReadNotice } from './ToReadNotice';
import { SettingsPanel } from './SettingsPanel';

export interface ReaderSpeech {
  synth: SynthLike;
  makeUtterance: MakeUtterance;
  /** Chrome fills the voice list asynchronously; returns an unsubscribe function. */
  onVoicesChanged?: (cb: () => void) => () => void;
}

export interface ReaderDeps {
  lang: Lang;
  /** null when there is no such article. */
  load(): Promise<{ article: SavedArticle; images: Map<string, Blob> } | null>;
  initialSettings: ReaderSettings;
  saveSettings(s: ReaderSettings): void;
  /** Puts the settings on <html> (theme, sizes). */
  applySettings(s: ReaderSettings): void;
  setProgress(progress: number): Promise<void>;
  markRead(): Promise<void>;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  speech: ReaderSpeech | null;
  /** The stored language choice, and how to change it (stores it, reloads the page into it). */
  languageChoice: LanguageChoice;
  chooseLanguage(choice: LanguageChoice): void;
  /** "No Vietnamese voice" was dismissed before; dismissing stores that. */
  voiceNoteDismissed: boolean;
  dismissVoiceNote(): void;
  libraryHref: string;
  errorText(e: unknown): string;
}

/** Share of the page scrolled, 0..1 (a page that fits the window counts as the top). */
export function scrollProgress(win: Pick<Window, 'scrollY' | 'innerHeight'>, doc: Document): number {
  const max = doc.documentElement.scrollHeight - win.innerHeight;
  if (max <= 0) return 0;
  return Math.min(1, Math.max(0, win.scrollY / max));
}

const PROGRESS_THROTTLE_MS = 1000;
/** Scrolled this far = finished (the last lines rarely reach the very top). */
const READ_AT = 0.97;

type View = { kind: 'loading' } | { kind: 'missing' } | { kind: 'error'; text: string } | { kind: 'ready'; article: SavedArticle; images: Map<string, Blob> };

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function ReaderApp({ deps }: { deps: ReaderDeps }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>(deps.initialSettings);
  const [status, setStatus] = useState<Status | null>(null);
  const [speechState, setSpeechState] = useState<ReadAloudState>('idle');
  const [voices, setVoices] = useState<VoiceLike[]>(() => deps.speech?.synth.getVoices() ?? []);
  const bodyRef = useRef<HTMLElement | null>(null);
  const objectUrls = useRef<string[]>([]);
  const sentences = useRef<DomSentence[]>([]);
  const readMarked = useRef(false);
  const [isRead, setIsRead] = useState(false);
  const reader = useRef<ReadAloud | null>(null);
  const lastSpoken = useRef(-1);
  const galleryUrls = useRef(new Map<string, string>());
  const [voiceNoteHidden, setVoiceNoteHidden] = useState(deps.voiceNoteDismissed);

  useEffect(() => {
    let alive = true;
    deps
      .load()
      .then((r) => {
        if (!alive) return;
        if (!r) setView({ kind: 'missing' });
        else {
          readMarked.current = r.article.readAt !== null;
          setIsRead(readMarked.current);
          setView({ kind: 'ready', article: r.article, images: r.images });
        }
      })
      .catch((e: unknown) => alive && setView({ kind: 'error', text: deps.errorText(e) }));
    return () => {
      alive = false;
      for (const url of [...objectUrls.current, ...galleryUrls.current.values()]) deps.revokeObjectURL(url);
      objectUrls.current = [];
      galleryUrls.current.clear();
    };
  }, [deps]);

  useEffect(() => {
    deps.applySettings(settings);
  }, [deps, settings]);

  useEffect(() => {
    const speech = deps.speech;
    if (!speech?.onVoicesChanged) return undefined;
    return speech.onVoicesChanged(() => setVoices(speech.synth.getVoices()));
  }, [deps]);

  const markRead = useCallback(async () => {
    if (readMarked.current) return;
    readMarked.current = true;
    setIsRead(true);
    try {
      await deps.markRead();
      setStatus({ text: t('statusMarkedRead'), tone: 'ok' });
    } catch (e) {
      readMarked.current = false;
      setIsRead(false);
      setStatus({ text: deps.errorText(e), tone: 'error' });
    }
  }, [deps]);

  // Progress: saved at most once a second while scrolling, and once more when the page is hidden.
  const saveProgress = useMemo(
    () =>
      throttle((p: number) => {
        deps.setProgress(p).catch(() => undefined);
      }, PROGRESS_THROTTLE_MS),
    [deps],
  );
  useEffect(() => {
    if (view.kind !== 'ready') return undefined;
    const onScroll = () => {
      const p = scrollProgress(window, document);
      saveProgress(p);
      if (p >= READ_AT) void markRead();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') saveProgress.flush();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      saveProgress.flush();
    };
  }, [view.kind, saveProgress, markRead]);

  const changeSettings = (next: ReaderSettings) => {
    setSettings(next);
    deps.saveSettings(next);
    reader.current?.setRate(next.speechRate);
  };

  const voiceChoice = useMemo(() => chooseVoice(voices), [voices]);
  const viVoice = voiceChoice.kind === 'none' ? null : voiceChoice.voice;
  const [speechFailed, setSpeechFailed] = useState(false);

  const ensureReader = (): ReadAloud | null => {
    const speech = deps.speech;
    if (!speech) return null;
    reader.current ??= new ReadAloud({
      synth: speech.synth,
      makeUtterance: speech.makeUtterance,
      lang: 'vi-VN',
      voice: viVoice,
      rate: settings.speechRate,
      onState: setSpeechState,
      onFailure: () => setSpeechFailed(true),
      onSentence: (i) => {
        const root = bodyRef.current;
        if (!root) return;
        const s = i >= 0 ? sentences.current[i] : undefined;
        if (s) showReadingHighlight(root, s, prefersReducedMotion());
        else clearReadingHighlight(root);
        // Reading reached the end: the article has been read.
        if (i === -1 && sentences.current.length > 0 && lastSpoken.current >= sentences.current.length - 1) void markRead();
        if (i >= 0) lastSpoken.current = i;
      },
    });
    return reader.current;
  };

  // Voices arrive late in Chrome: a reader built before the Vietnamese voice was known is rebuilt.
  useEffect(() => {
    reader.current?.stop();
    reader.current = null;
  }, [viVoice]);

  const play = () => {
    const root = bodyRef.current;
    const r = ensureReader();
    if (!root || !r) return;
    setSpeechFailed(false);
    sentences.current = collectSentences(root);
    lastSpoken.current = -1;
    // Start where the reader is: the first sentence whose paragraph is on screen.
    const first = sentences.current.findIndex((s) => (s.block.getBoundingClientRect?.().bottom ?? 0) > 0);
    r.play(
      sentences.current.map((s) => s.text),
      Math.max(0, first),
    );
  };

  useEffect(() => () => reader.current?.stop(), []);

  if (view.kind === 'loading') return <DelayedSpinner label={t('loadingArticle')} />;
  if (view.kind === 'missing' || view.kind === 'error') {
    return (
      <main class="reader-missing">
        <h1>{view.kind === 'missing' ? t('readerMissingHeading') : t('readerErrorHeading')}</h1>
        <p>{view.kind === 'missing' ? t('readerMissingText') : view.text}</p>
        <a class="btn" href={deps.libraryHref}>
          {t('actionOpenLibrary')}
        </a>
      </main>
    );
  }

  const { article, images } = view;
  // Stored images are swapped in while the body is still inert: the reader never asks the portal for them.
  const prepareBody = (fragment: DocumentFragment) => {
    for (const url of objectUrls.current) deps.revokeObjectURL(url);
    objectUrls.current = applyStoredImages(fragment, images, { createObjectURL: deps.createObjectURL, missingLabel: t('imageMissing') });
  };
  const onBodyRendered = (el: HTMLElement) => {
    bodyRef.current = el;
  };
  const onHighlighted = () => {
    // Restore the reading position once the body (with its images) is laid out.
    if (article.progress > 0.01 && article.progress < READ_AT) {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      if (max > 0) window.scrollTo({ top: article.progress * max });
      setStatus({ text: t('statusResumed', Math.round(article.progress * 100)), tone: 'info' });
    }
  };
  const resolveImage = (src: string): string | null => {
    const blob = images.get(src);
    if (!blob) return null;
    let url = galleryUrls.current.get(src);
    if (!url) {
      url = deps.createObjectURL(blob);
      galleryUrls.current.set(src, url);
    }
    return url;
  };

  return (
    <div class="reader">
      <header class="reader-bar">
        <a class="btn btn-small" href={deps.libraryHref}>
          <span aria-hidden="true">←</span> {t('actionBackToLibrary')}
        </a>
        <SettingsPanel settings={settings} onChange={changeSettings} language={deps.languageChoice} onLanguage={deps.chooseLanguage} />
      </header>
      <main class="reader-main">
        <ArticleView
          article={article}
          lang={deps.lang}
          bodyTestId="reader-body"
          prepareBody={prepareBody}
          onBodyRendered={onBodyRendered}
          onHighlighted={onHighlighted}
          onStatus={(text) => setStatus({ text, tone: 'info' })}
          resolveImage={resolveImage}
          actions={
            <>
              {article.pending ? <ToReadNotice url={article.url} /> : null}
              <p class="meta original">
                {safeHttpUrl(article.url) ? (
                  <a href={safeHttpUrl(article.url) ?? undefined} target="_blank" rel="noopener noreferrer">
                    {t('readerOriginal')}
                  </a>
                ) : null}
              </p>
              <ReadAloudBar
                supported={deps.speech !== null}
                voice={voiceChoice}
                system={helpSystem(navigator.userAgent)}
                failed={speechFailed}
                voiceNoteHidden={voiceNoteHidden}
                onDismissVoiceNote={() => {
                  setVoiceNoteHidden(true);
                  deps.dismissVoiceNote();
                }}
                state={speechState}
                rate={settings.speechRate}
                onPlay={play}
                onPause={() => reader.current?.pause()}
                onResume={() => reader.current?.resume()}
                onStop={() => reader.current?.stop()}
                onRate={(rate) => changeSettings({ ...settings, speechRate: rate })}
              />
              <StatusLine status={status} />
            </>
          }
        />
        <footer class="reader-end">
          <button type="button" class="btn" onClick={() => void markRead()} disabled={isRead}>
            {isRead ? t('itemRead') : t('actionMarkRead')}
          </button>
          <a class="btn" href={deps.libraryHref}>
            {t('actionBackToLibrary')}
          </a>
        </footer>
      </main>
    </div>
  );
}
