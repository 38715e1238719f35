// A legal document read as a document: its name as the title when the page's own title does not name it, and its
// card, completed from the text (the date it takes effect) and from a properties table on the same page.
import type { DocumentCard, PageAttribute } from '../model/article';
import type { DocumentHeader } from '../legal/document-header';
import { cardFromAttributes } from '../legal/properties';
import { inForceDate, passedDate } from '../legal/in-force';
import { titleSimilarity, type TitleInfo } from './title';

/**
 * Whether the page's title names the document: it carries the number's leading digits ("NQ 954.2020 MUC GIAM TRU"
 * for 954/2020/UBTVQH14) or shares most words with the document's name. A portal placeholder ("Trung ương", the
 * database's section name) does neither.
 */
function namesDocument(title: string, header: DocumentHeader): boolean {
  if (!title.trim()) return false;
  const lead = header.card.number?.match(/^\d+/)?.[0];
  if (lead && new RegExp(`(?:^|\\D)0*${lead.replace(/^0+/, '')}(?:\\D|$)`).test(title)) return true;
  return !!header.name && titleSimilarity(title, header.name) >= 0.5;
}

export interface LegalReading {
  /** The document's name when the page's title is a placeholder, else '' (keep the page's). */
  title: string;
  card(text: string): DocumentCard;
}

export function legalReading(header: DocumentHeader, title: TitleInfo, attributes: PageAttribute[]): LegalReading {
  const keep = !!title.element || namesDocument(title.title, header);
  return {
    title: keep ? '' : (header.name ?? ''),
    card(text: string): DocumentCard {
      const fromPage = cardFromAttributes(attributes);
      const signed = header.card.signed ?? fromPage.signed ?? passedDate(text);
      return {
        type: header.card.type ?? fromPage.type,
        number: header.card.number ?? fromPage.number,
        issuer: header.card.issuer ?? fromPage.issuer,
        signed,
        inForce: fromPage.inForce ?? inForceDate(text, signed),
        status: fromPage.status,
      };
    },
  };
}
