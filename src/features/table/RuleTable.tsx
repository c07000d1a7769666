import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleRow, type RuleRowProps, type TableRow } from './RuleRow';
import './table.css';
import type { Density } from '../../shared/domain/linkState';
import { HIDDEN_COLUMNS } from './columns';
import type { RuleTableInstance } from './useRuleTable';

const VirtualRows = lazy(() => import('./VirtualRows'));

/** Up to this many rows are rendered as a plain table (the built-in dataset: 88); more are windowed. */
export const WINDOWING_THRESHOLD = 300;
/** Rows in the first paint; the rest follow in the next frame. */
const FIRST_PAINT_ROWS = 24;

interface Props {
  table: RuleTableInstance;
  pairs: ReadonlyMap<string, string>;
  /** The rule highlighted from elsewhere (a diagram arrow), and the one selected there. */
  highlighted?: string;
  selected?: string;
  onHighlight?: (ruleId: string | undefined) => void;
  /** Shown in place of the rows when no rule matches. */
  empty: ReactNode;
  density: Density;
  /** Opens a rule's details: a click on its row (outside its controls), or its summary button. */
  onOpen: (ruleId: string) => void;
}

const SORT_ICON = { asc: '▲', desc: '▼', none: '↕' } as const;
/** A compact row's fixed height in CSS pixels (table.css), so windowing is exact; comfortable rows are measured. */
const ROW_HEIGHT: Record<Density, number | undefined> = { compact: 32, comfortable: undefined };

export function RuleTable({ table, pairs, empty, highlighted, selected, onHighlight, density, onOpen }: Props) {
  const { t } = useTranslation();
  const rows = table.getRowModel().rows;
  // One translation per column, not one per cell (the phone layout shows it before each value).
  // The density hides some columns; they stay in the table (a link may sort by them), they are not drawn.
  const hidden = HIDDEN_COLUMNS[density];
  const headings = useMemo(() => new Map(table.getAllLeafColumns().map((c) => [c.id, t(`columns.${c.id}`)])), [table, t]);
  const headingFor = useCallback((id: string) => headings.get(id) ?? id, [headings]);
  const rowProps = {
    table,
    pairs,
    highlighted,
    selected,
    onHighlight,
    onOpen,
    headingFor,
    renderKey: table.options.columns,
    rowHeight: ROW_HEIGHT[density],
    hidden,
  };

  return (
    <div className="table-scroll">
      <table className={`rules density-${density}${rows.length > WINDOWING_THRESHOLD ? ' is-windowed' : ''}`}>
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers
                .filter((header) => !hidden[header.column.id])
                .map((header) => {
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
        <RuleRows rows={rows} {...rowProps} />
      </table>
      {rows.length === 0 && empty}
    </div>
  );
}

type RowsProps = { rows: readonly TableRow[] } & Omit<RuleRowProps, 'row' | 'index' | 'rows' | 'checked'>;

/** Small sets: every row in the DOM (findable, printable), the first screenful painted first. */
function RuleRows({ rows, ...rest }: RowsProps) {
  const [limit, setLimit] = useState(FIRST_PAINT_ROWS);
  useEffect(() => {
    if (limit >= rows.length) return;
    const frame = requestAnimationFrame(() => setLimit(Number.POSITIVE_INFINITY));
    return () => cancelAnimationFrame(frame);
  }, [limit, rows.length]);
  if (rows.length > WINDOWING_THRESHOLD) {
    return (
      <Suspense fallback={<PlainRows rows={rows.slice(0, FIRST_PAINT_ROWS)} all={rows} {...rest} />}>
        <VirtualRows rows={rows} {...rest} />
      </Suspense>
    );
  }
  return <PlainRows rows={rows.slice(0, limit)} all={rows} {...rest} />;
}

function PlainRows({ rows, all, ...rest }: RowsProps & { all: readonly TableRow[] }) {
  return (
    <tbody>
      {rows.map((row, index) => (
        <RuleRow key={row.id} row={row} index={index} rows={all} checked={row.getIsSelected()} {...rest} />
      ))}
    </tbody>
  );
}
