export { DataTable, type DataTableProps } from '@/components/data-table/data-table'
export { dataColumns, dataTableFeatures, type DataColumn, type DataColumnMeta, type DataTableFeatures } from '@/components/data-table/columns'
export { phoneCards } from '@/components/data-table/phone-cards'
export { SortHeader } from '@/components/data-table/sort-header'
