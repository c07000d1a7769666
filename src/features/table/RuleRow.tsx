import { memo, type Ref } from 'react';
import type { RuleTableInstance } from './useRuleTable';

export type TableRow = ReturnType<RuleTableInstance['getRowModel']>['rows'][number];

export interface RuleRowProps {
  table: RuleTableInstance;
  row: TableRow;
  /** Position in `rows` (the whole ordered set), to mark the two rules of a pair. */
  index: number;
  rows: readonly TableRow[];
  pairs: ReadonlyMap<string, string>;
  highlighted?: string;
  selected?: string;
  onHighlight?: (ruleId: string | undefined) => void;
  headingFor: (columnId: string) => string;
  rowRef?: Ref<HTMLTableRowElement>;
  /** Changes whenever the cells' rendering inputs change (language, addresses, columns): re-render then. */
  renderKey: unknown;
  /** The row's selection for the request sheet (table state the row object does not carry). */
  checked: boolean;
  onOpen: (ruleId: string) => void;
  /** Fixed row height (compact), or undefined when rows are measured. */
  rowHeight: number | undefined;
  /** Columns the density does not draw. */
  hidden: Readonly<Record<string, boolean>>;
}

/** Clicks on the row's own controls do what they say; a click anywhere else opens the rule's details. */
const INTERACTIVE = 'button, a, input, label, select, textarea, summary, details';

/** One rule as a table row; the cells come from the column definitions (TanStack FlexRender). */
function RuleRowView({
  table,
  row,
  index,
  rows,
  pairs,
  highlighted,
  selected,
  onHighlight,
  onOpen,
  headingFor,
  rowRef,
  hidden,
}: RuleRowProps) {
  const partner = pairs.get(row.id);
  const pairClass =
    partner === undefined ? '' : rows[index + 1]?.id === partner ? 'pair-first' : rows[index - 1]?.id === partner ? 'pair-second' : '';
  return (
    <tr
      ref={rowRef}
      data-index={index}
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
      onClick={(event) => {
        if (!(event.target instanceof Element) || !event.target.closest(INTERACTIVE)) onOpen(row.id);
      }}
    >
      {row
        .getAllCells()
        .filter((cell) => !hidden[cell.column.id])
        .map((cell) => (
          <td key={cell.id} className={`col-${cell.column.id}`} data-heading={headingFor(cell.column.id)}>
            <div className="cell">
              <table.FlexRender cell={cell} />
            </div>
          </td>
        ))}
    </tr>
  );
}

/**
 * Rows re-render only when their own rule, position in a pair, highlight, selection or the
 * column definitions change, so a filter keystroke re-renders the rows that appear, not every row.
 */
export const RuleRow = memo(RuleRowView, (a, b) => {
  const partnerState = (p: RuleRowProps) => {
    const partner = p.pairs.get(p.row.id);
    return partner === undefined ? '' : `${p.rows[p.index + 1]?.id === partner}${p.rows[p.index - 1]?.id === partner}`;
  };
  return (
    // The table is rebuilt from the filtered rules on each change: a row is the same when its rule is.
    a.row.original === b.row.original &&
    a.renderKey === b.renderKey &&
    a.checked === b.checked &&
    a.rowRef === b.rowRef &&
    a.onOpen === b.onOpen &&
    a.hidden === b.hidden &&
    a.index === b.index &&
    (a.highlighted === a.row.id) === (b.highlighted === b.row.id) &&
    (a.selected === a.row.id) === (b.selected === b.row.id) &&
    partnerState(a) === partnerState(b)
  );
});
