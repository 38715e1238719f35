// The toolbar button's words: its tooltip in the reader's chosen language (the manifest's default follows the
// browser's own language, which the reader cannot switch), and the outcome of a save from the keyboard
// shortcut or the page menu. Such a save has no popup to answer in, and a badge alone, cleared after four
// seconds, was missed: the badge now stays while the reader is on the page, and the tooltip says in words
// what happened and what to do. (A system notification would need one more permission.)
import { browser } from '#imports';
import { messageIn } from '../i18n/catalogs';
import type { Lang } from '../i18n/i18n';
import type { SaveReply } from '../messaging/protocol';
import { saveFailureMessage } from '../ui/failure-text';

/** The part of browser.action (Chrome MV3) / browser.browserAction (Firefox MV2) used here. */
export interface ToolbarApi {
  setTitle(details: { title: string | null; tabId?: number }): Promise<void> | void;
  setBadgeText(details: { text: string | null; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
}

export function toolbarApi(): ToolbarApi {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction) as ToolbarApi;
}

export interface SaveOutcome {
  badge: string;
  color: string;
  title: string;
}

/** What the toolbar shows after a save from the shortcut or the menu. */
export function saveOutcome(reply: SaveReply, lang: Lang): SaveOutcome {
  if (reply.ok) {
    const img = reply.images;
    const photos = img && img.total > 0 && img.saved < img.total ? messageIn(lang, 'toolbarSavedPhotosMissing', [String(img.saved), String(img.total)]) : '';
    return { badge: '✓', color: '#1b7f3b', title: [messageIn(lang, 'toolbarSaved'), photos].filter(Boolean).join(' ') };
  }
  const why = saveFailureMessage(reply.reason, reply.message || messageIn(lang, 'statusSaveFailed'), lang);
  return { badge: '!', color: '#b3261e', title: messageIn(lang, 'toolbarSaveFailed', why) };
}

/** The tooltip of every tab without a tab-specific one, in the reader's language. */
export async function showToolbarLanguage(api: ToolbarApi, lang: Lang): Promise<void> {
  await api.setTitle({ title: messageIn(lang, 'actionTitle') });
}

/** Badge and tooltip on the tab that was saved; they stay until the tab leaves the page (clearSaveOutcome). */
export async function showSaveOutcome(api: ToolbarApi, tabId: number, reply: SaveReply, lang: Lang): Promise<void> {
  const o = saveOutcome(reply, lang);
  await api.setBadgeBackgroundColor({ tabId, color: o.color });
  await api.setBadgeText({ tabId, text: o.badge });
  await api.setTitle({ tabId, title: o.title });
}

/** Back to what every tab shows: null clears the tab's own title and badge (an empty badge would hide the
 *  global one, the count of new articles on followed pages). */
export async function clearSaveOutcome(api: ToolbarApi, tabId: number): Promise<void> {
  await api.setBadgeText({ tabId, text: null });
  await api.setTitle({ tabId, title: null });
}
