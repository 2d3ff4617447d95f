/**
 * A strict in-memory ET (WPS 表格) workbook: the part of Kingsoft's object model (npm
 * et-jsapi-declare) that yibao's JS macros and AirScript jobs use, behaving as WPS does where
 * it trips a script:
 * - `Cells.Item(row, col)`, `Worksheets.Item(i)` and `Borders.Item(i)` count from 1, while a
 *   range's `Value2` array counts from 0;
 * - a single cell's `Value2` is a scalar, a larger range's is an array of rows; an empty cell
 *   reads as `undefined`; dates are serial numbers (the fake stores what it is given);
 * - text written through `Value2` is parsed as if typed: "=…" becomes a formula, text that
 *   reads as a number or a date becomes one, unless the cell's format is text ("@") or the
 *   text starts with an apostrophe (stripped, the cell keeps the text);
 * - every member the model does not know throws (strict.ts), where WPS would go on silently;
 * - `Worksheets.Item(name)` of a missing sheet throws, as WPS raises 下标越界.
 * Each Value2/Formula read or write of a range is counted with its size, for tests on blocks.
 * Formulas are not computed: a formula cell reads its cached value (given by the test) or
 * undefined. Tests inspect the workbook through EtBook, never through the script's members.
 */
import { EtDocumentProperties } from "./etProperties";
import { strict } from "./strict";

export type Scalar = string | number | boolean;

/** Constants of the ET object model that the scripts use (Kingsoft's Etc enums, as numbers). */
export const ET = {
  xlSheetVisible: -1,
  xlSheetHidden: 0,
  xlSheetVeryHidden: 2,
  xlLeft: -4131,
  xlCenter: -4108,
  xlRight: -4152,
  xlNone: -4142,
  xlContinuous: 1,
  xlThin: 2,
  xlEdgeLeft: 7,
  xlEdgeTop: 8,
  xlEdgeBottom: 9,
  xlEdgeRight: 10,
  xlInsideVertical: 11,
  xlInsideHorizontal: 12,
  xlPaperA4: 9,
  xlPortrait: 1,
  xlLandscape: 2,
  xlValidateList: 3,
  xlValidAlertStop: 1,
  xlBetween: 1,
} as const;

export interface EtCell {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  /** Interior.Color as WPS keeps it: BGR (red is 255). */
  color?: number;
  align?: number;
  wrap?: boolean;
  comment?: string;
}

export interface AccessLog {
  reads: number;
  writes: number;
  /** The most cells one Value2/Formula read or write moved. */
  largestCells: number;
}

