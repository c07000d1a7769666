import { createColumnHelper, type SortFn } from '@tanstack/react-table';
import { addressesFor } from '../../shared/domain/addressBook';
import type { Assignments } from '../../shared/domain/addresses';
import { matchPort } from '../../shared/domain/filters';
import type { Density } from '../../shared/domain/linkState';
import { formatPortRanges, portSortKey } from '../../shared/domain/ports';
import { type DatasetIndex, type ResolvedRule, ruleSummary } from '../../shared/domain/rules';
import type { Language, PortRange } from '../../shared/domain/schema';
import type { Translate } from '../../shared/domain/translate';
import { describeFirewalls } from '../../shared/domain/zones';
import { EndpointName } from '../../shared/ui/EndpointName';
import { Provenance } from '../../shared/ui/Provenance';
import type { features } from './tableFeatures';

const column = createColumnHelper<typeof features, ResolvedRule>();
type RuleSortFn = SortFn<typeof features, ResolvedRule>;

const byPorts: RuleSortFn = (a, b) => portSortKey(a.original.rule.ports) - portSortKey(b.original.rule.ports);

export interface ColumnInputs {
  t: Translate;
  index: DatasetIndex;
  lang: Language;
  pairs: ReadonlyMap<string, string>;
  /** The port filter: the ports cell says whether it matched a source port. */
  portQuery?: PortRange;
  addresses: Assignments;
  density: Density;
  /** Opens a rule's details (the summary is a button for it). */
  onOpen: (ruleId: string) => void;
  /** Covered rule id → the rules that cover it (see covering.ts). */
  coverings: ReadonlyMap<string, readonly string[]>;
}

/** The columns each density hides: compact shows one line per rule, comfortable today's full rows. */
export const HIDDEN_COLUMNS: Record<Density, Readonly<Record<string, true>>> = {
  compact: { scenario: true, role: true, notes: true },
  comfortable: { summary: true },
};

