/**
 * What the file dialogs offer: every kind src/io/workbook.ts reads. An .xlsm is an .xlsx
 * package with macros (read the same way, the macros left alone); an .xls goes through SheetJS.
 */
export const WORKBOOK_TYPES = ".xlsx,.xlsm,.xls";

/** Workbooks and the CSV (or .txt) a system exports. */
export const TABLE_TYPES = `${WORKBOOK_TYPES},.csv,.txt`;
