import { useTranslation } from 'react-i18next';
import { ComparePicker } from '../../features/changes/ComparePicker';
import { productUrl } from '../../shared/dataset/load';
import type { Assignments } from '../../shared/domain/addressBook';
import { type LinkState, setCompared } from '../../shared/domain/linkState';
import type { ProductId } from '../../shared/domain/products';
import type { Language } from '../../shared/domain/schema';
import DatasetError from '../DatasetError';
import type { UpdateLink } from '../useLinkState';
import type { useProducts } from '../useProducts';
import { ChangesView } from './ChangesView';
import '../../features/sheet/sheet.css';
import '../../features/changes/changes.css';

interface Props {
  products: ReturnType<typeof useProducts>;
  lang: Language;
  state: LinkState;
  update: UpdateLink;
  addresses: Assignments;
}

/**
 * The changes page (`view=changes&from=…&to=…`): the two versions' datasets, loaded when first
 * compared and validated like any dataset; once both are in, the comparison (ChangesView).
 */
export default function ChangesRoute({ products, lang, state, update, addresses }: Props) {
  const { t } = useTranslation();
  const { compared } = products;
  const from = products.get(compared.from);
  const to = products.get(compared.to);
  const onCompare = (a: ProductId, b: ProductId) => update((s) => setCompared(s, a, b));
  if (from.status === 'ready' && to.status === 'ready') {
    return (
      <ChangesView
        from={from.dataset}
        to={to.dataset}
        compared={compared}
        onCompare={onCompare}
        lang={lang}
        state={state}
        update={update}
        addresses={addresses}
      />
    );
  }
  return (
    <main id="rules" tabIndex={-1} className="changes-page changes-waiting">
      <h2 className="changes-heading">{t('changes.heading')}</h2>
      <ComparePicker from={compared.from} to={compared.to} onChange={onCompare} />
      {(
        [
          [compared.from, from],
          [compared.to, to],
        ] as const
      ).map(([id, load]) =>
        load.status === 'loading' ? (
          <p key={id} className="status" role="status">
            {t('changes.loading', { product: t(`product.name.${id}`) })}
          </p>
        ) : load.status === 'error' ? (
          <DatasetError key={id} file={productUrl(id)} problems={load.problems} onRetry={() => window.location.reload()} />
        ) : null,
      )}
    </main>
  );
}
