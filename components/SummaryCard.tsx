import type { SummarySentence } from '../utils/model/figure';
import { t } from '../utils/i18n/i18n';

export function SummaryCard({ summary, headingLevel = 2 }: { summary: readonly SummarySentence[]; headingLevel?: 2 | 3 }) {
  if (summary.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="card summary" data-testid="summary" aria-labelledby="summary-heading">
      <Heading id="summary-heading">{t('summaryHeading')}</Heading>
      <ul>
        {summary.map((s, i) => (
          <li key={i}>{s.text}</li>
        ))}
      </ul>
    </section>
  );
}
