import ConfigPage from '../../features/config/ConfigPage';
import type { Assignments } from '../../shared/domain/addressBook';
import { type LinkState, setFacet, setFormat } from '../../shared/domain/linkState';
import type { RuleModel } from '../../shared/domain/pairs';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { useRequestLinks } from '../pageLinks';
import type { UpdateLink } from '../useLinkState';
import { useSheetRules } from '../useSheetRules';

interface Props {
  index: DatasetIndex;
  model: RuleModel;
  filtered: readonly ResolvedRule[];
  lang: Language;
  state: LinkState;
  update: UpdateLink;
  addresses: Assignments;
}

/** `view=config`: the request sheet's rules and addresses as firewall configuration; the firewall is the `firewall=` filter, the format `format=`. */
export default function ConfigRoute({ index, model, filtered, lang, state, update, addresses }: Props) {
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
