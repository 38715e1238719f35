// Chrome's offscreen document: the DOM parser the service worker lacks. It answers one question from the
// background — the teasers or the article of a followed page it fetched, and the sanitised HTML of an article
// that arrived by sync — and nothing from anyone else.
import { browser } from '#imports';
import { listener, receiver } from '../../utils/messaging/messenger';
import { isExtensionPage } from '../../utils/messaging/protocol';
import { findTeaserBlocks } from '../../utils/digest/teasers';
import { parseInertPage } from '../../utils/html/inert-page';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';

const ownId = browser.runtime.id;
const ownOrigin = browser.runtime.getURL('/');
const answer = receiver({
  'tinsach/teaser-blocks': (message, sender) =>
    isExtensionPage(sender, ownId, ownOrigin) && !sender.tab
      ? Promise.resolve(findTeaserBlocks(parseInertPage(message.html), message.url, message.kind))
      : undefined,
  'tinsach/read-page': (message, sender) => {
    if (!isExtensionPage(sender, ownId, ownOrigin) || sender.tab) return undefined;
    // The extractor and analyser are loaded only for auto-save (off unless the reader turns it on).
    return import('../../utils/digest/quick-summary').then(({ readQuickSummary }) => {
      const read = readQuickSummary(parseInertPage(message.html), message.url);
      return read.ok ? read.article : null;
    });
  },
  'tinsach/sanitize-html': (message, sender) =>
    isExtensionPage(sender, ownId, ownOrigin) && !sender.tab ? Promise.resolve(sanitizeArticleHtml(message.html)) : undefined,
});
browser.runtime.onMessage.addListener(listener(answer));
