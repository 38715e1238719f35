// A link to read (Pocket import) is recognised on its page when the page's address differs from the imported one:
// a redirect (http → https, www./m., trailing slash, index page, tracking parameters), a canonical address of its
// own, or — on the same site — the same title. Two sites of the kind "Pocket link to a Vietnamese news page".
import { describe, expect, it } from 'vitest';
import { importPocketCsv } from '../../utils/library/import/pocket';
import { listArticles } from '../../utils/library/read';
import { saveArticle } from '../../utils/library/save';
import { dropPendingLink, findPendingFor, looseUrlKey } from '../../utils/library/pending-match';
import { makeArticle } from './fixtures/articles';
import { freshLibrary } from './helpers';

const CSV = [
  'title,url,time_added,tags,status',
  'Hội nghị triển khai công tác dân vận năm 2024,http://laocai.gov.vn/tin-tuc/hoi-nghi-dan-van/,1681786500,dân vận,unread',
  'Giá vàng hôm nay tăng mạnh trở lại - Tuổi Trẻ Online,https://tuoitre.vn/gia-vang-hom-nay-20240412.htm?utm_source=pocket,1681786600,,unread',
  'Tin tức,https://tuoitre.vn/tin-tuc.htm,1681786700,,unread',
].join('\n');

describe('to-read links with another address', () => {
  it('loose keys ignore what a redirect changes, and nothing else', () => {
    expect(looseUrlKey('http://www.laocai.gov.vn/tin-tuc/hoi-nghi-dan-van/')).toBe(looseUrlKey('https://laocai.gov.vn/tin-tuc/hoi-nghi-dan-van'));
    expect(looseUrlKey('https://m.tuoitre.vn/a.htm?utm_source=x')).toBe(looseUrlKey('https://tuoitre.vn/a.htm'));
    expect(looseUrlKey('https://laocai.gov.vn/index.html')).toBe(looseUrlKey('https://laocai.gov.vn/'));
    expect(looseUrlKey('https://laocai.gov.vn/tin/1')).not.toBe(looseUrlKey('https://laocai.gov.vn/tin/2'));
    expect(looseUrlKey('https://laocai.gov.vn/tin?id=1')).not.toBe(looseUrlKey('https://laocai.gov.vn/tin?id=2'));
  });

  it('finds the link by the redirected or canonical address, or by its title on the same site', async () => {
    const db = await freshLibrary();
    await importPocketCsv(db, CSV);
    const links = (await listArticles(db)).items.filter((r) => r.pending);
    const portal = links.find((r) => r.url.includes('laocai'))!.id;
    const paper = links.find((r) => r.url.includes('gia-vang'))!.id;

    // The portal redirected http → https and www., dropping the trailing slash.
    expect(await findPendingFor(db, { url: 'https://www.laocai.gov.vn/tin-tuc/hoi-nghi-dan-van', canonicalUrl: 'https://www.laocai.gov.vn/tin-tuc/hoi-nghi-dan-van' })).toBe(portal);
    // The paper's mobile page names the desktop address as canonical.
    expect(await findPendingFor(db, { url: 'https://m.tuoitre.vn/x-20240412.htm', canonicalUrl: 'https://tuoitre.vn/gia-vang-hom-nay-20240412.htm' })).toBe(paper);
    // A short link redirected somewhere else entirely: the title (Pocket kept it with the site's name) finds it.
    expect(await findPendingFor(db, { url: 'https://tuoitre.vn/p/123', canonicalUrl: 'https://tuoitre.vn/p/123', title: 'Giá vàng hôm nay tăng mạnh trở lại' })).toBe(paper);
    // Not on another site, not by a short common title, not another article of the site.
    expect(await findPendingFor(db, { url: 'https://thanhnien.vn/p/123', canonicalUrl: 'https://thanhnien.vn/p/123', title: 'Giá vàng hôm nay tăng mạnh trở lại' })).toBeNull();
    expect(await findPendingFor(db, { url: 'https://tuoitre.vn/khac.htm', canonicalUrl: 'https://tuoitre.vn/khac.htm', title: 'Tin tức' })).toBeNull();
    expect(await findPendingFor(db, { url: 'https://laocai.gov.vn/tin-tuc/khac', canonicalUrl: 'https://laocai.gov.vn/tin-tuc/khac', title: 'Bài khác hẳn về nông thôn mới' })).toBeNull();
  });

  it('the saved page takes the link’s place: one row, not two', async () => {
    const db = await freshLibrary();
    await importPocketCsv(db, CSV);
    const url = 'https://www.laocai.gov.vn/tin-tuc/hoi-nghi-dan-van';
    const saved = await saveArticle(db, makeArticle({ url, canonicalUrl: url, title: 'Hội nghị triển khai công tác dân vận năm 2024' }));
    const link = await findPendingFor(db, { url, canonicalUrl: url });
    expect(link).not.toBeNull();
    expect(link).not.toBe(saved.id);
    expect(await dropPendingLink(db, link!, saved.id)).toBe(true);
    const rows = (await listArticles(db)).items;
    expect(rows.filter((r) => r.title.startsWith('Hội nghị triển khai công tác dân vận'))).toHaveLength(1);
    expect(rows.find((r) => r.id === saved.id)).toMatchObject({ pending: false, tags: ['dân vận'] });
    // A saved article is never dropped as a link.
    const other = rows.find((r) => r.pending)!;
    expect(await dropPendingLink(db, saved.id, other.id)).toBe(false);
    expect(await dropPendingLink(db, other.id, other.id)).toBe(false);
  });
});
