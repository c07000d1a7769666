import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isProductId, type ProductId } from '../shared/domain/products';
import { ProductOptions } from '../shared/ui/ProductOptions';

interface Props {
  shown: ProductId;
  /** The name of the user's own dataset's product, when that file is shown instead of a built-in one. */
  own?: string;
  onChange: (product: ProductId) => void;
}

/** The product whose rules the app shows (`product=`): each choice loads that product's dataset. */
export function ProductSwitch({ shown, own, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="product-switch">
      <label htmlFor={id}>{t('product.label')}</label>
      <select
        id={id}
        value={own === undefined ? shown : ''}
        onChange={(event) => {
          const next = event.target.value;
          if (isProductId(next)) onChange(next);
        }}
      >
        {own !== undefined && (
          <option value="" disabled>
            {t('product.own', { name: own })}
          </option>
        )}
        <ProductOptions />
      </select>
    </div>
  );
}
