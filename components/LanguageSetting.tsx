import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';

interface LanguageSettingProps {
  /** The advocate's choice; 'auto' follows the browser. */
  choice: Lang | 'auto';
  /** The browser's own language, named (what 'auto' gives now). */
  browserLanguage: string;
  onChoose: (choice: Lang | 'auto') => void;
}

/** Settings ▸ Language: the interface in English or Spanish, whatever the browser speaks. */
export function LanguageSetting({ choice, browserLanguage, onChoose }: LanguageSettingProps) {
  return (
    <section class="settings-section" aria-labelledby="language-title">
      <h3 id="language-title" lang="es">
        {t('language_title')}
      </h3>
      <label for="ui-language">{t('language_label')}</label>
      <select id="ui-language" value={choice} onChange={(e) => onChoose(e.currentTarget.value as Lang | 'auto')}>
        <option value="auto">{t('language_auto', browserLanguage)}</option>
        <option value="en" lang="en">
          {t('language_en')}
        </option>
        <option value="es" lang="es">
          {t('language_es')}
        </option>
      </select>
      <p class="hint">{t('language_hint')}</p>
    </section>
  );
}
