import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIG_FORMATS } from '../../shared/domain/config';
import type { ConfigFormatId } from '../../shared/domain/linkState';
import { FIREWALLS, type Firewall } from '../../shared/domain/zones';

interface Option<T extends string> {
  value: T;
  label: string;
}

/** A row of radio buttons (a segmented control) with a legend. */
function Choice<T extends string>(props: { legend: string; options: readonly Option<T>[]; value: T; onChange: (value: T) => void }) {
  const name = useId();
  return (
    <fieldset className="config-choice">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

interface Props {
  /** One firewall (the `firewall=` filter names exactly one), or both. */
  firewall: Firewall | 'both';
  onFirewallChange: (firewall: Firewall | undefined) => void;
  format: ConfigFormatId;
  onFormatChange: (format: ConfigFormatId) => void;
}

/** Which firewall (the `firewall=` filter) and which format (`format=`): both are in the link. */
export function ConfigControls({ firewall, onFirewallChange, format, onFormatChange }: Props) {
  const { t } = useTranslation();
  const firewalls: Option<Firewall | 'both'>[] = [
    { value: 'both', label: t('config.firewallBoth') },
    ...FIREWALLS.map((value) => ({ value, label: t(`config.firewallShort.${value}`) })),
  ];
  return (
    <div className="config-controls">
      <Choice
        legend={t('config.firewallLegend')}
        options={firewalls}
        value={firewall}
        onChange={(value) => onFirewallChange(value === 'both' ? undefined : value)}
      />
      <Choice
        legend={t('config.formatLegend')}
        options={CONFIG_FORMATS.map((f) => ({ value: f.id, label: f.label }))}
        value={format}
        onChange={onFormatChange}
      />
      <p className="muted config-format-hint">{t(`config.formatHint.${format}`)}</p>
    </div>
  );
}
