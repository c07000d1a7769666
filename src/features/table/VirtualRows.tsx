import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { RuleRow, type RuleRowProps, type TableRow } from './RuleRow';

type Props = { rows: readonly TableRow[] } & Omit<RuleRowProps, 'row' | 'index' | 'rows' | 'checked'>;

/**
 * Large sets (an organisation's own matrix of thousands of rules): only the rows near the
 * viewport are in the DOM, with spacer rows above and below; heights are measured as rows render.
 */
export default function VirtualRows({ rows, ...rest }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(body.current ? body.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => rest.rowHeight ?? 96,
    overscan: 3,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? (items[0]?.start ?? 0) - virtualizer.options.scrollMargin : 0;
  const after =
    items.length > 0 ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - virtualizer.options.scrollMargin) : 0;
  return (
    <tbody ref={body}>
      {before > 0 && (
        <tr className="virtual-spacer">
          <td style={{ height: before }} />
        </tr>
      )}
      {items.map((item) => {
        const row = rows[item.index];
        return row ? (
          <RuleRow
            key={row.id}
            row={row}
            index={item.index}
            rows={rows}
            checked={row.getIsSelected()}
            rowRef={rest.rowHeight === undefined ? virtualizer.measureElement : undefined}
            {...rest}
          />
        ) : null;
      })}
      {after > 0 && (
        <tr className="virtual-spacer">
          <td style={{ height: after }} />
        </tr>
      )}
    </tbody>
  );
}
