// A legal document's card above its text: type, number, issuing body, date signed, date in force and status, each
// row only when the page shows it (utils/legal/). Plain text in a definition list: screen readers read it as pairs.
import type { DocumentCard as Card } from '../utils/model/article';
import { t, type Lang, type MessageKey } from '../utils/i18n/i18n';
import { formatDate } from '../utils/ui/format';

const ROWS: Array<[keyof Card, MessageKey]> = [
  ['type', 'documentType'],
  ['number', 'documentNumber'],
  ['issuer', 'documentIssuer'],
  ['signed', 'documentSigned'],
  ['inForce', 'documentInForce'],
  ['status', 'documentStatus'],
];

export function DocumentCard({ card, lang }: { card: Card; lang: Lang }) {
  const rows = ROWS.flatMap(([field, label]) => {
    const raw = card[field];
    if (!raw) return [];
    const value = field === 'signed' || field === 'inForce' ? formatDate(raw, lang) || raw : raw;
    return [{ field, label: t(label), value }];
  });
  if (!rows.length) return null;
  return (
    <section class="document-card" data-testid="document-card" aria-labelledby="document-card-heading">
      <h2 id="document-card-heading">{t('documentCardHeading')}</h2>
      <dl>
        {rows.map((r) => (
          <div key={r.field} class="document-card-row" data-field={r.field}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
