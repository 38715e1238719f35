// @vitest-environment jsdom
// One name per site: the library row, the article header (popup and reader) and the Markdown export show the
// same name for the same page, whatever the page printed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryItemRow } from '../../components/library/LibraryItemRow';
import { ArticleMeta } from '../../components/ArticleMeta';
import { articleToMarkdown } from '../../utils/export/markdown';
import { configureI18n } from '../../utils/i18n/i18n';
import { makeArticle } from '../library/fixtures/articles';
import { mount, unmount } from './helpers';

const PAGES = [
  { siteName: 'TUOI TRE ONLINE', url: 'https://tuoitre.vn/tin-a-20240412.htm', shown: 'Tuổi Trẻ Online' },
  { siteName: 'daknong.gov.vn', url: 'https://daknong.gov.vn/tin-tuc/bai-1', shown: 'Cổng thông tin điện tử tỉnh Đắk Nông' },
  { siteName: 'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO THẮNG', url: 'https://baothang.laocai.gov.vn/tin/2', shown: 'Cổng thông tin điện tử huyện Bảo Thắng' },
];

describe('site names', () => {
  const mounted: HTMLElement[] = [];
  beforeEach(() => configureI18n({ override: 'vi' }));
  afterEach(() => mounted.splice(0).forEach(unmount));

  for (const page of PAGES) {
    it(`shows "${page.shown}" in the list, the article header and the export`, () => {
      const article = makeArticle({ siteName: page.siteName, url: page.url, canonicalUrl: page.url });
      const row = mount(
        <ul>
          <LibraryItemRow
            item={{ id: 'a', title: article.title, siteName: page.siteName, url: page.url, publishedAt: null, savedAt: '2024-04-12T00:00:00Z', readAt: null, readingMinutes: 3, tags: [], lead: '', pending: false }}
            lang="vi"
            href="reader.html#a"
            onDelete={() => undefined}
            onMarkdown={() => undefined}
          />
        </ul>,
      );
      const meta = mount(<ArticleMeta siteName={page.siteName} url={page.url} publishedAt={null} byline={null} readingMinutes={0} lang="vi" />);
      mounted.push(row, meta);
      expect(row.querySelector('.meta')?.textContent?.split(' · ')[0]).toBe(page.shown);
      expect(meta.textContent).toBe(page.shown);
      expect(articleToMarkdown(article)).toContain(`source: "${page.shown}"`);
    });
  }
});
