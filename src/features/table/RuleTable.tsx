import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPortRanges } from '../../shared/domain/ports';
import type { DatasetIndex, RuleView } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { EndpointName } from '../../shared/ui/EndpointName';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, RuleView>();

interface Props {
  rows: RuleView[];
  index: DatasetIndex;
  lang: Language;
}

export function RuleTable({ rows, index, lang }: Props) {
  const { t } = useTranslation();
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor((r) => r.rule.scenarios.map((id) => index.scenarioName(id, lang)).join(', '), {
          id: 'scenario',
          header: () => t('columns.scenario'),
        }),
        column.accessor((r) => index.roleName(r.rule.role, lang), { id: 'role', header: () => t('columns.role') }),
        column.accessor((r) => index.protocolLabel(r.rule), {
          id: 'protocol',
          header: () => t('columns.protocol'),
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
        column.accessor((r) => r.rule.transport.toUpperCase(), { id: 'transport', header: () => t('columns.transport') }),
        column.accessor((r) => formatPortRanges(r.rule.ports), {
          id: 'ports',
          header: () => t('columns.ports'),
          cell: (info) => <span className="ports">{info.getValue()}</span>,
        }),
        column.accessor((r) => r.source.name[lang], {
          id: 'source',
          header: () => t('columns.source'),
          cell: (info) => <EndpointName endpoint={info.row.original.source} lang={lang} />,
        }),
        column.accessor((r) => r.destination.name[lang], {
          id: 'destination',
          header: () => t('columns.destination'),
          cell: (info) => <EndpointName endpoint={info.row.original.destination} lang={lang} />,
        }),
        column.accessor((r) => r.direction, {
          id: 'direction',
          header: () => t('columns.direction'),
          cell: (info) => <span className={`direction direction-${info.getValue()}`}>{t(`direction.${info.getValue()}`)}</span>,
        }),
        column.accessor((r) => r.firewalls.join(','), {
          id: 'firewall',
          header: () => t('columns.firewall'),
          cell: (info) => {
            const firewalls = info.row.original.firewalls;
            return firewalls.length === 0 ? t('firewall.none') : firewalls.map((f) => t(`firewall.${f}`)).join(', ');
          },
        }),
        column.accessor((r) => r.rule.notes[lang], {
          id: 'notes',
          header: () => t('columns.notes'),
          cell: (info) => {
            const { requirement } = info.row.original.rule;
            return (
              <>
                {info.getValue()}
                {requirement.level === 'optional' && requirement.condition && (
                  <span className="condition">
                    <span className="badge">{t('table.optional')}</span> {requirement.condition[lang]}
                  </span>
                )}
              </>
            );
          },
        }),
      ]),
    [t, index, lang],
  );
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.rule.id });
  const headingFor = (id: string) => t(`columns.${id}`);

  return (
    <div className="table-scroll">
      <table className="rules">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-rule-id={row.id} className={row.original.rule.legacy ? 'is-legacy' : undefined}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`} data-heading={headingFor(cell.column.id)}>
                  <div className="cell">
                    <table.FlexRender cell={cell} />
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
