// What a refused page of a data kind offers (a document's properties tab, an open-data dataset): its name, its files
// first (what a reader comes for), then its key attributes. Attributes are plain text; files are http(s) links only (safeHttpUrl), opened in a new tab.
import type { PageFindings as Findings } from '../utils/model/article';
import { t } from '../utils/i18n/i18n';
import { safeHttpUrl } from '../utils/ui/safe-url';
import { FileLinks } from './FileLinks';

/** Enough rows to show what the page is without a wall of metadata in a 600-pixel popup. */
const MAX_ROWS = 12;

export function PageFindings({ found }: { found: Findings }) {
  const files = found.files.filter((f) => safeHttpUrl(f.href));
  const attributes = found.attributes.slice(0, MAX_ROWS);
  if (!attributes.length && !files.length) return null;
  return (
    <section class="page-findings" data-testid="page-findings">
      {found.title ? <h2 class="page-findings-title">{found.title}</h2> : null}
      <FileLinks files={files} heading={t('pageFilesHeading')} headingId="page-files-heading" />
      {attributes.length ? (
        <dl class="document-card" aria-label={t('pageAttributesHeading')}>
          {attributes.map((a, i) => (
            <div key={i} class="document-card-row">
              <dt>{a.label}</dt>
              <dd>{a.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
