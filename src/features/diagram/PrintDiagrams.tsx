import type { DatasetIndex, RuleView } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { InterfaceDiagram } from './InterfaceDiagram';

interface Props {
  views: readonly RuleView[];
  index: DatasetIndex;
  lang: Language;
  pairs: ReadonlyMap<string, string>;
  today: string;
  heading: string;
}

const noop = () => {};

/** The diagram of every interface the sheet's rules involve, one per printed page. */
export default function PrintDiagrams({ views, index, lang, pairs, today, heading }: Props) {
  const ids = new Set(views.flatMap((v) => v.interfaces));
  const endpoints = index.dataset.endpoints.filter((e) => ids.has(e.id));
  return (
    <section className="print-diagrams" aria-label={heading}>
      {endpoints.map((endpoint) => (
        <div key={endpoint.id} className="print-diagram-page">
          <InterfaceDiagram
            endpoint={endpoint}
            views={views}
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
