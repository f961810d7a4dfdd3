/**
 * The classes that turn a table into one card per row below the md breakpoint (DataTable's
 * `cardsOnPhone`). Every class is `max-md:`-scoped, so from md up the table is untouched. The head
 * stays as a bar of the sortable headers; the first column is the card's title across the card's three columns.
 */
export const phoneCards = {
  table: 'max-md:block',
  head: 'max-md:block',
  headRow: 'max-md:flex max-md:flex-wrap max-md:items-center max-md:gap-x-4 max-md:px-3',
  headCell: 'max-md:h-9 max-md:px-0',
  unsortableHeadCell: 'max-md:hidden',
  body: 'max-md:block',
  row: 'max-md:grid max-md:grid-cols-3 max-md:gap-x-3 max-md:gap-y-2 max-md:p-3',
  cell: 'max-md:block max-md:min-w-0 max-md:p-0 max-md:text-left',
  titleCell: 'max-md:col-span-3',
  hidden: 'max-md:hidden',
  /**
   * The column's name above each value, drawn from the cell's `data-label` as generated content, so the
   * cell's text stays its value alone (copying a row, or reading its cells, gives no label text).
   */
  label: 'max-md:before:block max-md:before:text-xs max-md:before:text-muted-foreground max-md:before:content-[attr(data-label)]',
  /** For the title column's own text: one line, cut with an ellipsis (the full text goes in its title). */
  titleText: 'max-md:block max-md:truncate',
} as const
