import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { REGISTERED_MATCHES } from './utils/sites/page-access';
import { dropWhyTexts } from './tools/build/drop-why';
import { loadExtractorWithContentScript } from './tools/build/extractor-on-load';

// One place for the extension's build configuration.
// Chrome ships as MV3 (required by the Chrome Web Store). Firefox ships as MV2: Firefox grants MV2 host
// permissions at install, so the content script on *.gov.vn runs without the reader having to find a
// per-site permission toggle first (in Firefox MV3 host permissions are opt-in after install).
// analyser.js takes the Vietnamese word list from words.js, injected before it, instead of bundling it
// (utils/text/words/injected-word-list.ts): in that one build, segment.ts's import of the list resolves there.
const INJECTED_WORD_LIST = fileURLToPath(new URL('./utils/text/words/injected-word-list.ts', import.meta.url));
const injectedWordList = (): Plugin => ({
  name: 'tinsach:injected-word-list',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === './word-list' && importer?.replace(/\\/g, '/').endsWith('/utils/text/words/segment.ts') ? INJECTED_WORD_LIST : null,
});

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  webExt: { disabled: true },
  // Explicit imports only (from '#imports' or relative paths): a reader sees every dependency at the top.
  imports: false,
  // No modulepreload polyfill: every browser we support (Chrome MV3, Firefox ≥ 142) preloads modules
  // natively, and the polyfill would be one more script on every page's critical path.
  // The clean-up rules' and page kinds' reasons are for people, not for the pages they are shipped into
  // (tools/build/drop-why.ts).
  vite: () => ({ plugins: [preact(), dropWhyTexts()], build: { modulePreload: { polyfill: false } } }),
  // The sources zip (for Firefox review) needs the code, not screenshots or benchmark output.
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.name === 'analyser')) config.plugins = [...(config.plugins ?? []), injectedWordList()];
    },
    // On registered sites the extractor is loaded with the content script, not injected after it
    // (tools/build/extractor-on-load.ts).
    'build:manifestGenerated': (_wxt, manifest) => loadExtractorWithContentScript(manifest),
  },
  zip: { excludeSources: ['docs/**', 'tests/browser/screenshots/**', 'tools/bench/results.json'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // alarms: automatic sync and the scheduled checks of followed pages; offscreen (Chrome): a DOM parser for the
    // service worker to read a followed page's list of articles. Neither adds an install warning.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The same hosts the badge content script runs on (so no new install warning): Chrome does not let a
    // content-script match inject the extractor or read the tab's URL, and the background needs them to keep
    // a portal's images offline (most portals send no CORS headers).
    host_permissions: REGISTERED_MATCHES,
    // Image hosts (vnecdn.net, cdn.tuoitre.vn, bcp.cdnchinhphu.vn…) send no CORS headers: the popup asks for one
    // image host's registrable domain at the first save that needs its photos (utils/images/photo-hosts.ts). Optional
    // permissions add no install warning. Firefox MV2 lists host patterns among optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // Keys checked against the browsers' own (README, "Keyboard shortcuts"): Chromium silently drops a suggested
    // key it uses itself (Alt+Shift+R is its reading mode, Alt+Shift+T/B/A/I focus its toolbar, bookmarks,
    // infobars, feedback); Firefox ESR binds no Alt+Shift+letter. The options page shows what was assigned.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandOpen__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tin-sach@tinsach.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: data_collection_permissions is read there from 142 on, the newest key we use.
            // It has no context menu and no keyboard commands; the background wires those only where they exist.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
