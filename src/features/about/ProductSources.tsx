import { useTranslation } from 'react-i18next';
import { creditKey, type ProductId, productName } from '../../shared/domain/products';
import type { Dataset, Language } from '../../shared/domain/schema';

export interface ProductData {
  id: ProductId;
  /** Undefined while the product's dataset is loading (About asks for every product's). */
  dataset?: Dataset;
}

/** Each built-in version, its source documents, their credit and licence, and what was adapted; and why there is no Subscription Edition. */
export function ProductSources({ products, lang, shown }: { products: readonly ProductData[]; lang: Language; shown?: string }) {
  const { t } = useTranslation();
  // The licence link inside the sentence, with the language's own punctuation around it.
  const licence = t('about.licence', { url: '\u0000' }).split('\u0000');
  return (
    <section className="about-products" aria-labelledby="about-products">
      <h3 id="about-products">{t('about.products')}</h3>
      <p>{t('about.productsIntro')}</p>
      <ul>
        {products.map(({ id, dataset }) => {
          const name = productName(dataset, lang, t, id);
          const licences = [...new Set(dataset?.sources.flatMap((s) => (s.licenseUrl ? [s.licenseUrl] : [])) ?? [])];
          return (
            <li key={id} data-product={id}>
              <h4>{name}</h4>
              <p>{t(creditKey(id))}</p>
              {id === shown ? (
                <p>{t('about.sourcesBelow')}</p>
              ) : dataset ? (
                <>
                  <p>{t('about.productSources', { count: dataset.sources.length })}</p>
                  <ul className="about-product-sources">
                    {dataset.sources.map((source) => (
                      <li key={source.id}>
                        <a href={source.url} rel="noreferrer noopener" target="_blank" lang="en">
                          {source.title.en}
                        </a>{' '}
                        <span className="about-source-url">{source.url}</span> · {source.credit}
                      </li>
                    ))}
                  </ul>
                  {licences.map((url) => (
                    <p key={url}>
                      {licence[0]}
                      <a href={url} rel="noreferrer noopener" target="_blank">
                        {url}
                      </a>
                      {licence[1]}
                    </p>
                  ))}
                  {dataset.adaptation && <p className="muted">{t('about.adaptation', { text: dataset.adaptation[lang] })}</p>}
                </>
              ) : (
                <p className="status">{t('about.loadingProduct', { product: name })}</p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="about-subscription">{t('about.subscription')}</p>
    </section>
  );
}
