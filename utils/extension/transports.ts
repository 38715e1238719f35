// The browser's sendMessage as transports for utils/messaging/messenger.ts (the only place they are made, so
// the rest of utils/ never touches `browser.*`). Wrapped in arrows so each call goes through the current
// `browser` object (tests spy on it) and keeps its `this`.
import { browser } from '#imports';
import type { Transport } from '../messaging/messenger';

/** To the background (and any open extension page) of this extension. */
export const toExtension: Transport = (message) => browser.runtime.sendMessage(message);

/** To the extension's scripts in one tab (the extractor). */
export const toTab =
  (tabId: number): Transport =>
  (message) =>
    browser.tabs.sendMessage(tabId, message);
