/**
 * exceljs as the standalone page's worker sees it (webpack.config.js maps "exceljs" here):
 * the browser build for reading and the in-memory workbook, plus the streaming
 * WorkbookWriter from exceljs' own sources (its browser build leaves it out), so that
 * src/io/xlsxStream.ts writes a county's claim without holding its cell model.
 */
const ExcelJS = require("exceljs/dist/exceljs.min.js");
const WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer");

export default { ...ExcelJS, stream: { xlsx: { WorkbookWriter } } };
