// The interface language (Tiếng Việt / English / as the browser), for the reader's settings and the
// library (which is also the options page). The label carries both languages, so a reader who landed in
// the wrong one can still find it; the two languages are named in their own words.
import { t, type LanguageChoice, type MessageKey } from '../utils/i18n/i18n';

const CHOICES: readonly { value: LanguageChoice; key: MessageKey }[] = [
  { value: 'vi', key: 'languageVi' },
  { value: 'en', key: 'languageEn' },
  { value: 'auto', key: 'languageAuto' },
];

export interface LanguageSelectProps {
  value: LanguageChoice;
  onChange: (choice: LanguageChoice) => void;
  /** Unique per page: the select's id (the label points at it). */
  id: string;
}

export function LanguageSelect({ value, onChange, id }: LanguageSelectProps) {
  return (
    <div class="field">
      <label for={id}>{t('settingLanguage')}</label>
      <select
        id={id}
        data-testid="language-select"
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as LanguageChoice)}
      >
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value} lang={c.value === 'auto' ? undefined : c.value}>
            {t(c.key)}
          </option>
        ))}
      </select>
    </div>
  );
}
