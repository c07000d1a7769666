import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isProductId, type ProductId } from '../../shared/domain/products';
import { ProductOptions } from '../../shared/ui/ProductOptions';

interface Props {
  from: ProductId;
  to: ProductId;
  onChange: (from: ProductId, to: ProductId) => void;
}

/** The two versions compared (`from=`, `to=`), and a button to swap them. */
export function ComparePicker({ from, to, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const select = (side: 'from' | 'to', value: ProductId) => (
    <div className="field">
      <label htmlFor={`${id}-${side}`}>{t(`changes.${side}`)}</label>
      <select
        id={`${id}-${side}`}
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          if (isProductId(next)) onChange(side === 'from' ? next : from, side === 'to' ? next : to);
        }}
      >
        <ProductOptions />
      </select>
    </div>
  );
  return (
    <fieldset className="compare-picker">
      <legend className="visually-hidden">{t('changes.versions')}</legend>
      {select('from', from)}
      <button type="button" className="compare-swap" onClick={() => onChange(to, from)}>
        <span aria-hidden="true">⇄ </span>
        {t('changes.swap')}
      </button>
      {select('to', to)}
    </fieldset>
  );
}
