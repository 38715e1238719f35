// Background: a service worker in Chrome (MV3), an event page in Firefox (MV2). It owns the work that must
// outlive the popup (saving), the toolbar badge, the context menu and the keyboard shortcut.
import { defineBackground, browser } from '#imports';
import { resolveLang } from '../utils/i18n/i18n';
import { messageIn } from '../utils/i18n/catalogs';
import { loadPrefs, PREFS_KEY } from '../utils/prefs/interface-prefs';
import { isExtensionPage, isOwnSender, parseMessage, type IsSavedReply, type SenderLike } from '../utils/messaging/protocol';
import { listener, receiver } from '../utils/messaging/messenger';
import { library, refetchAfterGrant, refetchImages, saveTab } from '../utils/extension/save-tab';
import { findPageRecord, findPendingFor } from '../utils/library';
import { readOnLoad } from '../utils/extension/read-on-load';
import { saveReadArticle } from '../utils/extension/save-read-article';
import { clearSaveOutcome, showSaveOutcome, showToolbarLanguage, toolbarApi } from '../utils/extension/toolbar';
import { clearStaleProgress, scheduleAutoSync, setAutoSync, setUpSyncHere, syncNow, SYNC_ALARM, turnOffSync } from '../utils/extension/sync-service';
import { checkFollowed, editFollows, startFollowService } from '../utils/extension/follow-service';

const MENU_SAVE = 'tin-sach-save';

async function isSaved(url: string, canonicalUrl = url, title?: string): Promise<IsSavedReply> {
  const db = await library();
  const { id, record, ofPage } = await findPageRecord(db, url, canonicalUrl);
  // A link to read is not saved yet: the popup that asks is showing its page, and saves it (in its place,
  // also when the page's address differs from the imported one: see saveTab).
  if (record?.pending) return { saved: false, id, pending: true };
  if (!record && (await findPendingFor(db, { url, canonicalUrl, title }))) return { saved: false, id: null, pending: true };
  return { saved: ofPage, id: ofPage ? id : null };
}

/** The reader's chosen interface language (the browser's own locale cannot be switched). */
async function readerLang() {
  const { language } = await loadPrefs(browser.storage.local);
  return resolveLang(language, navigator.languages ?? [], browser.i18n.getUILanguage());
}

async function menuTitle(): Promise<string> {
  const lang = await readerLang();
  return messageIn(lang, 'menuSave');
}

/** Tabs showing a save's outcome on the toolbar, cleared when they leave the page. */
const outcomeTabs = new Set<number>();

async function saveFromShortcut(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const reply = await saveTab(tabId);
  outcomeTabs.add(tabId);
  await showSaveOutcome(toolbarApi(), tabId, reply, await readerLang()).catch(() => undefined);
}

export default defineBackground(() => {
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');
  startFollowService();

  // The tooltip follows the reader's language, now and whenever it is changed (in any of our pages).
  void readerLang().then((lang) => showToolbarLanguage(toolbarApi(), lang)).catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(PREFS_KEY in changes)) return;
    void readerLang().then((lang) => showToolbarLanguage(toolbarApi(), lang)).catch(() => undefined);
  });
  // "Allow" on an image-host question: the photos waiting for that host are fetched at once. Where the event is
  // missing, the popup still asking fetches them itself (mount.tsx).
  try {
    browser.permissions.onAdded.addListener((p) => void refetchAfterGrant(p.origins ?? []).catch(() => undefined));
  } catch {
    console.debug('[tin-sach] no permissions.onAdded here');
  }
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined || !outcomeTabs.delete(tabId)) return;
    void clearSaveOutcome(toolbarApi(), tabId).catch(() => undefined);
  });

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
    'tinsach/readerable': (_message, sender) => {
      // From the registered content script in a tab: read the page now, so the popup opened on it answers from the
      // page's cache (utils/extension/read-on-load.ts).
      const tabId = sender.tab?.id;
      if (tabId !== undefined) void readOnLoad(tabId, toolbarApi());
      return undefined;
    },
    'tinsach/save': (message, sender) => (fromOwnPage(sender) ? saveTab(message.tabId, { replace: message.replace, expect: message.expect }) : undefined),
    'tinsach/refetch-images': (message, sender) => (fromOwnPage(sender) ? refetchImages(message.id) : undefined),
    'tinsach/save-article': (message, sender) => (fromOwnPage(sender) ? saveReadArticle(message.article) : undefined),
    'tinsach/is-saved': (message, sender) => (fromOwnPage(sender) ? isSaved(message.url, message.canonicalUrl, message.title) : undefined),
    'tinsach/sync-setup': (message, sender) => (fromOwnPage(sender) ? setUpSyncHere(message) : undefined),
    'tinsach/sync-now': (_message, sender) => (fromOwnPage(sender) ? syncNow() : undefined),
    'tinsach/sync-auto': (message, sender) => (fromOwnPage(sender) ? setAutoSync(message.auto) : undefined),
    'tinsach/sync-off': (_message, sender) => (fromOwnPage(sender) ? turnOffSync() : undefined),
    'tinsach/follow-edit': (message, sender) => (fromOwnPage(sender) ? editFollows(message.edit) : undefined),
    'tinsach/follow-check': (_message, sender) => (fromOwnPage(sender) ? checkFollowed(true) : undefined),
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
