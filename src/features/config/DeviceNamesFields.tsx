import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ASA_INTERFACES, DEFAULT_PANOS_ZONES } from '../../shared/domain/config';
import { ZONES } from '../../shared/domain/schema';
import { NAME, type ZoneNames } from './deviceNames';

interface Props {
  device: 'asa' | 'panos';
  names: ZoneNames;
  onChange: (names: ZoneNames) => void;
}

/** The device's names for the three zones (ASA interfaces, PAN-OS zones): empty is the default; a name the device refuses is said at its field. */
export function DeviceNamesFields({ device, names, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const defaults = device === 'asa' ? DEFAULT_ASA_INTERFACES : DEFAULT_PANOS_ZONES;
  // What is typed, valid or not; only valid names reach the configuration.
  const [draft, setDraft] = useState<ZoneNames>(names);
  const valid = (value: string | undefined) => value === undefined || value === '' || NAME.test(value);
  const change = (zone: (typeof ZONES)[number], value: string) => {
    const next = { ...draft, [zone]: value };
    setDraft(next);
    onChange(Object.fromEntries(ZONES.flatMap((z) => (next[z] && NAME.test(next[z] ?? '') ? [[z, next[z]]] : []))));
  };
  return (
    <fieldset className="config-names">
      <legend>{t(`config.names.${device}`)}</legend>
      <p className="muted">{t('config.names.hint')}</p>
      {ZONES.map((zone) => {
        const field = `${id}-${zone}`;
        const ok = valid(draft[zone]);
        return (
          <div key={zone} className="field">
            <label htmlFor={field}>{t(`zone.${zone}`)}</label>
            <input
              id={field}
              type="text"
              value={draft[zone] ?? ''}
              placeholder={defaults[zone]}
              maxLength={31}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={ok ? undefined : true}
              aria-describedby={ok ? undefined : `${field}-error`}
              onChange={(event) => change(zone, event.target.value.trim())}
            />
            {!ok && (
              <p id={`${field}-error`} className="field-error">
                {t('config.names.invalid')}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
