import { describe, expect, it } from 'vitest';
import { loadExtractorWithContentScript } from '../../tools/build/extractor-on-load';
import { REGISTERED_MATCHES } from '../../utils/sites/page-access';

describe('the extractor is loaded with the registered content script', () => {
  it('is listed first, so the content script finds it installed when it tells the background the page is ready', () => {
    const manifest = { content_scripts: [{ matches: REGISTERED_MATCHES, run_at: 'document_idle', js: ['content-scripts/content.js'] }] };
    loadExtractorWithContentScript(manifest);
    expect(manifest.content_scripts[0]!.js).toEqual(['extractor.js', 'content-scripts/content.js']);
    // Run twice (WXT's dev mode regenerates the manifest), it is still listed once.
    loadExtractorWithContentScript(manifest);
    expect(manifest.content_scripts[0]!.js).toEqual(['extractor.js', 'content-scripts/content.js']);
  });

  it('fails the build when the registered content script is gone, rather than shipping pages that are never read', () => {
    expect(() => loadExtractorWithContentScript({ content_scripts: [] })).toThrow(/content-scripts\/content\.js/);
    expect(() => loadExtractorWithContentScript({})).toThrow();
  });
});
