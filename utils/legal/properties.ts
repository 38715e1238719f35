// A document's card from a properties table ("Số ký hiệu | 101/2015/QH13", "Ngày ban hành | 27/11/2015",
// "Tình trạng hiệu lực | Còn hiệu lực"): vbpl.vn's "Thuộc tính" tab, provincial document databases, the attribute
// box above a full text on thuvienphapluat-like sites. Only labels that name one field exactly are read: vbpl.vn's
// "Cơ quan ban hành/ Chức danh / Người ký" mixes three, and a wrong issuer is worse than none.
import type { DocumentCard, PageAttribute } from '../model/article';
import { foldForSearch } from '../text/fold';
import { isoDate } from './vietnamese-dates';

type Field = keyof DocumentCard;

const LABELS: Array<[RegExp, Field]> = [
  [/^(?:so ky hieu|so hieu|ky hieu|so van ban)$/, 'number'],
  [/^(?:loai van ban|hinh thuc van ban)$/, 'type'],
  [/^(?:co quan ban hanh|noi ban hanh|don vi ban hanh)$/, 'issuer'],
  [/^(?:ngay ban hanh|ngay ky)$/, 'signed'],
  [/^(?:ngay co hieu luc|ngay hieu luc|ngay ap dung)$/, 'inForce'],
  [/^(?:tinh trang hieu luc|tinh trang|hieu luc|trang thai)$/, 'status'],
];

/** "27/11/2015" or "27-11-2015" → 2015-11-27. */
function dateOf(value: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : null;
}

export function cardFromAttributes(attributes: PageAttribute[]): DocumentCard {
  const card: DocumentCard = { type: null, number: null, issuer: null, signed: null, inForce: null, status: null };
  for (const { label, value } of attributes) {
    const key = foldForSearch(label).replace(/\s+/g, ' ').replace(/\s*:$/, '').trim();
    const field = LABELS.find(([re]) => re.test(key))?.[1];
    if (!field || card[field] || !value.trim() || value.length > 120) continue;
    if (field === 'signed' || field === 'inForce') card[field] = dateOf(value);
    else card[field] = value.trim();
  }
  return card;
}
