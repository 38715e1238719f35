// The extractor's answer to the popup's one question on a list page: the refusal AND the page's teasers, so the
// digest's list shows after one round trip. Real list markup of two portal families (a district portal's
// "Tin tức - Sự kiện" list, a Joomla category blog), through the real extractor; an article gets no teasers, and
// a question that does not ask for them (the badge's, a save's) gets the plain answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { createExtractService } from '../../utils/messaging/extract-service';
import { findTeasers } from '../../utils/digest/teasers';
import { parseHtml } from '../../utils/html/parse-html';
import type { ExtractReply } from '../../utils/messaging/protocol';

const LISTS = [
  { name: 'a district portal list', file: 'tests/fixtures/portals/list-page.html', url: 'https://muongkhuong.laocai.gov.vn/tin-tuc/tin-hoat-dong' },
  { name: 'a Joomla category blog', file: 'tests/data/corpus-dev/authored/joomla4-cassiopeia-tin-tuc-blog.html', url: 'https://hoaian.binhdinh.gov.vn/index.php/tin-tuc' },
];

function serviceFor(file: string, url: string) {
  const doc = parseHtml(readFileSync(join(file), 'utf8'), url);
  return { doc, service: createExtractService(doc, (d, u) => extractArticle(d, u)) };
}

describe('the extract answer carries a list page’s teasers when asked', () => {
  for (const { name, file, url } of LISTS) {
    it(`${name}: refused as a list, with the teasers the page lists`, async () => {
      const { doc, service } = serviceFor(file, url);
      const reply = (await service.handle({ type: 'tinsach/extract', teasers: true })) as ExtractReply;
      expect(reply).toMatchObject({ ok: false, reason: 'not-article', pageKind: 'list' });
      expect(reply.teasers!.length).toBeGreaterThanOrEqual(2);
      expect(reply.teasers).toEqual(findTeasers(doc, url, 'list'));
      // Asked without the flag (the badge's check): the same refusal, no teasers.
      const plain = (await service.handle({ type: 'tinsach/extract' })) as ExtractReply;
      expect(plain).toMatchObject({ ok: false, pageKind: 'list' });
      expect(plain.teasers).toBeUndefined();
    });
  }

  it('reads the teasers once per page: the background\'s question on page load leaves them ready for the popup\'s', async () => {
    const { doc, service } = serviceFor(LISTS[0]!.file, LISTS[0]!.url);
    const onLoad = (await service.handle({ type: 'tinsach/extract', teasers: true })) as ExtractReply;
    // The page's script empties its list afterwards (a slider, a tab switch): the popup still gets what was read.
    for (const a of Array.from(doc.querySelectorAll('a'))) a.remove();
    const inPopup = (await service.handle({ type: 'tinsach/extract', teasers: true })) as ExtractReply;
    expect(inPopup.teasers!.length).toBeGreaterThanOrEqual(2);
    expect(inPopup.teasers).toEqual(onLoad.teasers);
  });

  it('an article is answered as an article, with no teasers', async () => {
    const { service } = serviceFor('tests/fixtures/portals/liferay-content-page.html', 'https://sotttt.hanoi.gov.vn/-/view_content/1234-bai-viet');
    const reply = (await service.handle({ type: 'tinsach/extract', teasers: true })) as ExtractReply;
    expect(reply.ok).toBe(true);
    expect(reply.teasers).toBeUndefined();
  });
});
