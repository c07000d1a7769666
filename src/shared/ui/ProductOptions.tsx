import { useTranslation } from 'react-i18next';
import { PRODUCT_IDS } from '../domain/products';

/** One `<option>` per built-in product, oldest first, named in the language shown. */
export function ProductOptions() {
  const { t } = useTranslation();
  return PRODUCT_IDS.map((product) => (
    <option key={product} value={product}>
      {t(`product.name.${product}`)}
    </option>
  ));
}
