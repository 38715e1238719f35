// The header's storage line and the import report: small read-only views of the library page.
import { t, type Lang } from '../../utils/i18n';
import { formatBytes, formatNumber } from '../../utils/ui/format';
import type { ImportReportView, LibraryStatsView } from './types';

export function StorageLine({ stats, lang }: { stats: LibraryStatsView | null; lang: Lang }) {
  if (!stats) return <p class="meta storage">&nbsp;</p>;
  const used = stats.usage ?? stats.bytes;
  const parts = [t('storageArticles', formatNumber(stats.count, lang)), t('storageUsed', formatBytes(used, lang))];
  if (stats.quota) parts.push(t('storageQuota', formatBytes(stats.quota, lang)));
  parts.push(stats.persisted === true ? t('storagePersistent') : stats.persisted === false ? t('storageNotPersistent') : t('storagePersistUnknown'));
  return (
    <p class="meta storage" data-testid="storage-info">
      {parts.join(' · ')}
    </p>
  );
}

export function ImportReportList({ report }: { report: ImportReportView }) {
  if (report.skipped.length === 0) return null;
  return (
    <details class="import-report" open>
      <summary>{t('importSkippedHeading', report.skipped.length)}</summary>
      <ul>
        {report.skipped.slice(0, 20).map((s) => (
          <li key={s.index}>{s.title ? t('importSkippedTitled', [s.title, s.reason]) : t('importSkippedItem', [s.index + 1, s.reason])}</li>
        ))}
      </ul>
    </details>
  );
}
