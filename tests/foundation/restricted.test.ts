import { describe, expect, it } from 'vitest';
import { restrictedKind } from '../../utils/sites/restricted';

describe('restrictedKind', () => {
  it('explains the pages no extension may read', () => {
    expect(restrictedKind('chrome://extensions')).toBe('browser-page');
    expect(restrictedKind('chrome://newtab/')).toBe('browser-page');
    expect(restrictedKind('about:addons')).toBe('browser-page');
    expect(restrictedKind('edge://settings')).toBe('browser-page');
    expect(restrictedKind('view-source:https://vnexpress.net/')).toBe('browser-page');
    expect(restrictedKind('moz-extension://1234/popup.html')).toBe('browser-page');
    expect(restrictedKind('https://chromewebstore.google.com/detail/abc')).toBe('store');
    expect(restrictedKind('https://chrome.google.com/webstore/detail/abc')).toBe('store');
    expect(restrictedKind('https://addons.mozilla.org/vi/firefox/')).toBe('store');
    expect(restrictedKind('https://vanban.chinhphu.vn/files/nghi-dinh-15-2020.pdf')).toBe('pdf');
    expect(restrictedKind('file:///home/user/bao-cao.pdf')).toBe('pdf');
    expect(restrictedKind(undefined)).toBe('no-url');
    expect(restrictedKind('not a url')).toBe('no-url');
  });

  it('lets ordinary news and portal pages through', () => {
    expect(restrictedKind('https://baothang.laocai.gov.vn/tin-tuc/tin-hoat-dong/abc-1203547.html')).toBeNull();
    expect(restrictedKind('http://vnexpress.net/a-5047363.html')).toBeNull();
    // Google's own pages other than the old store path are ordinary pages.
    expect(restrictedKind('https://chrome.google.com/intl/vi/chrome/')).toBeNull();
  });
});
