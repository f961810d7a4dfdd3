export { DataTable, type DataTableProps } from './data-table'
export { dataColumns, dataTableFeatures, type DataColumn, type DataColumnMeta, type DataTableFeatures } from './columns'
export { SortHeader } from './sort-header'
