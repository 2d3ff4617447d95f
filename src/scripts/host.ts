/**
 * What a job (src/scripts/jobs) needs of the spreadsheet it runs in, declared once and
 * implemented by each host: over ExcelScript (src/officeScripts/host.ts) for Office Scripts,
 * over the ET object model's Range.Value2 (src/wps/et/host.ts) for WPS JS macros and 金山文档
 * AirScript. Nothing here runs: the bundler (scripts/office-scripts/bundle.js) puts the host's
 * module in this one's place, export by export, so a built script calls its platform directly
 * (Office Scripts turns API calls into awaited requests, which a call through an interface
 * would hide from it). A job is written against these declarations and type-checked here;
 * each host module is type-checked against its platform's own declarations.
 */
import type { SheetData } from "../core/sheet/address";
import type { SheetSpec } from "../core/sheet/spec";
import type { CellMark } from "../core/targets/annotate";

/**
 * The open workbook (ExcelScript.Workbook, Et.Workbook) and one of its worksheets
 * (ExcelScript.Worksheet, Et.Worksheet): any object here, so that a host's workbook is one,
 * and a job can do nothing with them but hand them back (a sheet that may be missing must be
 * checked before it is read).
 */
export type Book = object;
export type Sheet = object;

export interface ReadOptions {
  /** Read only the first rows (the header search); default: every used row. */
  maxRows?: number;
}

export interface WriteOptions {
  /** Refuse, before writing anything, if a spec's name is taken (formulas refer to the names). */
  exactNames?: boolean;
}

export interface WriteResult {
  /** The names the new sheets were given, in the order of the specs. */
  names: string[];
}

/** Every sheet's name, in the workbook's order (hidden sheets too: their names are taken). */
export declare function sheetNames(book: Book): string[];
/** The sheet of exactly this name. */
export declare function getSheet(book: Book, name: string): Sheet | undefined;
/** A sheet by the name a clerk typed: exact, else ignoring surrounding spaces and letter case. */
export declare function findSheet(book: Book, name: string): Sheet | undefined;
export declare function activeSheet(book: Book): Sheet;
export declare function nameOf(sheet: Sheet): string;
/** 0-based position among the workbook's sheets. */
export declare function positionOf(sheet: Sheet): number;
/** Moves the sheet of this name to a 0-based position. */
export declare function moveSheet(book: Book, name: string, position: number): void;
export declare function deleteSheet(book: Book, sheet: Sheet): void;
/** One worksheet as the core's SheetData, read in blocks. */
export declare function readSheet(sheet: Sheet, options?: ReadOptions): SheetData;
/** Sheets by name, whole; a missing name is an error naming the sheets there are. */
export declare function readSheets(book: Book, names: readonly string[]): SheetData[];
/** The first rows of every visible sheet (to find which hold a roster, by its header). */
export declare function readHeads(book: Book, headRows: number): SheetData[];
/** Adds each spec as a new sheet (never writing into an existing one); returns the names used. */
export declare function writeSheets(
  book: Book,
  specs: readonly SheetSpec[],
  options?: WriteOptions
): WriteResult;
/**
 * Marks the findings' cells (fill and comment) and takes away the marks an earlier run put
 * there; a comment the clerk wrote is never touched, and no value is changed.
 */
export declare function markCells(sheet: Sheet, marks: readonly CellMark[]): void;
