import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { InterfaceDiagram } from './InterfaceDiagram';
import { TopologyOverview } from './TopologyOverview';
import './diagram.css';

export interface DiagramPanelProps {
  /** The rules that pass the current filters. */
  rules: readonly ResolvedRule[];
  /** Every rule, to list the interfaces that have a diagram. */
  allRules: readonly ResolvedRule[];
  index: DatasetIndex;
  lang: Language;
  pairs: ReadonlyMap<string, string>;
  selected: readonly string[];
  onSelect: (interfaceIds: string[]) => void;
  highlighted?: string;
  onHighlight: (ruleId: string | undefined) => void;
  onActivate: (ruleId: string) => void;
  today: string;
}

/** Diagrams: the topology overview, or the diagram of each chosen interface (`interface` in the URL). */
export default function DiagramPanel(props: DiagramPanelProps) {
  const { t } = useTranslation();
  const pickerId = useId();
  const { index, lang, allRules, selected, onSelect } = props;
  const withRules = index.dataset.endpoints.filter(
    (e) => e.kind === 'interface' && allRules.some((r) => r.source.id === e.id || r.destination.id === e.id),
  );
  const chosen = selected.flatMap((id) => withRules.find((e) => e.id === id) ?? []);
  return (
    <div className="diagram-panel">
      <div className="diagram-picker">
        <label htmlFor={pickerId}>{t('diagram.pick')}</label>
        <select
          id={pickerId}
          value={chosen.length === 1 ? chosen[0]?.id : ''}
          onChange={(e) => onSelect(e.target.value ? [e.target.value] : [])}
        >
          <option value="">{t('diagram.overviewOption')}</option>
          {withRules.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name[lang]}
            </option>
          ))}
        </select>
      </div>
      {chosen.length === 0 ? (
        <TopologyOverview rules={props.rules} lang={lang} onOpen={(id) => onSelect([id])} />
      ) : (
        chosen.map((endpoint) => (
          <InterfaceDiagram
            key={endpoint.id}
            endpoint={endpoint}
            rules={props.rules}
            index={index}
            lang={lang}
            pairs={props.pairs}
            highlighted={props.highlighted}
            onHighlight={props.onHighlight}
            onActivate={props.onActivate}
            today={props.today}
          />
        ))
      )}
    </div>
  );
}
