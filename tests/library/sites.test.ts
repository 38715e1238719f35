// The site filter: one entry per host, named by the site's own name (or a known national name), and the
// filter finds every article of that host whatever name each page carried.
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../utils/library/save';
import { importPocketCsv } from '../../utils/library/import/pocket';
import { listArticles } from '../../utils/library/read';
import { listSiteOptions, siteKeysForHost } from '../../utils/library/site-filter';
import { knownSiteName } from '../../utils/sites/display-names';
import { makeArticle } from './fixtures/articles';
import { freshLibrary } from './helpers';

const BT = 'https://baothang.laocai.gov.vn/tin-tuc';

describe('listSiteOptions', () => {
  it('gives one entry per host, named by the name most of its articles carry', async () => {
    const db = await freshLibrary();
    for (const [k, name] of ['Cổng thông tin điện tử huyện Bảo Thắng', 'Cổng thông tin điện tử huyện Bảo Thắng', 'UBND huyện Bảo Thắng'].entries()) {
      await saveArticle(db, makeArticle({ url: `${BT}/bai-${k}`, canonicalUrl: `${BT}/bai-${k}`, siteName: name }));
    }
    // A Pocket link from the same host is named by its host until it is saved.
    await importPocketCsv(db, `title,url,time_added\nTin mới,${BT}/bai-moi,1700000000\n`);
    await saveArticle(db, makeArticle({ url: 'https://www.tuoitre.vn/a-1.htm', canonicalUrl: 'https://www.tuoitre.vn/a-1.htm', siteName: 'TUOI TRE ONLINE' }));
    await saveArticle(db, makeArticle({ url: 'https://cafef.vn/b-2.chn', canonicalUrl: 'https://cafef.vn/b-2.chn', siteName: 'cafef' }));
    await saveArticle(db, makeArticle({ url: 'https://xa.example.vn/c', canonicalUrl: 'https://xa.example.vn/c', siteName: null }));

    const options = await listSiteOptions(db);
    expect(options.map(({ host, name }) => ({ host, name }))).toEqual([
      { host: 'cafef.vn', name: 'CafeF' },
      { host: 'baothang.laocai.gov.vn', name: 'Cổng thông tin điện tử huyện Bảo Thắng' },
      { host: 'tuoitre.vn', name: 'Tuổi Trẻ Online' },
      { host: 'xa.example.vn', name: 'xa.example.vn' },
    ]);
    expect(options[1]!.keys.sort()).toEqual(['Cổng thông tin điện tử huyện Bảo Thắng', 'UBND huyện Bảo Thắng', 'baothang.laocai.gov.vn'].sort());

    // Filtering on the host finds all four Bảo Thắng items (three names), and nothing else.
    const bt = await listArticles(db, { siteKeys: await siteKeysForHost(db, 'baothang.laocai.gov.vn'), limit: 100 });
    expect(bt.total).toBe(4);
    expect(bt.items.every((x) => x.url.startsWith(BT))).toBe(true);
    expect((await listArticles(db, { siteKeys: await siteKeysForHost(db, 'tuoitre.vn') })).total).toBe(1);
  });

  it('names subdomains of known national sites by their parent, and nothing else', () => {
    expect(knownSiteName('m.vnexpress.net')).toBe('VnExpress');
    expect(knownSiteName('www.baochinhphu.vn')).toBe('Báo Điện tử Chính phủ');
    expect(knownSiteName('vpcp.chinhphu.vn')).toBe('Văn phòng Chính phủ');
    expect(knownSiteName('baothang.laocai.gov.vn')).toBeNull();
    expect(knownSiteName('vn')).toBeNull();
  });
});
