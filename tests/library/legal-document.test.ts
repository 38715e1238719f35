// A legal document's card (article.document, article.kind) is part of a saved record: it passes the record check,
// survives a backup and its import, and a forged card is refused with the record, by title and reason.
import { describe, expect, it } from 'vitest';
import { freshLibrary } from './helpers';
import { makeArticle } from './fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { getArticle } from '../../utils/library/read';
import { exportLibrary, importLibrary, type BackupFile } from '../../utils/library/import/backup';
import { checkSavedArticle } from '../../utils/library/validate';
import type { DocumentCard } from '../../utils/model/article';

const CARD: DocumentCard = { type: 'Luật', number: '56/2024/QH15', issuer: 'Quốc hội', signed: '2024-11-29', inForce: '2025-01-01', status: null };
const law = () =>
  makeArticle({ url: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=170001', canonicalUrl: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=170001', title: 'Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán', kind: 'legal', document: CARD });

describe('a saved legal document', () => {
  it('keeps its card through save, backup and import', async () => {
    const src = await freshLibrary();
    const { id } = await saveArticle(src, law());
    expect((await getArticle(src, id))?.document).toEqual(CARD);
    const json = await exportLibrary(src, { images: false });
    const dst = await freshLibrary();
    expect(await importLibrary(dst, json)).toMatchObject({ added: 1, skipped: [] });
    const back = await getArticle(dst, id);
    expect(back?.kind).toBe('legal');
    expect(back?.document).toEqual(CARD);
  });

  it('refuses a record whose card is not text and days', async () => {
    const src = await freshLibrary();
    const { id } = await saveArticle(src, law());
    const saved = (await getArticle(src, id))!;
    expect(checkSavedArticle(saved)).toBeNull();
    expect(checkSavedArticle({ ...saved, document: { ...CARD, signed: '29/11/2024' } })).toMatch(/document: bad or missing "signed"/);
    expect(checkSavedArticle({ ...saved, document: { ...CARD, issuer: { toString: 'x' } } })).toMatch(/document:/);
    expect(checkSavedArticle({ ...saved, kind: 'script' })).toMatch(/bad "kind"/);
    const file = JSON.parse(await exportLibrary(src, { images: false })) as BackupFile;
    (file.articles[0] as unknown as { document: unknown }).document = { type: 'Luật' };
    const dst = await freshLibrary();
    const report = await importLibrary(dst, JSON.stringify(file));
    expect(report.added).toBe(0);
    expect(report.skipped).toHaveLength(1);
  });
});
