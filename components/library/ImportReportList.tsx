// What an import left out, by title, each with why in the reader's language first (utils/library/import/skip-kind.ts)
// and the precise detail after it, for a bug report.
import { t, type MessageKey } from '../../utils/i18n/i18n';
import { skipKind, type SkipKind } from '../../utils/library';
import type { ImportReportView } from './types';

const KIND_KEYS: Record<SkipKind, MessageKey> = {
  duplicate: 'importReasonDuplicate',
  'newer-copy': 'importReasonNewerCopy',
  'damaged-at-source': 'importReasonDamagedAtSource',
  'too-large': 'importReasonTooLarge',
  unsafe: 'importReasonUnsafe',
  'wrong-id': 'importReasonWrongId',
  'no-url': 'importReasonNoUrl',
  damaged: 'importReasonDamaged',
};

/** Only the first entries are listed: a file with thousands of bad rows must not bury the page. */
const SHOWN = 20;

export function ImportReportList({ report }: { report: ImportReportView }) {
  if (report.skipped.length === 0) return null;
  return (
    <details class="import-report" open>
      <summary>{t('importSkippedHeading', report.skipped.length)}</summary>
      <ul>
        {report.skipped.slice(0, SHOWN).map((s) => {
          const why = t('importSkippedDetail', [t(KIND_KEYS[skipKind(s.reason)]), s.reason]);
          return <li key={s.index}>{s.title ? t('importSkippedTitled', [s.title, why]) : t('importSkippedItem', [s.index + 1, why])}</li>;
        })}
      </ul>
    </details>
  );
}
