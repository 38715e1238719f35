// Reading settings. The two that matter most to older readers — text size and theme — are always on
// screen; the rest fold away under "More settings".
import {
  FONT_FAMILIES,
  FONT_SIZES,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  THEMES,
  type FontFamily,
  type LineWidth,
  type ReaderSettings,
  type Theme,
} from '../../utils/prefs/reading-settings';
import { t, type LanguageChoice, type MessageKey } from '../../utils/i18n/i18n';
import { LanguageSelect } from '../LanguageSelect';

const THEME_KEYS: Record<Theme, MessageKey> = {
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  system: 'themeSystem',
};
const FONT_KEYS: Record<FontFamily, MessageKey> = { serif: 'fontSerif', sans: 'fontSans' };
const WIDTH_KEYS: Record<LineWidth, MessageKey> = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' };
const SIZE_KEYS: MessageKey[] = ['sizeStep1', 'sizeStep2', 'sizeStep3', 'sizeStep4', 'sizeStep5', 'sizeStep6', 'sizeStep7'];
const HEIGHT_KEYS: MessageKey[] = ['lineHeightTight', 'lineHeightNormal', 'lineHeightLoose', 'lineHeightVeryLoose'];

export interface SettingsPanelProps {
  settings: ReaderSettings;
  onChange: (next: ReaderSettings) => void;
  /** The interface language (stored apart from the reading settings, see utils/prefs/interface-prefs.ts). */
  language: LanguageChoice;
  onLanguage: (choice: LanguageChoice) => void;
}

export function SettingsPanel({ settings, onChange, language, onLanguage }: SettingsPanelProps) {
  const set = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) => onChange({ ...settings, [key]: value });
  return (
    <div class="settings" role="group" aria-label={t('settingsLabel')}>
      <div class="field">
        <label for="set-font-size">{t('settingFontSize')}</label>
        <select
          id="set-font-size"
          data-testid="settings-font-size"
          value={String(settings.fontSize)}
          onChange={(e) => set('fontSize', Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {FONT_SIZES.map((px, i) => (
            <option key={px} value={String(px)}>
              {t(SIZE_KEYS[i] ?? 'sizeStep7')}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="set-theme">{t('settingTheme')}</label>
        <select
          id="set-theme"
          data-testid="theme-select"
          value={settings.theme}
          onChange={(e) => set('theme', (e.currentTarget as HTMLSelectElement).value as Theme)}
        >
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(THEME_KEYS[th])}
            </option>
          ))}
        </select>
      </div>
      <details class="more-settings">
        <summary>{t('settingsMore')}</summary>
        <div class="settings-grid">
          <div class="field">
            <label for="set-font">{t('settingFont')}</label>
            <select id="set-font" value={settings.fontFamily} onChange={(e) => set('fontFamily', (e.currentTarget as HTMLSelectElement).value as FontFamily)}>
              {FONT_FAMILIES.map((f) => (
                <option key={f} value={f}>
                  {t(FONT_KEYS[f])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="set-width">{t('settingLineWidth')}</label>
            <select id="set-width" value={settings.lineWidth} onChange={(e) => set('lineWidth', (e.currentTarget as HTMLSelectElement).value as LineWidth)}>
              {LINE_WIDTHS.map((w) => (
                <option key={w} value={w}>
                  {t(WIDTH_KEYS[w])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="set-line-height">{t('settingLineHeight')}</label>
            <select
              id="set-line-height"
              value={String(settings.lineHeight)}
              onChange={(e) => set('lineHeight', Number((e.currentTarget as HTMLSelectElement).value))}
            >
              {LINE_HEIGHTS.map((h, i) => (
                <option key={h} value={String(h)}>
                  {t(HEIGHT_KEYS[i] ?? 'lineHeightNormal')}
                </option>
              ))}
            </select>
          </div>
          <LanguageSelect id="set-language" value={language} onChange={onLanguage} />
          <div class="field field-check">
            <input
              id="set-highlights"
              type="checkbox"
              data-testid="settings-highlights"
              checked={settings.highlightFigures}
              onChange={(e) => set('highlightFigures', (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for="set-highlights">{t('settingHighlights')}</label>
          </div>
        </div>
      </details>
    </div>
  );
}
