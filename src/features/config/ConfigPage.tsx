import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignments } from '../../shared/domain/addressBook';
import { configFormat, type Opening } from '../../shared/domain/config';
import { isoDate } from '../../shared/domain/dates';
import type { Filters } from '../../shared/domain/filters';
import type { ConfigFormatId } from '../../shared/domain/linkState';
import { formatPortRanges } from '../../shared/domain/ports';
import { exportPrefix } from '../../shared/domain/products';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import type { Firewall } from '../../shared/domain/zones';
import { AppLink, type LinkTarget } from '../../shared/ui/AppLink';
import { ConfigControls } from './ConfigControls';
import { ConfigFile } from './ConfigFile';
import { ConfigWarnings, ReviewBanner } from './ConfigNotes';
import { DeviceNamesFields } from './DeviceNamesFields';
import { configOptions, useDeviceNames } from './deviceNames';
import { configFilename, type FirewallOutput, useConfigOutputs } from './outputs';
import { useFileTitle } from './useFileTitle';
import './config.css';

export interface ConfigPageProps {
  /** The request sheet's rules (the filtered rules or the selection, without covered ones with `openings=needed`). */
  rules: readonly ResolvedRule[];
  addresses: Assignments;
  index: DatasetIndex;
  lang: Language;
  format: ConfigFormatId;
  filters: Filters;
  onFormatChange: (format: ConfigFormatId) => void;
  onFirewallChange: (firewall: Firewall | undefined) => void;
  links: { sheet: LinkTarget; rule: (id: string) => LinkTarget };
}

/** `view=config`: the request's rules as firewall configuration, one output per perimeter firewall, in the chosen format. */
export default function ConfigPage(props: ConfigPageProps) {
  const { t } = useTranslation();
  const { rules, format, filters, index, lang, links } = props;
  const firewallFilter = filters.facets.firewall;
  const [names, setNames] = useDeviceNames();
  const options = useMemo(() => configOptions(names), [names]);
  const { model, outputs } = useConfigOutputs(rules, props.addresses, format, firewallFilter, options, index.dataset.product?.name.en);
  const today = isoDate(new Date());
  const fileTitle = useFileTitle(format);
  const section = (output: FirewallOutput) => (
    <section key={output.firewall} className="config-firewall" aria-labelledby={`config-${output.firewall}`}>
      <h3 id={`config-${output.firewall}`}>
        {t(`config.firewall.${output.firewall}`)} <span className="muted">{t('config.ruleCount', { count: output.ruleCount })}</span>
      </h3>
      {output.ruleCount === 0 ? (
        <p>{t('config.noRuleCrosses')}</p>
      ) : (
        <>
          <ConfigWarnings warnings={output.warnings} index={index} lang={lang} />
          {output.files.map((file) => (
            <ConfigFile
              key={file.part}
              title={fileTitle(file.part)}
              filename={configFilename(filters, today, output.firewall, format, file.extension, exportPrefix(index.dataset.product?.id))}
              text={file.text}
            />
          ))}
        </>
      )}
    </section>
  );
  return (
    <main id="rules" tabIndex={-1} className="config-page">
      <h2>{t('config.heading')}</h2>
      <p>
        {t('config.intro', { count: rules.length })} <AppLink to={links.sheet}>{t('config.toSheet')}</AppLink>
      </p>
      <ConfigControls
        firewall={outputs.length === 1 ? (outputs[0]?.firewall ?? 'both') : 'both'}
        onFirewallChange={props.onFirewallChange}
        format={format}
        onFormatChange={props.onFormatChange}
      />
      {(format === 'asa' || format === 'panos') && (
        <DeviceNamesFields key={format} device={format} names={names[format]} onChange={(next) => setNames({ ...names, [format]: next })} />
      )}
      <ReviewBanner format={format} />
      {rules.length === 0 ? <p className="config-empty">{t('config.noRules')}</p> : outputs.map(section)}
      {model.noFirewall.length > 0 && (
        <NoFirewall openings={model.noFirewall} index={index} lang={lang} rule={links.rule} label={configFormat(format)?.label ?? format} />
      )}
    </main>
  );
}

/** Rules within one zone: they cross no perimeter firewall and are listed apart. */
function NoFirewall(props: {
  openings: readonly Opening[];
  index: DatasetIndex;
  lang: Language;
  rule: (id: string) => LinkTarget;
  label: string;
}) {
  const { t } = useTranslation();
  const name = (id: string) => props.index.endpoint(id)?.name[props.lang] ?? id;
  return (
    <section className="config-none" aria-labelledby="config-none">
      <h3 id="config-none">{t('config.noFirewall.title', { count: props.openings.length })}</h3>
      <p>{t('config.noFirewall.text', { format: props.label })}</p>
      <ul>
        {props.openings.map((o) => (
          <li key={o.ruleId}>
            <AppLink to={props.rule(o.ruleId)}>{props.index.ruleSummary(o.ruleId, props.lang)}</AppLink> <code>{o.ruleId}</code>
            {': '}
            {t('config.noFirewall.rule', {
              source: name(o.source.id),
              destination: name(o.destination.id),
              transport: o.transport.toUpperCase(),
              ports: formatPortRanges(o.ports),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
