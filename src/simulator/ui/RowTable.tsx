import type { ReactNode } from 'react';
import { useT } from './context.ts';

/**
 * A column's heading, from the catalog; `id` where the cells below name their controls by it (aria-labelledby).
 * Null: a column without a heading, whose buttons name themselves.
 */
export type Column = { key: string; id?: string } | null;

/** A table of the simulator: a caption if it has one, a heading per column, and `children` as its rows. */
export function RowTable({
  className,
  caption,
  columns,
  children,
}: {
  /** Classes after `sim-table`, such as `sim-table-select`. */
  className?: string;
  /** The table's `<caption>`. */
  caption?: ReactNode;
  columns: readonly Column[];
  children: ReactNode;
}) {
  const t = useT();
  return (
    <table className={className ? `sim-table ${className}` : 'sim-table'}>
      {caption}
      <thead>
        <tr>
          {columns.map((column, index) =>
            column ? (
              <th key={column.key} scope="col" id={column.id} data-i18n-key={column.key}>
                {t(column.key)}
              </th>
            ) : (
              <td key={index} />
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
