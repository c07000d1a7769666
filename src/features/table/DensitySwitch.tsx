import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DENSITIES, type Density } from '../../shared/domain/linkState';

/** Compact (one line per rule) or comfortable (every note in the row). */
export function DensitySwitch({ density, onChange }: { density: Density; onChange: (density: Density) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="density-switch">
      <legend className="visually-hidden">{t('table.density')}</legend>
      {DENSITIES.map((value) => (
        <label key={value} className={value === density ? 'is-checked' : undefined}>
          <input type="radio" name={name} value={value} checked={value === density} onChange={() => onChange(value)} />
          {t(`table.density_${value}`)}
        </label>
      ))}
    </fieldset>
  );
}
