import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleTableInstance } from './useRuleTable';

interface Props {
  table: RuleTableInstance;
  pairs: ReadonlyMap<string, string>;
  /** The rule highlighted from elsewhere (a diagram arrow), and the one selected there. */
  highlighted?: string;
  selected?: string;
  onHighlight?: (ruleId: string | undefined) => void;
  /** Shown in place of the rows when no rule matches. */
  empty: ReactNode;
}

const SORT_ICON = { asc: '▲', desc: '▼', none: '↕' } as const;

export function RuleTable({ table, pairs, empty, highlighted, selected, onHighlight }: Props) {
  const { t } = useTranslation();
  const rows = table.getRowModel().rows;
  const headingFor = (id: string) => t(`columns.${id}`);

  return (
    <div className="table-scroll">
      <table className="rules">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`col-${header.column.id}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('table.sortBy', { column: headingFor(header.column.id) })}
                      >
                        <table.FlexRender header={header} />
                        <span className="sort-icon" aria-hidden="true">
                          {SORT_ICON[sorted || 'none']}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const partner = pairs.get(row.id);
            const pairClass =
              partner === undefined ? '' : rows[i + 1]?.id === partner ? 'pair-first' : rows[i - 1]?.id === partner ? 'pair-second' : '';
            return (
              <tr
                key={row.id}
                id={`rule-${row.id}`}
                data-rule-id={row.id}
                tabIndex={-1}
                className={
                  [
                    row.original.rule.legacy ? 'is-legacy' : '',
                    pairClass,
                    highlighted === row.id ? 'is-highlighted' : '',
                    selected === row.id ? 'is-selected' : '',
                  ]
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                onMouseEnter={onHighlight && (() => onHighlight(row.id))}
                onMouseLeave={onHighlight && (() => onHighlight(undefined))}
                onFocus={onHighlight && (() => onHighlight(row.id))}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`} data-heading={headingFor(cell.column.id)}>
                    <div className="cell">
                      <table.FlexRender cell={cell} />
                    </div>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && empty}
    </div>
  );
}
