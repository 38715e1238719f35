// Photo fetches never reach the reader's own machine or network: the hosts a page or a backup could name as a
// photo, in every form the URL parser turns into a loopback, link-local or private address, are refused before
// any request, at save and at "Tải lại ảnh" alike — unless the article's page is on that same host.
import { describe, expect, it } from 'vitest';
import { isInternalHost, isRefusedImageUrl } from '../../utils/sites/internal-address';
import { freshLibrary } from '../library/helpers';
import { fakeImage, makeArticle } from '../library/fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { getArticle, getImages } from '../../utils/library/read';
import { refetchMissingImages } from '../../utils/library/refetch';

const PAGE = 'https://baothang.laocai.gov.vn/tin-tuc/bai-1.html';
const INTERNAL = [
  'http://127.0.0.1:8080/x.jpg', 'http://127.1/x.jpg', 'http://2130706433/x.jpg', 'http://0x7f000001/x.jpg',
  'http://0177.0.0.1/x.jpg', 'http://[::1]/x.jpg', 'http://[::ffff:127.0.0.1]/x.jpg', 'http://localhost:3000/x.jpg',
  'http://LOCALHOST./x.jpg', 'http://anh.localhost/x.jpg', 'http://169.254.169.254/latest/x.jpg', 'http://[fe80::1]/x.jpg',
  'http://10.0.0.5/x.jpg', 'http://172.16.3.4/x.jpg', 'http://192.168.1.1/x.jpg', 'http://100.64.0.1/x.jpg',
  'http://0.0.0.0/x.jpg', 'http://[fc00::1]/x.jpg', 'http://[fd12:3456::1]/x.jpg', 'http://8.8.8.8/x.jpg', 'http://router/x.jpg',
];

describe('isRefusedImageUrl', () => {
  it.each(INTERNAL)('refuses %s on a portal page', (url) => {
    expect(isRefusedImageUrl(url, PAGE)).toBe(true);
  });

  it('lets web hosts and data: images through', () => {
    for (const url of ['https://baothang.laocai.gov.vn/anh/1.jpg', 'https://i1-vnexpress.vnecdn.net/a.jpg', 'http://anh.cdn-thu-nghiem.vn/b.png', 'data:image/png;base64,AAAA']) {
      expect(isRefusedImageUrl(url, PAGE)).toBe(false);
    }
  });

  it("allows an internal host only for the page's own host and port", () => {
    expect(isRefusedImageUrl('http://192.168.1.10/anh.jpg', 'http://192.168.1.10/tin.html')).toBe(false);
    expect(isRefusedImageUrl('http://192.168.1.10:22/anh.jpg', 'http://192.168.1.10/tin.html')).toBe(true);
    expect(isRefusedImageUrl('http://127.0.0.1/anh.jpg', 'http://192.168.1.10/tin.html')).toBe(true);
  });

  it('names internal hosts as the URL parser gives them', () => {
    expect(['127.0.0.1', '[::1]', 'localhost', 'a.localhost', 'intranet', '10.1.2.3'].every(isInternalHost)).toBe(true);
    expect(['baothang.laocai.gov.vn', 'localhost.vn', '10.vn'].some(isInternalHost)).toBe(false);
  });
});

describe('save and "Tải lại ảnh" never request an internal photo', () => {
  it('the save lists them as missing without asking for them; a refetch from a backup asks for none either', async () => {
    const db = await freshLibrary();
    const asked: string[] = [];
    const fetchImage = async (url: string) => {
      asked.push(url);
      return fakeImage(url);
    };
    const images = ['https://baothang.laocai.gov.vn/anh/1.jpg', 'http://127.0.0.1:8080/x.jpg', 'http://[::1]/x.jpg', 'http://10.0.0.5/x.jpg']
      .map((src) => ({ src, alt: 'ảnh', caption: '' }));
    const { id, missingImages } = await saveArticle(db, makeArticle({ images }), { fetchImage });
    expect(asked).toEqual(['https://baothang.laocai.gov.vn/anh/1.jpg']);
    expect(missingImages).toEqual(images.slice(1).map((im) => im.src));
    expect([...(await getImages(db, id)).keys()]).toEqual(['https://baothang.laocai.gov.vn/anh/1.jpg']);
    asked.length = 0;
    expect(await refetchMissingImages(db, id, { fetchImage })).toEqual({ saved: 1, total: 4 });
    expect(asked).toEqual([]);
    expect((await getArticle(db, id))!.missingImages).toHaveLength(3);
  });
});
