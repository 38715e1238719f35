// The summary card: the gist first. Sentences from the article's own lead (sapo) open it, marked as the lead;
// the summary's sentences that add to it follow. Every sentence is shown whole (utils/summary/card.ts keeps the
// card short enough for that).
import type { SummarySentence } from '../utils/model/figure';
import { t } from '../utils/i18n/i18n';

export interface SummaryCardProps {
  summary: readonly SummarySentence[];
  /** Where the article's lead ends in its text: sentences before it are the lead's own. */
  leadEnd?: number;
  headingLevel?: 2 | 3;
}

export function SummaryCard({ summary, leadEnd = -1, headingLevel = 2 }: SummaryCardProps) {
  if (summary.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const fromLead = (s: SummarySentence) => s.end <= leadEnd;
  return (
    <section class="card summary" data-testid="summary" aria-labelledby="summary-heading">
      <Heading id="summary-heading">{t('summaryHeading')}</Heading>
      <ul>
        {summary.map((s, i) => (
          <li key={i} class={fromLead(s) ? 'from-lead' : undefined} data-testid="summary-sentence" data-lead={fromLead(s) ? 'true' : undefined}>
            {fromLead(s) && i === 0 ? <span class="lead-mark">{t('summaryLeadMark')} </span> : null}
            {s.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
