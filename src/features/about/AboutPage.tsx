import { useTranslation } from 'react-i18next';
import { creditKey, productName } from '../../shared/domain/products';
import type { Dataset, Language } from '../../shared/domain/schema';
import { sourceUse } from '../../shared/domain/sources';
import './about.css';
import { type ProductData, ProductSources } from './ProductSources';

const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** The About/Sources view: each source document, what the app took from it, and the CC BY credit. */
interface Props {
  dataset: Dataset;
  lang: Language;
  /** Every built-in product, for the versions covered. */
  products: readonly ProductData[];
  /** The built-in product shown (not the user's own file): its sources are the ones listed in detail. */
  shown?: string;
}

export default function AboutPage({ dataset, lang, products, shown }: Props) {
  const { t } = useTranslation();
  const uses = sourceUse(dataset);
  return (
    <main id="rules" tabIndex={-1} className="about">
      <h2>{t('about.title')}</h2>
      <p>{t('about.intro', { product: productName(dataset, lang, t) })}</p>
      <dl className="about-facts">
        <dt>{t('about.version')}</dt>
        <dd>{dataset.version}</dd>
        <dt>{t('about.counts')}</dt>
        <dd>
          {t('about.countsValue', {
            rules: dataset.rules.length,
            endpoints: dataset.endpoints.length,
            topologies: dataset.topologies?.length ?? 0,
            scenarios: dataset.scenarios.length,
          })}
        </dd>
      </dl>
      <ProductSources products={products} lang={lang} shown={shown} />
      <h3>{t('about.sources')}</h3>
      <ol className="sources">
        {uses.map(({ source, rows, tables, rules, notRules }) => (
          <li key={source.id}>
            {/* The heading in the reader's language and the seed document's terms; the published titles verbatim below. */}
            <p className="source-title">
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                {(source.heading ?? source.title)[lang]}
              </a>
            </p>
            <p className="muted">
              {t('about.publishedTitles')} <q lang="en">{source.title.en}</q> · <q lang="zh-TW">{source.title['zh-TW']}</q>
            </p>
            <p>
              {t('about.took', { rows, tables, rules })}
              {notRules > 0 && ` ${t('about.notRules', { count: notRules })}`}
            </p>
            {(source.notRules ?? []).map((entry) => (
              <p key={entry.table} className="muted">
                {t('about.notRuleItem', {
                  where: t('table.tableRow', { table: entry.table, row: entry.rows.join(t('summary.listSeparator')) }),
                  reason: entry.reason[lang],
                })}
              </p>
            ))}
            <p className="muted">
              <span className="technet-url">{source.url}</span> · {source.credit}
            </p>
          </li>
        ))}
      </ol>
      <p className="credit">
        {t(creditKey(dataset.product?.id))}{' '}
        <a href={LICENCE_URL} rel="license noreferrer noopener" target="_blank">
          {t('about.licence')}
        </a>
      </p>
      {dataset.adaptation && <p className="credit">{dataset.adaptation[lang]}</p>}
    </main>
  );
}
