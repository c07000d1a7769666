import ConfigPage from '../../features/config/ConfigPage';
import { setFacet, setFormat } from '../../shared/domain/linkState';
import { useRequestLinks } from '../pageLinks';
import { useSheetRules } from '../useSheetRules';
import type { RulesPageProps } from './routeProps';

/** `view=config`: the request sheet's rules and addresses as firewall configuration; the firewall is the `firewall=` filter, the format `format=`. */
export default function ConfigRoute({ index, model, filtered, lang, state, update, addresses }: RulesPageProps) {
  const { rules } = useSheetRules(filtered, model, state);
  const links = useRequestLinks(state, update);
  return (
    <ConfigPage
      rules={rules}
      addresses={addresses}
      index={index}
      lang={lang}
      format={state.format ?? 'nftables'}
      filters={state.filters}
      onFormatChange={(format) => update((s) => setFormat(s, format))}
      onFirewallChange={(firewall) => update((s) => setFacet(s, 'firewall', firewall ? [firewall] : []))}
      links={links}
    />
  );
}
