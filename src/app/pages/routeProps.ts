import type { Assignments } from '../../shared/domain/addressBook';
import type { LinkState } from '../../shared/domain/linkState';
import type { RuleModel } from '../../shared/domain/pairs';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import type { UpdateLink } from '../useLinkState';

/** What App gives the pages built on the dataset's rules: the explorer, the firewall configuration and the flow check. */
export interface RulesPageProps {
  index: DatasetIndex;
  model: RuleModel;
  /** The rules that pass the filters (the app's one filtering path), in display order. */
  filtered: readonly ResolvedRule[];
  lang: Language;
  state: LinkState;
  update: UpdateLink;
  /** Valid addresses only. */
  addresses: Assignments;
}
