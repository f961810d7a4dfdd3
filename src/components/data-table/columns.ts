import { createColumnHelper, tableFeatures, type ColumnDef, type RowData } from '@tanstack/react-table'

/** Per-column options the shared table understands. */
export type DataColumnMeta = {
  /** Sort key of the list's search params (e.g. 'subject'); makes the header a sort link. */
  sortKey?: string
  align?: 'left' | 'right'
  /** Extra classes for the header and the cells of this column. */
  className?: string
  /** Left out of a table's phone cards (`cardsOnPhone`): a detail the row's page shows anyway. */
  hideOnPhone?: boolean
}

/**
 * The one feature set of every table: core rows only. Sorting, filtering and paging happen in the
 * database (server-side, driven by the URL), so the table never re-sorts or slices data itself.
 */
export const dataTableFeatures = tableFeatures<{ columnMeta: DataColumnMeta }>({ columnMeta: {} })
export type DataTableFeatures = typeof dataTableFeatures

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- column values differ per column
export type DataColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>

/** Typed column helper for a row type: `const col = dataColumns<Row>(); col.accessor('name', {...})`. */
export function dataColumns<T extends RowData>() {
  return createColumnHelper<DataTableFeatures, T>()
}
