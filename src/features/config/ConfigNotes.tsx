import { useTranslation } from 'react-i18next';
import type { ConfigWarning } from '../../shared/domain/config';
import type { ConfigFormatId } from '../../shared/domain/linkState';
import type { DatasetIndex } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { notIncluded } from './notIncluded';

/** The banner above every output: review it before applying it, and what it leaves out (per format). */
export function ReviewBanner({ format }: { format: ConfigFormatId }) {
  const { t } = useTranslation();
  return (
    <section className="config-review" aria-labelledby="config-review-title">
      <h3 id="config-review-title">
        <span aria-hidden="true">⚠ </span>
        {t('config.review.title')}
      </h3>
      <p>{t('config.review.text')}</p>
      <p>{t(`config.howTo.${format}`)}</p>
      <p>{t('config.review.notIncluded')}</p>
      <ul>
        {notIncluded(format).map((key) => (
          <li key={key}>{t(`config.notIncluded.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
}

/** The warnings of one firewall's output, translated: every placeholder, omitted name, rule not written and address left out. */
export function ConfigWarnings({ warnings, index, lang }: { warnings: readonly ConfigWarning[]; index: DatasetIndex; lang: Language }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const endpoint = (id: string) => {
    const name = index.endpoint(id)?.name[lang];
    return name ? `${name} (${id})` : id;
  };
  const text = (warning: ConfigWarning) => {
    switch (warning.code) {
      case 'placeholder':
        return t('config.warning.placeholder', { endpoint: endpoint(warning.params.endpoint), object: warning.params.object });
      case 'fqdn-omitted':
        return t('config.warning.fqdn-omitted', { endpoint: endpoint(warning.params.endpoint), fqdn: warning.params.fqdn });
      case 'no-common-family':
        return t('config.warning.no-common-family', { rule: warning.params.rule });
      case 'invalid-address':
        return t('config.warning.invalid-address', { endpoint: endpoint(warning.params.endpoint), value: warning.params.value });
    }
  };
  return (
    <div className="config-warnings">
      <p>
        <strong>{t('config.warnings', { count: warnings.length })}</strong>
      </p>
      <ul>
        {warnings.map((warning) => (
          <li key={JSON.stringify(warning)} data-warning={warning.code}>
            {text(warning)}
          </li>
        ))}
      </ul>
    </div>
  );
}
