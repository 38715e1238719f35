// "Bài bị hỏng (N)": records set aside because they failed validation (on read, or removed from the list as
// damaged). Everything shown here comes from a damaged record, so it is shown as text only — the raw JSON in a
// <pre> or a <textarea>, never as markup. "Khôi phục" re-validates it like an import (utils/library/repair.ts).
import { useState } from 'preact/hooks';
import { ConfirmDeleteForever } from './ConfirmDeleteForever';
import { t, type Lang, type MessageKey } from '../../utils/i18n/i18n';
import { formatDate } from '../../utils/ui/format';
import type { QuarantineItemView, RepairResultView } from './types';

/** The inspect view shows this much; "Xuất nguyên trạng" always writes the whole record. */
const VIEW_MAX = 200_000;

const FAILURE_TEXT: Record<Extract<RepairResultView, { ok: false }>['reason'], MessageKey> = {
  'not-json': 'repairNotJson',
  'no-article': 'repairNoArticle',
  invalid: 'repairInvalid',
  exists: 'repairExists',
  gone: 'repairGone',
};

export interface QuarantineSectionProps {
  items: QuarantineItemView[];
  lang: Lang;
  /** Null when it threw (the page's status line says so). */
  onRestore: (item: QuarantineItemView, edited?: string) => Promise<RepairResultView | null>;
  onExport: (item: QuarantineItemView) => void;
  onDelete: (item: QuarantineItemView) => void;
}

export function QuarantineSection({ items, lang, onRestore, onExport, onDelete }: QuarantineSectionProps) {
  if (items.length === 0) return null;
  return (
    <section class="card quarantine" data-testid="quarantine-section" aria-labelledby="quarantine-heading">
      <h2 id="quarantine-heading">{t('quarantineHeading', items.length)}</h2>
      <p class="meta">{t('quarantineHint')}</p>
      <ul class="items">
        {items.map((item) => (
          <QuarantineEntry key={item.key} item={item} lang={lang} onRestore={onRestore} onExport={onExport} onDelete={onDelete} />
        ))}
      </ul>
    </section>
  );
}

function QuarantineEntry({ item, lang, onRestore, onExport, onDelete }: Omit<QuarantineSectionProps, 'items'> & { item: QuarantineItemView }) {
  const [mode, setMode] = useState<'closed' | 'view' | 'edit'>('closed');
  const [text, setText] = useState(item.json);
  const [problem, setProblem] = useState<{ text: string; detail?: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = item.title || item.url || t('untitledItem');

  const restore = async () => {
    setBusy(true);
    setProblem(null);
    const result = await onRestore(item, mode === 'edit' ? text : undefined);
    setBusy(false);
    if (result && !result.ok) setProblem({ text: t(FAILURE_TEXT[result.reason]), detail: result.detail });
  };

  return (
    <li class="quarantine-item" data-testid="quarantine-item" data-id={item.id}>
      <h3 class="item-title">{name}</h3>
      {item.url && item.url !== name ? <p class="meta raw-text">{item.url}</p> : null}
      <p class="meta">{t('quarantineMeta', formatDate(item.quarantinedAt, lang, { withTime: true }))}</p>
      <p class="meta technical">{t('damagedDetail', item.reason)}</p>
      <div class="actions">
        <button type="button" class="btn btn-small" data-testid="quarantine-inspect" aria-expanded={mode === 'view'} onClick={() => setMode(mode === 'view' ? 'closed' : 'view')}>
          {mode === 'view' ? t('actionHideRecord') : t('actionInspect')}
        </button>
        <button type="button" class="btn btn-small" data-testid="quarantine-edit" aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'closed' : 'edit')}>
          {t('actionEditRecord')}
        </button>
        <button type="button" class="btn btn-small btn-primary" data-testid="quarantine-restore" disabled={busy} aria-label={t('actionRestoreItem', name)} onClick={() => void restore()}>
          {t('actionRestore')}
        </button>
        <button type="button" class="btn btn-small" data-testid="quarantine-export" onClick={() => onExport(item)}>
          {t('actionExportRaw')}
        </button>
        <button type="button" class="btn btn-small btn-delete" data-testid="quarantine-delete" aria-label={t('actionDeleteForeverItem', name)} aria-expanded={confirming} onClick={() => setConfirming(true)}>
          {t('actionDeleteForever')}
        </button>
      </div>
      {confirming ? <ConfirmDeleteForever testId="quarantine" onConfirm={() => onDelete(item)} onCancel={() => setConfirming(false)} /> : null}
      {problem ? (
        <p class="problem" role="alert" data-testid="quarantine-problem">
          {problem.text}
          {problem.detail ? <span class="technical"> {t('damagedDetail', problem.detail)}</span> : null}
        </p>
      ) : null}
      {mode === 'view' ? (
        <pre class="raw-record" data-testid="quarantine-json" tabIndex={0} aria-label={t('quarantineRecordLabel')}>
          {item.json.length > VIEW_MAX ? `${item.json.slice(0, VIEW_MAX)}\n…` : item.json}
        </pre>
      ) : null}
      {mode === 'edit' ? (
        <label class="raw-editor">
          <span>{t('quarantineEditorLabel')}</span>
          <textarea data-testid="quarantine-editor" spellcheck={false} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
      ) : null}
    </li>
  );
}
