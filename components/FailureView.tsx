// Why a page cannot be read, in the UI language, and the ways forward: retry (timeout/error), report
// the page (copies a short report), open the library. Restricted pages get their own explanation.
import { t, type Lang, type MessageKey } from '../utils/i18n/i18n';
import type { PageFindings as Findings, PageKind } from '../utils/model/article';
import { PageFindings } from './PageFindings';
import { failureActions, failureMessage, type PopupFailureReason } from '../utils/ui/failure-text';

const HEADINGS: Record<PopupFailureReason, MessageKey> = {
  'not-article': 'failureHeadingNotArticle',
  empty: 'failureHeadingEmpty',
  'too-large': 'failureHeadingTooLarge',
  restricted: 'failureHeadingRestricted',
  error: 'failureHeadingError',
  timeout: 'failureHeadingTimeout',
};

export interface FailureViewProps {
  reason: PopupFailureReason;
  /** For "not an article": what the page seems to be instead (a list, the home page, a search page…). */
  pageKind?: PageKind;
  /** What a refused data page offers instead (a properties tab's attributes, a dataset's files). */
  found?: Findings;
  lang: Lang;
  onRetry: () => void;
  onReport: () => void;
  onOpenLibrary: () => void;
}

export function FailureView({ reason, pageKind, found, lang, onRetry, onReport, onOpenLibrary }: FailureViewProps) {
  const actions = failureActions(reason);
  const offers = !!found && (found.attributes.length > 0 || found.files.length > 0);
  return (
    <section class="failure" data-testid="failure" data-reason={reason} data-page-kind={pageKind} aria-labelledby="failure-heading">
      <h1 id="failure-heading">{t(HEADINGS[reason])}</h1>
      <p class="failure-message">{failureMessage(reason, lang, pageKind)}</p>
      {reason === 'restricted' ? <p class="meta">{t('failureRestrictedHint')}</p> : null}
      {reason === 'not-article' ? <p class="meta">{t(offers ? 'failurePageDataHint' : 'failureNotArticleHint')}</p> : null}
      {offers && found ? <PageFindings found={found} /> : null}
      <div class="actions">
        {actions.retry ? (
          <button type="button" class="btn btn-primary" onClick={onRetry}>
            {t('actionRetry')}
          </button>
        ) : null}
        <button type="button" class="btn" onClick={onOpenLibrary}>
          {t('actionOpenLibrary')}
        </button>
        {actions.report ? (
          <button type="button" class="btn" onClick={onReport}>
            {t('actionReport')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