/** The rule table's columns: what each cell shows; filtering is the domain's, sorting and selection TanStack's. */
export function ruleColumns({ t, index, lang, pairs, portQuery, addresses, density, onOpen, coverings }: ColumnInputs) {
  const covered = (ruleId: string) => <CoveredBadge by={coverings.get(ruleId)} index={index} lang={lang} t={t} onOpen={onOpen} />;
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const byText: RuleSortFn = (a, b, id) => collator.compare(String(a.getValue(id)), String(b.getValue(id)));
  const resolve = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => index.endpoint(id) ?? []);
  const endpointColumn = (side: 'source' | 'destination') =>
    column.accessor((r) => r[side].name[lang], {
      id: side,
      header: () => t(`columns.${side}`),
      sortFn: byText,
      cell: (info) => {
        const { rule } = info.row.original;
        const endpoint = info.row.original[side];
        return (
          <EndpointName
            t={t}
            endpoint={endpoint}
            lang={lang}
            canBe={resolve(side === 'source' ? rule.sourceCanBe : rule.destinationCanBe)}
            addresses={addressesFor(addresses, endpoint.id)}
            compact={density === 'compact'}
          />
        );
      },
    });
  return column.columns([
    column.display({
      id: 'select',
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label={t('table.selectAll')}
          checked={table.getIsAllRowsSelected()}
          ref={(el) => {
            if (el) el.indeterminate = table.getIsSomeRowsSelected();
          }}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={`${t('table.select')}: ${row.original.rule.id}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    }),
    column.accessor((r) => ruleSummary(r.rule, lang), {
      id: 'summary',
      header: () => t('columns.summary'),
      sortFn: byText,
      cell: (info) => {
        const { rule } = info.row.original;
        return (
          <>
            <OpenButton ruleId={rule.id} label={info.getValue()} onOpen={onOpen} />
            {covered(rule.id)}
            {rule.requirement.level === 'optional' && (
              <span className="badge badge-optional" title={rule.requirement.condition?.[lang] ?? t('table.optional')}>
                {t('table.optionalShort')}
              </span>
            )}
          </>
        );
      },
    }),
    column.accessor((r) => r.rule.scenarios.map((id) => index.scenarioName(id, lang)).join(t('summary.listSeparator')), {
      id: 'scenario',
      header: () => t('columns.scenario'),
      sortFn: byText,
    }),
    column.accessor((r) => index.roleName(r.rule.role, lang), { id: 'role', header: () => t('columns.role'), sortFn: byText }),
    column.accessor((r) => index.protocolLabel(r.rule), {
      id: 'protocol',
      header: () => t('columns.protocol'),
      sortFn: byText,
      cell: (info) => (
        <>
          {info.getValue()}
          {info.row.original.rule.legacy && (
            <span className="badge badge-legacy" title={t('table.legacyTitle')}>
              {t('table.legacy')}
            </span>
          )}
        </>
      ),
    }),
    column.accessor((r) => r.rule.transport.toUpperCase(), { id: 'transport', header: () => t('columns.transport'), sortFn: byText }),
    column.accessor((r) => formatPortRanges(r.rule.ports), {
      id: 'ports',
      header: () => t('columns.ports'),
      sortFn: byPorts,
      cell: (info) => {
        const { sourcePorts } = info.row.original.rule;
        const matched = portQuery ? matchPort(info.row.original, portQuery) : undefined;
        return (
          <>
            <span className="ports">{info.getValue()}</span>
            {sourcePorts && <span className="source-ports">{t('table.sourcePorts', { ports: formatPortRanges(sourcePorts) })}</span>}
            {matched === 'source' && <span className="badge badge-match">{t('table.matchedSource')}</span>}
          </>
        );
      },
    }),
    endpointColumn('source'),
    endpointColumn('destination'),
    column.accessor((r) => t(`direction.${r.direction}`), {
      id: 'direction',
      header: () => t('columns.direction'),
      sortFn: byText,
      cell: (info) => {
        const partner = pairs.get(info.row.original.rule.id);
        return (
          <>
            <span className={`direction direction-${info.row.original.direction}`}>{info.getValue()}</span>
            {partner && (
              <a className="badge badge-pair" href={`#rule-${partner}`} title={t('table.pairTitle')}>
                <span aria-hidden="true">⇄</span> <span className="pair-word">{t('table.pair')}</span>
              </a>
            )}
          </>
        );
      },
    }),
    column.accessor((r) => describeFirewalls(r.firewalls, t), { id: 'firewall', header: () => t('columns.firewall'), sortFn: byText }),
    column.accessor((r) => r.rule.notes[lang], {
      id: 'notes',
      header: () => t('columns.notes'),
      sortFn: byText,
      cell: (info) => {
        const { requirement, provenance } = info.row.original.rule;
        return (
          <>
            <OpenButton ruleId={info.row.original.rule.id} label={ruleSummary(info.row.original.rule, lang)} onOpen={onOpen} />
            {covered(info.row.original.rule.id)}
            <span className="note-text">{info.getValue()}</span>
            {requirement.level === 'optional' && (
              <span className="condition">
                <span className="badge">{t('table.optional')}</span> {requirement.condition?.[lang]}
              </span>
            )}
            <Provenance provenance={provenance} index={index} lang={lang} t={t} />
          </>
        );
      },
    }),
  ]);
}

/** The rule's summary as the button that opens its details (Enter or Space; a click anywhere on the row does too). */
function OpenButton({ ruleId, label, onOpen }: { ruleId: string; label: string; onOpen: (ruleId: string) => void }) {
  return (
    <button type="button" className="rule-open" data-open-rule={ruleId} title={label} onClick={() => onOpen(ruleId)}>
      {label}
    </button>
  );
}

/** "Covered": another rule already allows this rule's traffic; the marker opens the first covering rule. */
function CoveredBadge({
  by,
  index,
  lang,
  t,
  onOpen,
}: {
  by: readonly string[] | undefined;
  index: DatasetIndex;
  lang: Language;
  t: Translate;
  onOpen: (ruleId: string) => void;
}) {
  const first = by?.[0];
  if (!first) return null;
  const title = t('table.coveredBy', { rule: index.ruleSummary(first, lang) });
  return (
    <a
      className="badge badge-covered"
      href={`#rule-${first}`}
      title={title}
      aria-label={title}
      onClick={(event) => {
        event.preventDefault();
        onOpen(first);
      }}
    >
      {t('table.covered')}
    </a>
  );
}
