// Background: a service worker in Chrome (MV3), an event page in Firefox (MV2). It owns the work that must
// outlive the popup (saving), the toolbar badge, the context menu and the keyboard shortcut.
import { defineBackground, browser } from '#imports';
import { resolveLang } from '../utils/i18n/i18n';
import { messageIn } from '../utils/i18n/catalogs';
import { loadPrefs, PREFS_KEY } from '../utils/prefs/interface-prefs';
import { isExtensionPage, isOwnSender, parseMessage, type IsSavedReply, type SenderLike } from '../utils/messaging/protocol';
import { listener, receiver } from '../utils/messaging/messenger';
import { library, refetchImages, saveTab } from '../utils/extension/save-tab';
import { findPageRecord } from '../utils/library';
import { extractFromTab } from '../utils/extension/tab-extract';
import { saveReadArticle } from '../utils/extension/save-read-article';
import { clearStaleProgress, scheduleAutoSync, setAutoSync, setUpSyncHere, syncNow, SYNC_ALARM, turnOffSync } from '../utils/extension/sync-service';

const MENU_SAVE = 'tin-sach-save';

// Chrome MV3 has `action`; Firefox MV2 has the same API as `browserAction`.
const toolbar = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function isSaved(url: string, canonicalUrl = url): Promise<IsSavedReply> {
  const { id, record, ofPage } = await findPageRecord(await library(), url, canonicalUrl);
  // A link to read is not saved yet: the popup that asks is showing its page, and saves it.
  if (record?.pending) return { saved: false, id, pending: true };
  return { saved: ofPage, id: ofPage ? id : null };
}

/** The menu item in the reader's chosen interface language (the browser's own locale cannot be switched). */
async function menuTitle(): Promise<string> {
  const { language } = await loadPrefs(browser.storage.local);
  const lang = resolveLang(language, navigator.languages ?? [], browser.i18n.getUILanguage());
  return messageIn(lang, 'menuSave');
}

/** A short-lived badge tells the reader a save from the menu or the shortcut worked (no notifications permission). */
async function flashBadge(tabId: number, ok: boolean): Promise<void> {
  await toolbar.setBadgeBackgroundColor({ tabId, color: ok ? '#1b7f3b' : '#b3261e' });
  await toolbar.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  setTimeout(() => void toolbar.setBadgeText({ tabId, text: '' }).catch(() => undefined), 4000);
}

async function saveFromShortcut(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const reply = await saveTab(tabId);
  await flashBadge(tabId, reply.ok).catch(() => undefined);
}

export default defineBackground(() => {
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');

  // Firefox for Android has neither the context menu nor keyboard commands: the menu and the shortcut are wired
  // only where the browser has them, so the messages below are still answered there.
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (menus) {
    browser.runtime.onInstalled.addListener(() => {
      void menuTitle().then((title) => menus.create({ id: MENU_SAVE, title, contexts: ['page'] }));
    });
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(PREFS_KEY in changes)) return;
      void menuTitle()
        .then((title) => menus.update(MENU_SAVE, { title }))
        .catch(() => undefined);
    });
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === MENU_SAVE) void saveFromShortcut(tab?.id);
    });
  }

  const commands = browser.commands as typeof browser.commands | undefined;
  commands?.onCommand.addListener((command, tab) => {
    if (command !== 'save-article') return;
    if (tab?.id !== undefined) {
      void saveFromShortcut(tab.id);
      return;
    }
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => saveFromShortcut(active?.id));
  });

  // Only our own pages may save or ask about the library: a content script (running inside a hostile page) may not.
  const fromOwnPage = (sender: SenderLike) => isExtensionPage(sender, ownId, ownOrigin);
  const answer = receiver({
    'tinsach/readerable': (message, sender) => {
      // From the registered content script in a tab. Readability's quick check is only a first filter: the
      // badge lights when the extractor itself reads an article, so it agrees with what the popup will say
      // (a category page Readability calls readerable stays dark). The extractor caches its answer, so the
      // popup opened next on this page only adds the analysis.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !message.readerable) return undefined;
      // Extraction only: figures and summary wait until the reader opens the popup (entrypoints/analyser.ts).
      void extractFromTab(tabId, undefined, undefined, { analysed: false }).then((reply) => {
        if (!reply.ok) return;
        void toolbar.setBadgeBackgroundColor({ tabId, color: '#0b5cad' });
        void toolbar.setBadgeText({ tabId, text: '•' });
      });
      return undefined;
    },
    'tinsach/save': (message, sender) => (fromOwnPage(sender) ? saveTab(message.tabId, { replace: message.replace, expect: message.expect }) : undefined),
    'tinsach/refetch-images': (message, sender) => (fromOwnPage(sender) ? refetchImages(message.id) : undefined),
    'tinsach/save-article': (message, sender) => (fromOwnPage(sender) ? saveReadArticle(message.article) : undefined),
    'tinsach/is-saved': (message, sender) => (fromOwnPage(sender) ? isSaved(message.url, message.canonicalUrl) : undefined),
    'tinsach/sync-setup': (message, sender) => (fromOwnPage(sender) ? setUpSyncHere(message) : undefined),
    'tinsach/sync-now': (_message, sender) => (fromOwnPage(sender) ? syncNow() : undefined),
    'tinsach/sync-auto': (message, sender) => (fromOwnPage(sender) ? setAutoSync(message.auto) : undefined),
    'tinsach/sync-off': (_message, sender) => (fromOwnPage(sender) ? turnOffSync() : undefined),
  });

  // Automatic sync: the alarm survives the background being stopped; it is set again at each start in case the
  // browser dropped it (an update, a profile copied to another computer).
  const alarms = browser.alarms as typeof browser.alarms | undefined;
  alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow();
  });
  void scheduleAutoSync().catch(() => undefined);
  void clearStaleProgress().catch(() => undefined);

  browser.runtime.onMessage.addListener(
    listener((raw, sender) => {
      if (!parseMessage(raw) || !isOwnSender(sender, ownId)) {
        console.debug('[tin-sach] dropped message', raw);
        return undefined;
      }
      return answer(raw, sender);
    }),
  );
});
