// reader.html?id=… — wires the library, settings storage and speech synthesis to ReaderApp.
import { render } from 'preact';
import { browser } from '#imports';
import { ReaderApp, type ReaderDeps, type ReaderSpeech } from '../../components/reader/ReaderApp';
import { openLibrary, type LibraryDb, getArticle, getImages, markRead, setProgress, LibraryError } from '../../utils/library';
import { loadSettings, saveSettings } from '../../utils/prefs/reading-settings';
import { applyReaderSettings } from '../../utils/ui/apply-settings';
import { withLangOverride } from '../../utils/ui/page-setup';
import { chooseLanguage, rememberPrefs, setUpPageLanguage } from '../../utils/extension/page-language';
import { articleIdFromQuery } from '../../utils/ui/query';
import { t } from '../../utils/i18n/i18n';
import type { SynthLike, UtteranceLike } from '../../utils/read-aloud/tts';
import '../../components/theme.css';
import '../../components/article.css';
import '../../components/reader/reader.css';

const id = articleIdFromQuery(location.search);
let dbPromise: Promise<LibraryDb> | null = null;
const db = () => (dbPromise ??= openLibrary({ onBlocking: () => location.reload() }));

function speech(): ReaderSpeech | null {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return {
    synth: speechSynthesis as unknown as SynthLike,
    makeUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
    onVoicesChanged: (cb) => {
      speechSynthesis.addEventListener('voiceschanged', cb);
      return () => speechSynthesis.removeEventListener('voiceschanged', cb);
    },
  };
}

const libraryHref = withLangOverride(browser.runtime.getURL('/library.html'), location.search);

async function start(): Promise<void> {
  const [{ lang, prefs }, settings] = await Promise.all([setUpPageLanguage('readerTitle'), loadSettings(browser.storage.local)]);
  applyReaderSettings(document.documentElement, settings);
  const deps: ReaderDeps = {
    lang,
    async load() {
      if (!id) return null;
      const d = await db();
      const article = await getArticle(d, id);
      if (!article) return null;
      document.title = `${article.title} — ${t('extName')}`;
      return { article, images: await getImages(d, id) };
    },
    initialSettings: settings,
    saveSettings: (s) => void saveSettings(browser.storage.local, s).catch(() => undefined),
    applySettings: (s) => applyReaderSettings(document.documentElement, s),
    setProgress: async (p) => (id ? setProgress(await db(), id, p) : undefined),
    markRead: async () => (id ? markRead(await db(), id, true) : undefined),
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    speech: speech(),
    languageChoice: prefs.language,
    chooseLanguage: (choice) => void chooseLanguage(choice),
    voiceNoteDismissed: prefs.voiceNoteDismissed,
    dismissVoiceNote: () => rememberPrefs({ voiceNoteDismissed: true }),
    libraryHref,
    errorText: (e) => (e instanceof LibraryError ? e.messageFor(lang) : t('libraryGenericError')),
  };
  const root = document.getElementById('app');
  if (root) render(<ReaderApp deps={deps} />, root);
}

void start();
