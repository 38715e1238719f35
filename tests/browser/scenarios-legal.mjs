// Legal documents and data pages in the built extension: the popup shows a law's document card above its text, and
// names a properties tab or a dataset page in words with the attributes and files it found (issue 21 part A).
// Screenshots at the popup's size, Vietnamese and English.
import { assert, tid, waitForSelector } from './driver.mjs';
import { expectArticle, openPopup } from './ui-steps.mjs';

const LAW = 'legal/vntaxdoc-luat-56-2024-qh15.html';
const DATASET = 'nonarticle/ckan-odp-cantho-dataset-ban-le-thuoc.html';
const PROPERTIES = 'gov/sharepoint-vbpl-thuoctinh-blttths.html';

const cardRows = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-testid="document-card"] .document-card-row')].map((r) => [r.dataset.field, r.querySelector('dd')?.textContent ?? ''])));

export const legalScenarios = [
  {
    name: 'legal document card and data pages',
    corpus: true,
    timeout: 180_000,
    async run(ctx) {
      const law = await ctx.open.web(ctx.server.devCorpusUrl(LAW));
      for (const lang of ['vi', 'en']) {
        const popup = await openPopup(ctx, law.tabId, { lang });
        expectArticle(popup, 'a law\'s full text');
        await waitForSelector(popup.page, tid('document-card'), { what: 'the document card' });
        const rows = await cardRows(popup.page);
        assert(rows.number === '56/2024/QH15' && rows.issuer === 'Quốc hội' && rows.type === 'Luật', `the card reads ${JSON.stringify(rows)}`);
        assert(Object.keys(rows).includes('inForce') && Object.keys(rows).includes('signed'), `the card has no dates: ${JSON.stringify(rows)}`);
        // The card sits above the text. The body is drawn a moment after the first screen (the card is part of
        // it), so wait for both before comparing their places.
        await waitForSelector(popup.page, tid('article-body'), { what: 'the law\'s text' });
        const above = await popup.page.evaluate(() => {
          const card = document.querySelector('[data-testid="document-card"]');
          const body = document.querySelector('[data-testid="article-body"]');
          return !!card && !!body && !!(card.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        assert(above, 'the document card is not above the text');
        await ctx.shot(`popup-legal-${lang}`, popup.page);
        await popup.page.close();
      }
      for (const [name, url, kind] of [
        ['dataset', ctx.server.devCorpusUrl(DATASET), 'dataset'],
        ['properties', ctx.server.corpusOnGovUrl(PROPERTIES), 'properties'],
      ]) {
        const tab = await ctx.open.web(url);
        for (const lang of ['vi', 'en']) {
          const popup = await openPopup(ctx, tab.tabId, { lang });
          const failure = await waitForSelector(popup.page, tid('failure'), { what: `the ${name} page's answer` });
          assert(failure, `no answer on the ${name} page`);
          const shown = await popup.page.evaluate(() => ({
            kind: document.querySelector('[data-testid="failure"]')?.getAttribute('data-page-kind'),
            files: [...document.querySelectorAll('[data-testid="page-findings"] a[href]')].map((a) => a.getAttribute('href')),
            rows: document.querySelectorAll('[data-testid="page-findings"] dt').length,
          }));
          assert(shown.kind === kind, `the ${name} page is called ${shown.kind}`);
          assert(shown.files.length > 0 && shown.files.every((h) => /^https?:\/\//.test(h)), `the ${name} page lists files ${JSON.stringify(shown.files)}`);
          assert(shown.rows >= 2, `the ${name} page lists ${shown.rows} attributes`);
          await ctx.shot(`popup-${name}-${lang}`, popup.page);
          await popup.page.close();
        }
      }
    },
  },
];