function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Range 的地址无效：“${a1}”`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > 1_048_576 || col > 16_384)
    throw new Error(`Range 的地址超出工作表：“${a1}”`);
  return { row: row - 1, col: col - 1 };
}

/** Excel's serial of a date (1900 system, with its phantom 1900-02-29). */
function serialOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return null;
  const days = Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
  return days < 61 ? days - 1 : days;
}

/** Text as WPS takes it when typed into a cell that is not text-formatted. */
function typed(text: string): { value?: Scalar; formula?: string } {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  const t = text.trim();
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { value: Number(t) };
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return { value: Number(t.replace(/,/g, "")) };
  const pct = /^([-+]?\d+(\.\d+)?)%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100 };
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (date) {
    const s = serialOf(Number(date[1]), Number(date[2]), Number(date[3]));
    if (s !== null) return { value: s };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  return { value: text };
}

// ------------------------------------------------------------------------------ the book

/** The test's handle on the workbook: builds it, inspects it, and hands the script `Application`. */
export class EtBook {
  readonly sheets: EtWorksheet[] = [];
  readonly log: AccessLog = { reads: 0, writes: 0, largestCells: 0 };
  active = 0;
  readonly application: EtApplication;
  readonly workbook: EtWorkbook;

  constructor(readonly name = "工作簿1.xlsx") {
    this.workbook = new EtWorkbook(this);
    this.application = new EtApplication(this);
  }

  /** A workbook with these sheets of values (row-major; null, undefined or "" leaves a cell empty). */
  static from(sheets: Record<string, (Scalar | null | undefined)[][]>): EtBook {
    const book = new EtBook();
    for (const [name, rows] of Object.entries(sheets)) book.addSheet(name, rows);
    return book;
  }

  addSheet(name: string, rows: (Scalar | null | undefined)[][] = []): EtWorksheet {
    const ws = new EtWorksheet(this, name);
    this.sheets.push(ws);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") ws._cell(r, c, true)!.value = v;
      })
    );
    return ws;
  }

  sheet(name: string): EtWorksheet {
    const ws = this.sheets.find((s) => s._name === name);
    if (!ws) throw new Error(`测试：没有工作表“${name}”；有：${this.names().join("、")}`);
    return ws;
  }

  names(): string[] {
    return this.sheets.map((s) => s._name);
  }

  /** A sheet's values, row-major, null for empty, trailing empties dropped (formulas: their cached value). */
  values(name: string): (Scalar | null)[][] {
    return this.sheet(name)._rows.map((row) => {
      const out = (row ?? []).map((c) => (c?.value === undefined ? null : c.value));
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      return out;
    });
  }

  /** The formula of each cell that has one, by A1 address. */
  formulas(name: string): Map<string, string> {
    const out = new Map<string, string>();
    this.sheet(name)._rows.forEach((row, r) =>
      (row ?? []).forEach((c, col) => {
        if (c?.formula) out.set(`${columnName(col)}${r + 1}`, c.formula);
      })
    );
    return out;
  }

  cell(name: string, a1: string): EtCell | undefined {
    const at = parseCell(a1);
    return this.sheet(name)._cell(at.row, at.col, false);
  }

  count(cells: number, kind: "read" | "write"): void {
    this.log[kind === "read" ? "reads" : "writes"]++;
    this.log.largestCells = Math.max(this.log.largestCells, cells);
  }
}

export class EtApplication {
  DisplayAlerts = true;
  ScreenUpdating = true;
  /** How often CalculateFull was called (formulas are not computed by the fake). */
  _fullCalculations = 0;
  readonly ActiveWindow: EtWindow;
  constructor(private readonly _book: EtBook) {
    this.ActiveWindow = new EtWindow(_book);
    return strict(this, "Application");
  }
  get ActiveWorkbook(): EtWorkbook {
    return this._book.workbook;
  }
  CalculateFull(): void {
    this._fullCalculations++;
  }
  get ActiveSheet(): EtWorksheet {
    return this._book.sheets[this._book.active];
  }
  get Worksheets(): EtSheets {
    return this._book.workbook.Worksheets;
  }
}

export class EtWindow {
  SplitRow = 0;
  SplitColumn = 0;
  constructor(private readonly _book: EtBook) {
    return strict(this, "Window");
  }
  get FreezePanes(): boolean {
    return this._book.sheets[this._book.active]._frozenRows > 0;
  }
  /** Freezes the active sheet at SplitRow, as WPS does. */
  set FreezePanes(on: boolean) {
    this._book.sheets[this._book.active]._frozenRows = on ? this.SplitRow : 0;
  }
}

export class EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly CustomDocumentProperties = new EtDocumentProperties();
  constructor(private readonly _book: EtBook) {
    this.Worksheets = new EtSheets(_book);
    return strict(this, "Workbook");
  }
  get Name(): string {
    return this._book.name;
  }
  get Application(): EtApplication {
    return this._book.application;
  }
  get Sheets(): EtSheets {
    return this.Worksheets;
  }
  get ActiveSheet(): EtWorksheet {
    return this._book.sheets[this._book.active];
  }
}

export class EtSheets {
  constructor(private readonly _book: EtBook) {
    return strict(this, "Worksheets");
  }
  get Count(): number {
    return this._book.sheets.length;
  }
  /** 1-based index, or a sheet's name (a missing one throws 下标越界, as WPS raises). */
  Item(index: number | string): EtWorksheet {
    const sheets = this._book.sheets;
    const ws =
      typeof index === "number"
        ? Number.isInteger(index) && index >= 1
          ? sheets[index - 1]
          : undefined
        : sheets.find((s) => s._name.toLowerCase() === String(index).toLowerCase());
    if (!ws) throw new Error(`下标越界：Worksheets.Item(${JSON.stringify(index)})`);
    return ws;
  }
  /** A new sheet before `Before` or after `After` (else before the active sheet); it becomes active. */
  Add(Before?: EtWorksheet, After?: EtWorksheet, Count?: number, Type?: number): EtWorksheet {
    if ((Count !== undefined && Count !== 1) || Type !== undefined)
      throw new Error("测试替身只支持一次添加一张普通工作表");
    const sheets = this._book.sheets;
    let n = sheets.length + 1;
    while (sheets.some((s) => s._name === `Sheet${n}`)) n++;
    const ws = new EtWorksheet(this._book, `Sheet${n}`);
    const at =
      After !== undefined
        ? sheets.indexOf(After) + 1
        : Before !== undefined
          ? sheets.indexOf(Before)
          : this._book.active;
    if (at < 0 || (After !== undefined && at === 0))
      throw new Error("Worksheets.Add：参照的工作表不在本工作簿");
    sheets.splice(at, 0, ws);
    this._book.active = at;
    return ws;
  }
}

// ------------------------------------------------------------------------------ sheets

interface PageSetupState {
  PaperSize: number;
  Orientation: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
  CenterHeader: string;
  CenterFooter: string;
  CenterHorizontally: boolean;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
}

export class EtPageSetup implements PageSetupState {
  PaperSize = 1;
  Orientation: number = ET.xlPortrait;
  Zoom: number | boolean = 100;
  FitToPagesWide: number | boolean = 1;
  FitToPagesTall: number | boolean = 1;
  PrintTitleRows = "";
  CenterHeader = "";
  CenterFooter = "";
  CenterHorizontally = false;
  LeftMargin = 50.4;
  RightMargin = 50.4;
  TopMargin = 54;
  BottomMargin = 54;
  HeaderMargin = 21.6;
  FooterMargin = 21.6;
  constructor() {
    return strict(this, "PageSetup");
  }
}

export interface BorderLine {
  address: string;
  index: number;
  LineStyle?: number;
  Weight?: number;
}

export class EtWorksheet {
  _rows: ((EtCell | undefined)[] | undefined)[] = [];
  _frozenRows = 0;
  _visible: number = ET.xlSheetVisible;
  readonly _columnWidths = new Map<number, number>();
  readonly _rowHeights = new Map<number, number>();
  readonly _merges: string[] = [];
  readonly _borders: BorderLine[] = [];
  readonly _validations: { address: string; type: number; formula1: string; message: string }[] =
    [];
  readonly PageSetup = new EtPageSetup();
  _deleted = false;

  constructor(
    readonly _book: EtBook,
    public _name: string
  ) {
    return strict(this, "Worksheet");
  }

  _cell(r: number, c: number, create: boolean): EtCell | undefined {
    let row = this._rows[r];
    if (!row) {
      if (!create) return undefined;
      row = this._rows[r] = [];
    }
    let cell = row[c];
    if (!cell && create) cell = row[c] = {};
    return cell;
  }

  private _live(): void {
    if (this._deleted) throw new Error(`工作表“${this._name}”已删除`);
  }

  get Name(): string {
    return this._name;
  }
  set Name(name: string) {
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
      throw new Error(`工作表名无效：“${name}”`);
    if (this._book.sheets.some((s) => s !== this && s._name.toLowerCase() === name.toLowerCase()))
      throw new Error(`工作表名已存在：“${name}”`);
    this._name = name;
  }
  get Index(): number {
    return this._book.sheets.indexOf(this) + 1;
  }
  get Visible(): number {
    return this._visible;
  }
  set Visible(v: number) {
    if (v !== ET.xlSheetVisible && v !== ET.xlSheetHidden && v !== ET.xlSheetVeryHidden)
      throw new Error(`Visible 只能是 -1、0 或 2，而不是 ${String(v)}`);
    this._visible = v;
  }
  get Parent(): EtWorkbook {
    return this._book.workbook;
  }
  /** The rectangle of cells holding a value, a formula or a format; A1 on a blank sheet. */
  get UsedRange(): EtRange {
    this._live();
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    this._rows.forEach((row, r) =>
      (row ?? []).forEach((cell, c) => {
        if (!cell || Object.keys(cell).length === 0) return;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      })
    );
    if (r1 < 0) return new EtRange(this, 0, 0, 1, 1);
    return new EtRange(this, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
  /** Range("A1"), Range("A1:C3"), or Range(cell, cell). */
  Range(Cell1: string | EtRange, Cell2?: string | EtRange): EtRange {
    this._live();
    const corner = (x: string | EtRange) => {
      if (typeof x !== "string")
        return { row: x._r0, col: x._c0, row1: x._r0 + x._rows - 1, col1: x._c0 + x._cols - 1 };
      const parts = x.split(":");
      if (parts.length > 2) throw new Error(`Range 的地址无效：“${x}”`);
      const a = parseCell(parts[0]);
      const b = parseCell(parts[1] ?? parts[0]);
      return { row: a.row, col: a.col, row1: b.row, col1: b.col };
    };
    const a = corner(Cell1);
    const b = Cell2 === undefined ? a : corner(Cell2);
    const r0 = Math.min(a.row, b.row);
    const c0 = Math.min(a.col, b.col);
    const r1 = Math.max(a.row1, b.row1);
    const c1 = Math.max(a.col1, b.col1);
    return new EtRange(this, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
  /** The whole sheet as a range; Cells.Item(row, col) counts from 1. */
  get Cells(): EtRange {
    this._live();
    return new EtRange(this, 0, 0, 1_048_576, 16_384);
  }
  get Comments(): EtComments {
    return new EtComments(this);
  }
  Activate(): void {
    this._live();
    this._book.active = this._book.sheets.indexOf(this);
  }
  /** WPS asks the user first unless Application.DisplayAlerts is false; the fake refuses. */
  Delete(): void {
    this._live();
    if (this._book.application.DisplayAlerts)
      throw new Error(
        "删除工作表前应先把 Application.DisplayAlerts 设为 false（否则 WPS 弹窗询问）"
      );
    if (
      this._book.sheets.filter((s) => s._visible === ET.xlSheetVisible).length === 1 &&
      this._visible === ET.xlSheetVisible
    )
      throw new Error("不能删除唯一的可见工作表");
    const i = this._book.sheets.indexOf(this);
    this._book.sheets.splice(i, 1);
    this._deleted = true;
    if (this._book.active >= this._book.sheets.length)
      this._book.active = this._book.sheets.length - 1;
  }
  Move(Before?: EtWorksheet, After?: EtWorksheet): void {
    this._live();
    const sheets = this._book.sheets;
    const activeSheet = sheets[this._book.active];
    sheets.splice(sheets.indexOf(this), 1);
    const at =
      After !== undefined
        ? sheets.indexOf(After) + 1
        : Before !== undefined
          ? sheets.indexOf(Before)
          : -1;
    if (at < 0 || (After !== undefined && at === 0))
      throw new Error("Move：参照的工作表不在本工作簿");
    sheets.splice(at, 0, this);
    this._book.active = sheets.indexOf(activeSheet);
  }
}

// ------------------------------------------------------------------------------ ranges

export class EtRange {
  constructor(
    readonly _sheet: EtWorksheet,
    readonly _r0: number,
    readonly _c0: number,
    readonly _rows: number,
    readonly _cols: number
  ) {
    if (_rows < 1 || _cols < 1 || _r0 + _rows > 1_048_576 || _c0 + _cols > 16_384)
      throw new Error("区域超出工作表");
    return strict(this, "Range");
  }

  private _each(f: (cell: EtCell, r: number, c: number) => void): void {
    for (let r = 0; r < this._rows; r++)
      for (let c = 0; c < this._cols; c++)
        f(this._sheet._cell(this._r0 + r, this._c0 + c, true)!, r, c);
  }
  private _size(): number {
    return this._rows * this._cols;
  }
  private _guard(what: string): void {
    if (this._size() > 5_000_000) throw new Error(`${what}：一次 ${this._size()} 个单元格，太大`);
  }

  get Row(): number {
    return this._r0 + 1;
  }
  get Column(): number {
    return this._c0 + 1;
  }
  get Rows(): { Count: number } {
    return strict({ Count: this._rows }, "Rows");
  }
  get Columns(): { Count: number } {
    return strict({ Count: this._cols }, "Columns");
  }
  get Count(): number {
    return this._size();
  }
  get Worksheet(): EtWorksheet {
    return this._sheet;
  }
  /** "$A$1" or "$A$1:$C$3"; Address(false, false) gives "A1". */
  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    const one = (r: number, c: number) =>
      `${ColumnAbsolute ? "$" : ""}${columnName(c)}${RowAbsolute ? "$" : ""}${r + 1}`;
    const a = one(this._r0, this._c0);
    if (this._size() === 1) return a;
    return `${a}:${one(this._r0 + this._rows - 1, this._c0 + this._cols - 1)}`;
  }
  /** The cell at (row, col) counted from 1 within this range. */
  Item(RowIndex: number, ColumnIndex?: number): EtRange {
    if (ColumnIndex === undefined) throw new Error("测试替身：Item 须给出行和列");
    if (
      !Number.isInteger(RowIndex) ||
      !Number.isInteger(ColumnIndex) ||
      RowIndex < 1 ||
      ColumnIndex < 1
    )
      throw new Error(`Item(${RowIndex}, ${ColumnIndex})：行号和列号从 1 开始`);
    return new EtRange(this._sheet, this._r0 + RowIndex - 1, this._c0 + ColumnIndex - 1, 1, 1);
  }
  Resize(RowSize?: number, ColumnSize?: number): EtRange {
    return new EtRange(
      this._sheet,
      this._r0,
      this._c0,
      RowSize ?? this._rows,
      ColumnSize ?? this._cols
    );
  }

  get Value2(): Scalar | undefined | (Scalar | undefined)[][] {
    this._guard("Value2");
    this._sheet._book.count(this._size(), "read");
    const at = (r: number, c: number) =>
      this._sheet._cell(this._r0 + r, this._c0 + c, false)?.value;
    if (this._size() === 1) return at(0, 0);
    const out: (Scalar | undefined)[][] = new Array(this._rows);
    for (let r = 0; r < this._rows; r++) {
      const row: (Scalar | undefined)[] = new Array(this._cols);
      const cells = this._sheet._rows[this._r0 + r];
      for (let c = 0; c < this._cols; c++) row[c] = cells?.[this._c0 + c]?.value;
      out[r] = row;
    }
    return out;
  }
  set Value2(v: Scalar | undefined | null | (Scalar | undefined | null)[][]) {
    this._guard("Value2");
    this._sheet._book.count(this._size(), "write");
    const put = (cell: EtCell, x: unknown) => {
      delete cell.formula;
      delete cell.value;
      if (x === undefined || x === null || x === "") return;
      if (typeof x === "string") {
        if (cell.numberFormat === "@") cell.value = x;
        else Object.assign(cell, typed(x));
      } else if (typeof x === "number") {
        if (!Number.isFinite(x)) throw new Error(`Value2 不能是 ${x}`);
        cell.value = x;
      } else if (typeof x === "boolean") cell.value = x;
      else
        throw new Error(
          `Value2 不能是 ${Object.prototype.toString.call(x)}（只能是文本、数字或逻辑值）`
        );
    };
    if (Array.isArray(v)) {
      if (
        v.length !== this._rows ||
        v.some((row) => !Array.isArray(row) || row.length !== this._cols)
      )
        throw new Error(
          `Value2 的数组应为 ${this._rows} 行 × ${this._cols} 列（区域 ${this.Address()}），形状不符`
        );
      this._each((cell, r, c) => put(cell, v[r][c]));
    } else this._each((cell) => put(cell, v));
  }
  /** One cell's formula (or its value as text); a range's as rows. */
  get Formula(): string | string[][] {
    this._sheet._book.count(this._size(), "read");
    const one = (cell: EtCell | undefined): string =>
      cell?.formula ?? (cell?.value === undefined ? "" : String(cell.value));
    if (this._size() === 1) return one(this._sheet._cell(this._r0, this._c0, false));
    const out: string[][] = [];
    for (let r = 0; r < this._rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < this._cols; c++)
        row.push(one(this._sheet._cell(this._r0 + r, this._c0 + c, false)));
      out.push(row);
    }
    return out;
  }
  set Formula(v: string) {
    if (typeof v !== "string") throw new Error("测试替身：Formula 只接受一个公式文本");
    this.Value2 = v;
  }
  get NumberFormat(): string | null {
    let f: string | null | undefined;
    this._each((cell) => {
      const mine = cell.numberFormat ?? "General";
      f = f === undefined || f === mine ? mine : null;
    });
    return f ?? null;
  }
  set NumberFormat(f: string) {
    if (typeof f !== "string") throw new Error("NumberFormat 应为文本");
    this._guard("NumberFormat");
    this._each((cell) => (cell.numberFormat = f));
  }
  get HorizontalAlignment(): number {
    return this._sheet._cell(this._r0, this._c0, false)?.align ?? 1;
  }
  set HorizontalAlignment(a: number) {
    if (a !== ET.xlLeft && a !== ET.xlCenter && a !== ET.xlRight)
      throw new Error(`HorizontalAlignment 无效：${a}`);
    this._each((cell) => (cell.align = a));
  }
  get WrapText(): boolean {
    return this._sheet._cell(this._r0, this._c0, false)?.wrap ?? false;
  }
  set WrapText(w: boolean) {
    this._each((cell) => (cell.wrap = w));
  }
  get RowHeight(): number {
    return this._sheet._rowHeights.get(this._r0) ?? 13.5;
  }
  set RowHeight(h: number) {
    for (let r = 0; r < this._rows; r++) this._sheet._rowHeights.set(this._r0 + r, h);
  }
  get ColumnWidth(): number {
    return this._sheet._columnWidths.get(this._c0) ?? 8.38;
  }
  /** In characters, as WPS takes it. */
  set ColumnWidth(w: number) {
    if (!(w >= 0 && w <= 255)) throw new Error(`ColumnWidth 应在 0 到 255 之间：${w}`);
    for (let c = 0; c < this._cols; c++) this._sheet._columnWidths.set(this._c0 + c, w);
  }
  get Font(): { Bold: boolean; Size: number } {
    const range = this;
    const first = () => this._sheet._cell(this._r0, this._c0, false);
    return strict(
      {
        get Bold() {
          return first()?.bold ?? false;
        },
        set Bold(b: boolean) {
          range._each((cell) => (cell.bold = b));
        },
        get Size() {
          return first()?.fontSize ?? 11;
        },
        set Size(s: number) {
          range._each((cell) => (cell.fontSize = s));
        },
      },
      "Font"
    );
  }
  get Interior(): { Color: number; Pattern: number } {
    const range = this;
    const first = () => this._sheet._cell(this._r0, this._c0, false);
    return strict(
      {
        get Color() {
          return first()?.color ?? 0xffffff;
        },
        set Color(c: number) {
          if (!Number.isInteger(c) || c < 0 || c > 0xffffff)
            throw new Error(`Interior.Color 无效：${c}`);
          range._each((cell) => (cell.color = c));
        },
        get Pattern() {
          return first()?.color === undefined ? ET.xlNone : 1;
        },
        /** xlNone clears the fill. */
        set Pattern(p: number) {
          if (p !== ET.xlNone) throw new Error("测试替身：Interior.Pattern 只支持 xlNone");
          range._each((cell) => delete cell.color);
        },
      },
      "Interior"
    );
  }
  get Borders(): { Item(Index: number): { LineStyle: number; Weight: number } } {
    const sheet = this._sheet;
    const address = this.Address();
    return strict(
      {
        Item(Index: number) {
          if (![7, 8, 9, 10, 11, 12].includes(Index))
            throw new Error(`Borders.Item(${Index})：边框序号无效`);
          const line: BorderLine = { address, index: Index };
          sheet._borders.push(line);
          return strict(
            {
              get LineStyle() {
                return line.LineStyle ?? ET.xlNone;
              },
              set LineStyle(s: number) {
                line.LineStyle = s;
              },
              get Weight() {
                return line.Weight ?? ET.xlThin;
              },
              set Weight(w: number) {
                line.Weight = w;
              },
            },
            "Border"
          );
        },
      },
      "Borders"
    );
  }
  Merge(Across?: boolean): void {
    if (Across) throw new Error("测试替身：不支持 Merge(true)");
    this._sheet._merges.push(this.Address(false, false));
  }
  get Validation(): {
    Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void;
    ErrorTitle: string;
    ErrorMessage: string;
    InCellDropdown: boolean;
    ShowError: boolean;
  } {
    const sheet = this._sheet;
    const address = this.Address(false, false);
    const find = () => sheet._validations.find((v) => v.address === address);
    let title = "";
    return strict(
      {
        Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string) {
          if (Type !== ET.xlValidateList) throw new Error("测试替身：只支持列表验证");
          if (AlertStyle !== ET.xlValidAlertStop || Operator !== ET.xlBetween)
            throw new Error("Validation.Add：列表验证应为 xlValidAlertStop、xlBetween");
          if (typeof Formula1 !== "string" || Formula1 === "")
            throw new Error("Validation.Add：缺少列表来源");
          if (find()) throw new Error(`区域 ${address} 已有数据验证，WPS 会报错`);
          sheet._validations.push({ address, type: Type, formula1: Formula1, message: "" });
        },
        get ErrorTitle() {
          return title;
        },
        set ErrorTitle(t: string) {
          title = t;
        },
        get ErrorMessage() {
          return find()?.message ?? "";
        },
        set ErrorMessage(m: string) {
          const v = find();
          if (!v) throw new Error("先 Add 再设 ErrorMessage");
          v.message = m;
        },
        InCellDropdown: true,
        ShowError: true,
      },
      "Validation"
    );
  }
  /** The cell's comment, or null. */
  get Comment(): EtComment | null {
    const cell = this._sheet._cell(this._r0, this._c0, false);
    return cell?.comment === undefined ? null : new EtComment(this._sheet, this._r0, this._c0);
  }
  AddComment(Text?: string): EtComment {
    if (this._size() !== 1) throw new Error("AddComment 只能用于一个单元格");
    const cell = this._sheet._cell(this._r0, this._c0, true)!;
    if (cell.comment !== undefined)
      throw new Error(`单元格 ${this.Address()} 已有批注，WPS 会报错`);
    cell.comment = Text ?? "";
    return new EtComment(this._sheet, this._r0, this._c0);
  }
}

export class EtComment {
  constructor(
    private readonly _sheet: EtWorksheet,
    private readonly _r: number,
    private readonly _c: number
  ) {
    return strict(this, "Comment");
  }
  /** Text() reads; Text(s) replaces the whole text. */
  Text(Text?: string, Start?: number, Overwrite?: boolean): string {
    const cell = this._sheet._cell(this._r, this._c, false);
    if (cell?.comment === undefined) throw new Error("批注已删除");
    if (Start !== undefined || Overwrite !== undefined)
      throw new Error("测试替身：Text 只支持整段替换");
    if (Text !== undefined) cell.comment = Text;
    return cell.comment;
  }
  Delete(): void {
    const cell = this._sheet._cell(this._r, this._c, false);
    if (cell?.comment === undefined) throw new Error("批注已删除");
    delete cell.comment;
  }
  get Parent(): EtRange {
    return new EtRange(this._sheet, this._r, this._c, 1, 1);
  }
}

export class EtComments {
  private readonly _at: { r: number; c: number }[] = [];
  constructor(private readonly _sheet: EtWorksheet) {
    _sheet._rows.forEach((row, r) =>
      (row ?? []).forEach((cell, c) => {
        if (cell?.comment !== undefined) this._at.push({ r, c });
      })
    );
    return strict(this, "Comments");
  }
  get Count(): number {
    return this._at.length;
  }
  Item(Index: number): EtComment {
    const at = this._at[Index - 1];
    if (!Number.isInteger(Index) || !at) throw new Error(`下标越界：Comments.Item(${Index})`);
    return new EtComment(this._sheet, at.r, at.c);
  }
}
