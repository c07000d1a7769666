import { useTranslation } from 'react-i18next';
import type { ReasonView } from '../../shared/domain/changeSheet';
import type { Language } from '../../shared/domain/schema';

interface Props {
  reasons: readonly ReasonView[];
  lang: Language;
  productName: (id: string) => string;
}

/** Why an opening is added, closed or changed: the documents' reason, the step it belongs to, and each citation quoted. */
export function ReasonList({ reasons, lang, productName }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="change-reasons">
      {reasons.map((reason, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the reasons of one opening are a fixed list
        <li key={i}>
          <p>
            {reason.reversed && <span className="change-badge change-badge-reversed">{t('changes.reversed')}</span>}{' '}
            <span className="reason-step">
              {t(reason.reversed ? 'changes.reversedStep' : `changes.reasonStep.${reason.change}`, { product: productName(reason.step) })}
            </span>{' '}
            {reason.text}
          </p>
          <ul className="citations">
            {reason.citations.map((c) => (
              <li key={`${c.documentId}-${c.place}`}>
                {c.url ? (
                  <a className="provenance-doc" href={c.url} rel="noreferrer noopener" target="_blank">
                    {c.documentTitle}
                  </a>
                ) : (
                  <span className="provenance-doc">{c.documentTitle}</span>
                )}
                {' · '}
                {c.place}
                <q className="provenance-cells" lang={c.quoteLang}>
                  {c.quote}
                </q>
                {c.quoteLang !== lang && <span className="quote-lang">{t('changes.english')}</span>}
                {c.erratum && <span className="erratum">{c.erratum}</span>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
