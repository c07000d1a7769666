import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { InterfaceDiagram } from './InterfaceDiagram';
import './diagram.css';

interface Props {
  rules: readonly ResolvedRule[];
  index: DatasetIndex;
  lang: Language;
  pairs: ReadonlyMap<string, string>;
  today: string;
  heading: string;
}

const noop = () => {};

/** The diagram of every interface the sheet's rules involve, one per printed page. */
export default function PrintDiagrams({ rules, index, lang, pairs, today, heading }: Props) {
  const ids = new Set(rules.flatMap((r) => r.interfaces));
  const endpoints = index.dataset.endpoints.filter((e) => ids.has(e.id));
  return (
    <section className="print-diagrams" aria-label={heading}>
      {endpoints.map((endpoint) => (
        <div key={endpoint.id} className="print-diagram-page">
          <InterfaceDiagram
            endpoint={endpoint}
            rules={rules}
            index={index}
            lang={lang}
            pairs={pairs}
            onHighlight={noop}
            onActivate={noop}
            today={today}
            printable
          />
        </div>
      ))}
    </section>
  );
}
