import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/schema';

export function LanguageSwitch({ lang, onChange }: { lang: Language; onChange: (lang: Language) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={code === lang} onClick={() => code !== lang && onChange(code)}>
          {t(`language.${code}`)}
        </button>
      ))}
    </fieldset>
  );
}
