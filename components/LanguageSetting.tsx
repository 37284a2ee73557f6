import type { Lang } from '@/utils/i18n';
import { currentLang, t } from '@/utils/i18n';

interface LanguageSettingProps {
  /** The advocate's choice; 'auto' follows the browser. */
  choice: Lang | 'auto';
  /** The browser's own language, named (what 'auto' gives now). */
  browserLanguage: string;
  onChoose: (choice: Lang | 'auto') => void;
}

/** Settings ▸ Language: the interface in English or Spanish, whatever the browser speaks. */
export function LanguageSetting({ choice, browserLanguage, onChoose }: LanguageSettingProps) {
  // The message is "<word in the page's language> · <word in the other>".
  const [own, other] = t('language_title').split(' · ');
  return (
    <section class="settings-section" aria-labelledby="language-title">
      {/* "Language · Idioma": the other language's word is marked as such, so a screen reader
          says "Language" in an English voice, "Idioma" in a Spanish one (helper-60). */}
      <h2 id="language-title">
        {own}
        {other && (
          <>
            {' · '}
            <span lang={currentLang() === 'es' ? 'en' : 'es'}>{other}</span>
          </>
        )}
      </h2>
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
