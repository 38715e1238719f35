// The key-figures panel: one button chip per figure — icon (the currency for money), a short label saying what
// the number measures, and the amount as printed — with its clause as the tooltip; and the legend that explains
// the colours AND underline styles of the highlights in the text.
import type { KeyFigure } from '../utils/model/figure';
import { t } from '../utils/i18n/i18n';
import { FIGURE_ICONS, FIGURE_KINDS, FIGURE_LINE_KEYS, figureIcon } from './figure-kinds';
import { FIGURE_LABEL_KEYS } from '../utils/figures/kind-names';

export interface KeyFiguresProps {
  keyFigures: readonly KeyFigure[];
  onSelect: (kf: KeyFigure) => void;
}

export function KeyFigures({ keyFigures, onSelect }: KeyFiguresProps) {
  if (keyFigures.length === 0) return null;
  return (
    <section class="card key-figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('figuresHeading')}</h2>
      <ul class="chips" data-testid="figure-list">
        {keyFigures.map((kf, i) => {
          // A chip reads "what · amount"; a document reads "document · its subject" ("Kế hoạch 512/KH-SNN · sản xuất
          // vụ Xuân"). Without a label the amount stands alone: a kind's name ("Tiền", "Số lượng") says nothing the
          // icon does not.
          const value = kf.display || kf.text;
          const label = kf.label ?? '';
          const [first, second] = kf.kind === 'document' ? [value, label] : [label, value];
          return (
            <li key={`${kf.start}-${i}`}>
              <button
                type="button"
                class="chip"
                data-kind={kf.kind}
                data-testid="figure-chip"
                title={kf.sentence}
                aria-label={label ? t('figureChipLabel', [first, second]) : value}
                onClick={() => onSelect(kf)}
              >
                <span class="fig-icon" aria-hidden="true">{figureIcon(kf)}</span>
                <span class="chip-text">
                  {first ? <span class={kf.kind === 'document' ? 'chip-value' : 'chip-label'} data-testid={kf.kind === 'document' ? 'figure-chip-value' : 'figure-chip-label'}>{first}</span> : null}
                  {first && second ? <span class="chip-sep" aria-hidden="true"> · </span> : null}
                  {second ? <span class={kf.kind === 'document' ? 'chip-label' : 'chip-value'} data-testid={kf.kind === 'document' ? 'figure-chip-label' : 'figure-chip-value'}>{second}</span> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <FigureLegend />
    </section>
  );
}

export function FigureLegend() {
  return (
    <details class="legend">
      <summary>{t('legendHeading')}</summary>
      <ul>
        {FIGURE_KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            <span class="fig-icon" aria-hidden="true">{FIGURE_ICONS[kind]}</span>
            <span class="fig-swatch">{t(FIGURE_LABEL_KEYS[kind])}</span>
            <span class="meta"> — {t(FIGURE_LINE_KEYS[kind])}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
