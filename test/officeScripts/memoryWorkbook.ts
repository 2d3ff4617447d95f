/**
 * An in-memory ExcelScript workbook: the subset in src/officeScripts/excelscript.d.ts,
 * behaving as Excel does where it matters to yibao's scripts.
 * - Every call that moves cell data is one request; its payload size is recorded, and one
 *   over Excel on the web's 5 MB limit (or a range over 5 million cells) throws as Excel would.
 * - Text written with setValues that starts with "=" becomes a formula, as in Excel, unless
 *   the cell's number format is text ("@") or the text starts with an apostrophe (Excel's
 *   prefix for "this is text", which it strips), so a test sees a name turn into a formula.
 *   Text that reads as a number becomes the number where the format is not text, as Excel
 *   parses it (so an ID written without "@" loses its digits, as it would in Excel).
 * - Page layout, borders (by range), column widths, merges, validations, frozen rows and
 *   comments are recorded per sheet, for tests to assert.
 * - Formulas are not computed: their value reads as "" (tests compare the formulas, or export
 *   the workbook with toXlsx and recalculate it in LibreOffice).
 */
import ExcelJS from "exceljs";

type Value = string | number | boolean;

export const REQUEST_LIMIT_BYTES = 5_000_000;
export const RANGE_LIMIT_CELLS = 5_000_000;

interface Cell {
  value: Value;
  formula?: string;
  numberFormat: string;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  align?: string;
  verticalAlign?: string;
  wrap?: boolean;
  comment?: string;
}

/** A border as a script set it on a range: which line, and its style and weight. */
export interface BorderRecord {
  address: string;
  index: string;
  style?: string;
  weight?: string;
  color?: string;
}

/** The runtime values of the enums the typings declare (Excel passes their names). */
export const EXCEL_SCRIPT_ENUMS = {
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous" },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: {
    top: "Top",
    center: "Center",
    bottom: "Bottom",
    justify: "Justify",
    distributed: "Distributed",
  },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: { a3: "A3", a4: "A4", a5: "A5", letter: "Letter" },
  PrintMarginUnit: { points: "Points", inches: "Inches", centimeters: "Centimeters" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ContentType: { plain: "Plain", mention: "Mention" },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
};

/** What Excel's value parser makes of typed text on a General cell: a number, or null. */
const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

export interface RequestLog {
  count: number;
  largestBytes: number;
  reads: number;
  writes: number;
}

function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.toUpperCase());
  if (!m) throw new Error(`InvalidArgument: 地址“${a1}”`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export class MemoryWorkbook {
  readonly sheets: MemoryWorksheet[] = [];
  readonly requests: RequestLog = { count: 0, largestBytes: 0, reads: 0, writes: 0 };
  active = 0;

  /** A workbook with these sheets of values (row-major, "" for blank). */
  static from(sheets: Record<string, Value[][]>): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const [name, rows] of Object.entries(sheets)) {
      const ws = wb.addWorksheet(name);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== "" && v !== null && v !== undefined) ws.cellAt(r, c, true).value = v;
        })
      );
    }
    wb.requests.count = wb.requests.largestBytes = wb.requests.reads = wb.requests.writes = 0;
    return wb;
  }

  request(kind: "read" | "write", payload: unknown, cells: number): void {
    if (cells > RANGE_LIMIT_CELLS)
      throw new Error(`RequestPayloadSizeLimitExceeded: 一次请求 ${cells} 个单元格，超过 500 万`);
    const bytes = Buffer.byteLength(JSON.stringify(payload ?? null), "utf8");
    if (bytes > REQUEST_LIMIT_BYTES)
      throw new Error(`RequestPayloadSizeLimitExceeded: 一次请求 ${bytes} 字节，超过 5 MB`);
    this.requests.count++;
    this.requests[kind === "read" ? "reads" : "writes"]++;
    this.requests.largestBytes = Math.max(this.requests.largestBytes, bytes);
  }

  getWorksheet(key: string): MemoryWorksheet | undefined {
    return this.sheets.find((s) => s.name === key);
  }
  getWorksheets(): MemoryWorksheet[] {
    return [...this.sheets];
  }
  addWorksheet(name?: string): MemoryWorksheet {
    const n = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.getWorksheet(n)) throw new Error(`ItemAlreadyExists: 工作表“${n}”已存在`);
    if (n.length > 31 || /[\\/?*[\]:]/.test(n)) throw new Error(`InvalidArgument: 工作表名“${n}”`);
    const ws = new MemoryWorksheet(this, n);
    this.sheets.push(ws);
    return ws;
  }
  getActiveWorksheet(): MemoryWorksheet {
    return this.sheets[this.active];
  }

  /** Every sheet's cells as plain values and formulas, for cell-by-cell comparisons. */
  snapshot(): Record<string, { values: Value[][]; formulas: (string | null)[][] }> {
    const out: Record<string, { values: Value[][]; formulas: (string | null)[][] }> = {};
    for (const s of this.sheets) out[s.name] = s.dump();
    return out;
  }

  /**
   * The workbook as .xlsx bytes, as Excel would save it: values, formulas, number formats,
   * fonts, fills, alignment, column widths, merges, frozen rows, comments (as notes), borders
   * and the page setup the script made, e.g. to recalculate or print it in LibreOffice.
   */
  async toXlsx(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const align = (a?: string): ExcelJS.Alignment["horizontal"] | undefined =>
      a ? (a.toLowerCase() as ExcelJS.Alignment["horizontal"]) : undefined;
    for (const s of this.sheets) {
      const ws = wb.addWorksheet(s.name, {
        state:
          s.visibility === "VeryHidden"
            ? "veryHidden"
            : s.visibility === "Hidden"
              ? "hidden"
              : "visible",
        views: s.frozenRows ? [{ state: "frozen", ySplit: s.frozenRows }] : undefined,
      });
      s.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const target = ws.getCell(r + 1, c + 1);
          target.value = cell.formula
            ? ({ formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue)
            : cell.value;
          if (cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
          if (cell.bold || cell.fontSize || cell.fontColor)
            target.font = {
              bold: cell.bold,
              size: cell.fontSize,
              color: cell.fontColor ? { argb: `FF${cell.fontColor.slice(1)}` } : undefined,
            };
          if (cell.fill)
            target.fill = {
              type: "pattern",
              pattern: "solid",
              fgColor: { argb: `FF${cell.fill.slice(1)}` },
            };
          if (cell.align || cell.wrap || cell.verticalAlign)
            target.alignment = {
              horizontal: align(cell.align),
              vertical: cell.verticalAlign
                ? (cell.verticalAlign.toLowerCase() as ExcelJS.Alignment["vertical"])
                : undefined,
              wrapText: cell.wrap,
            };
          if (cell.comment) target.note = cell.comment;
        })
      );
      // Points back to Excel's character widths (the inverse of widthToPoints).
      for (const [c, points] of s.columnWidths) ws.getColumn(c + 1).width = (points / 0.75 - 5) / 7;
      for (const [r, points] of s.rowHeights) ws.getRow(r + 1).height = points;
      for (const m of s.merges) ws.mergeCells(m.replace(/^.*!/, ""));
      for (const b of s.borders) {
        if (b.style !== "Continuous") continue;
        const range = s.getRange(b.address);
        const thin = { style: (b.weight ?? "Thin").toLowerCase() as ExcelJS.BorderStyle };
        for (let r = range.row; r < range.row + range.rows; r++)
          for (let c = range.col; c < range.col + range.cols; c++) {
            const cell = ws.getCell(r + 1, c + 1);
            const top = r === range.row;
            const bottom = r === range.row + range.rows - 1;
            const left = c === range.col;
            const right = c === range.col + range.cols - 1;
            const side = (edge: boolean, outer: string, inner: string): boolean =>
              b.index === (edge ? outer : inner);
            const border = { ...(cell.border ?? {}) };
            if (side(top, "EdgeTop", "InsideHorizontal")) border.top = thin;
            if (side(bottom, "EdgeBottom", "InsideHorizontal")) border.bottom = thin;
            if (side(left, "EdgeLeft", "InsideVertical")) border.left = thin;
            if (side(right, "EdgeRight", "InsideVertical")) border.right = thin;
            cell.border = border;
          }
      }
      const p = s.page;
      const inches = p.margins && p.margins.unit === "Inches" ? p.margins : undefined;
      ws.pageSetup = {
        ...ws.pageSetup,
        paperSize: p.paperSize === "A4" ? 9 : undefined,
        orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
        fitToPage: p.zoom?.horizontalFitToPages !== undefined,
        fitToWidth: p.zoom?.horizontalFitToPages,
        fitToHeight: p.zoom?.verticalFitToPages,
        horizontalCentered: p.centerHorizontally,
        printTitlesRow: p.titleRows?.replace(/\$/g, ""),
        margins: inches
          ? {
              left: inches.left ?? 0.7,
              right: inches.right ?? 0.7,
              top: inches.top ?? 0.75,
              bottom: inches.bottom ?? 0.75,
              header: inches.header ?? 0.3,
              footer: inches.footer ?? 0.3,
            }
          : ws.pageSetup.margins,
      } as ExcelJS.PageSetup;
      if (p.header !== undefined || p.footer !== undefined)
        ws.headerFooter = {
          oddHeader: p.header !== undefined ? `&C${p.header}` : undefined,
          oddFooter: p.footer !== undefined ? `&C${p.footer}` : undefined,
        };
    }
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }
}

export class MemoryWorksheet {
  readonly cells = new Map<number, Map<number, Cell>>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: string[] = [];
  readonly validations: { address: string; list: string; error?: string }[] = [];
  readonly borders: BorderRecord[] = [];
  frozenRows = 0;
  visibility = "Visible";
  readonly page: {
    orientation?: string;
    paperSize?: string;
    zoom?: ExcelScript.PageLayoutZoomOptions;
    titleRows?: string;
    printArea?: string;
    centerHorizontally?: boolean;
    margins?: { unit: string } & ExcelScript.PageLayoutMarginOptions;
    header?: string;
    footer?: string;
  } = {};

  constructor(
    readonly book: MemoryWorkbook,
    public name: string
  ) {}

  cellAt(row: number, col: number, create: boolean): Cell {
    let r = this.cells.get(row);
    if (!r) {
      r = new Map();
      if (create) this.cells.set(row, r);
    }
    let c = r.get(col);
    if (!c) {
      c = { value: "", numberFormat: "General" };
      if (create) r.set(col, c);
    }
    return c;
  }

  dump(): { values: Value[][]; formulas: (string | null)[][] } {
    const rows = this.cells.size ? Math.max(...this.cells.keys()) + 1 : 0;
    let cols = 0;
    for (const r of this.cells.values())
      if (r.size) cols = Math.max(cols, Math.max(...r.keys()) + 1);
    const values: Value[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = this.cellAt(r, c, false);
        values[r].push(cell.value);
        formulas[r].push(cell.formula ?? null);
      }
    }
    return { values, formulas };
  }

  getName(): string {
    return this.name;
  }
  getPosition(): number {
    return this.book.sheets.indexOf(this);
  }
  setPosition(position: number): void {
    const sheets = this.book.sheets;
    sheets.splice(this.getPosition(), 1);
    sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, this);
  }
  activate(): void {
    this.book.active = this.getPosition();
  }
  getVisibility(): ExcelScript.SheetVisibility {
    return this.visibility as unknown as ExcelScript.SheetVisibility;
  }
  setVisibility(visibility: ExcelScript.SheetVisibility): void {
    this.visibility = String(visibility);
  }
  delete(): void {
    this.book.sheets.splice(this.getPosition(), 1);
  }
  getUsedRange(valuesOnly?: boolean): MemoryRange {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [r, row] of this.cells)
      for (const [c, cell] of row) {
        if (valuesOnly && cell.value === "" && !cell.formula) continue;
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
    if (r1 < 0) return new MemoryRange(this, 0, 0, 1, 1);
    return new MemoryRange(this, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
  getRange(address?: string): MemoryRange {
    const a = (address ?? "A1").replace(/^.*!/, "");
    const [from, to = from] = a.split(":");
    const p = parseA1(from);
    const q = parseA1(to);
    return new MemoryRange(this, p.row, p.col, q.row - p.row + 1, q.col - p.col + 1);
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): MemoryRange {
    if (rowCount < 1 || columnCount < 1) throw new Error("InvalidArgument: 区域为空");
    return new MemoryRange(this, startRow, startColumn, rowCount, columnCount);
  }
  getCell(row: number, column: number): MemoryRange {
    return new MemoryRange(this, row, column, 1, 1);
  }
  getFreezePanes(): ExcelScript.WorksheetFreezePanes {
    return { freezeRows: (count?: number) => void (this.frozenRows = count ?? 1) };
  }
  getPageLayout(): ExcelScript.PageLayout {
    const page = this.page;
    const address = (r: ExcelScript.Range | string): string =>
      typeof r === "string" ? r : r.getAddress();
    return {
      setOrientation: (o) => void (page.orientation = String(o)),
      setPaperSize: (p) => void (page.paperSize = String(p)),
      setZoom: (z) => void (page.zoom = { ...z }),
      setPrintTitleRows: (rows) => void (page.titleRows = address(rows)),
      setPrintArea: (area) => void (page.printArea = address(area)),
      setCenterHorizontally: (c) => void (page.centerHorizontally = c),
      setPrintMargins: (unit, m) => void (page.margins = { unit: String(unit), ...m }),
      getHeadersFooters: () => ({
        getDefaultForAllPages: () => ({
          setCenterHeader: (h: string) => void (page.header = h),
          setCenterFooter: (f: string) => void (page.footer = f),
        }),
      }),
    };
  }
  addComment(
    cellAddress: ExcelScript.Range | string,
    content: string,
    contentType?: ExcelScript.ContentType
  ): ExcelScript.Comment {
    if (contentType !== undefined && String(contentType) !== "Plain")
      throw new Error("InvalidArgument: 只支持纯文本批注");
    const range =
      typeof cellAddress === "string"
        ? this.getRange(cellAddress)
        : (cellAddress as unknown as MemoryRange);
    if (range.getCellCount() !== 1) throw new Error("InvalidArgument: 批注只能加在一个单元格上");
    // As Excel: a cell holds one comment thread; adding another is refused.
    if (range.cellAt(0, 0).comment !== undefined)
      throw new Error(`InvalidArgument: ${range.getAddress()} 已有批注`);
    this.book.request("write", content, 1);
    range.cellAt(0, 0).comment = content;
    return this.commentAt(range.row, range.col);
  }
  getComments(): ExcelScript.Comment[] {
    const out: ExcelScript.Comment[] = [];
    for (const [r, row] of this.cells)
      for (const [c, cell] of row) if (cell.comment !== undefined) out.push(this.commentAt(r, c));
    this.book.request("read", out.length, out.length);
    return out;
  }
  private commentAt(row: number, col: number): ExcelScript.Comment {
    const cell = (): Cell => this.cellAt(row, col, true);
    return {
      getContent: () => cell().comment ?? "",
      setContent: (content: string) => {
        this.book.request("write", content, 1);
        cell().comment = content;
      },
      getLocation: () => new MemoryRange(this, row, col, 1, 1) as unknown as ExcelScript.Range,
      delete: () => {
        this.book.request("write", null, 1);
        delete cell().comment;
      },
    };
  }
}

export class MemoryRange {
  constructor(
    readonly sheet: MemoryWorksheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number
  ) {}

  cellAt(r: number, c: number): Cell {
    return this.sheet.cellAt(this.row + r, this.col + c, true);
  }

  private peek(r: number, c: number): Cell {
    return this.sheet.cellAt(this.row + r, this.col + c, false);
  }

  private map<T>(f: (cell: Cell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.cols; c++) row.push(f(this.peek(r, c)));
      out.push(row);
    }
    return out;
  }

  private put<T>(data: T[][], what: string, f: (cell: Cell, v: T) => void): void {
    if (data.length !== this.rows || data.some((row) => row.length !== this.cols))
      throw new Error(`InvalidArgument: ${what} 的行列数与区域 ${this.getAddress()} 不符`);
    this.sheet.book.request("write", data, this.rows * this.cols);
    data.forEach((row, r) => row.forEach((v, c) => f(this.cellAt(r, c), v)));
  }

  getAddress(): string {
    const a = `${columnName(this.col)}${this.row + 1}`;
    const b = `${columnName(this.col + this.cols - 1)}${this.row + this.rows}`;
    return `${this.sheet.name}!${a === b ? a : `${a}:${b}`}`;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumnIndex(): number {
    return this.col;
  }
  getRowCount(): number {
    return this.rows;
  }
  getColumnCount(): number {
    return this.cols;
  }
  getCellCount(): number {
    return this.rows * this.cols;
  }
  getWorksheet(): MemoryWorksheet {
    return this.sheet;
  }
  getCell(row: number, column: number): MemoryRange {
    return new MemoryRange(this.sheet, this.row + row, this.col + column, 1, 1);
  }
  getValues(): Value[][] {
    const v = this.map((c) => c.value);
    this.sheet.book.request("read", v, this.rows * this.cols);
    return v;
  }
  setValues(values: Value[][]): void {
    this.put(values, "setValues", (cell, v) => {
      delete cell.formula;
      if (typeof v !== "string") cell.value = v;
      else if (v.startsWith("'")) cell.value = v.slice(1);
      else if (cell.numberFormat === "@") cell.value = v;
      else if (v.startsWith("=") && v.length > 1) {
        cell.formula = v;
        cell.value = "";
      } else cell.value = NUMBER_TEXT.test(v) ? Number(v) : v;
    });
  }
  getTexts(): string[][] {
    const v = this.map((c) => String(c.value));
    this.sheet.book.request("read", v, this.rows * this.cols);
    return v;
  }
  getFormulas(): string[][] {
    const v = this.map((c) => c.formula ?? String(c.value));
    this.sheet.book.request("read", v, this.rows * this.cols);
    return v;
  }
  setFormulas(formulas: string[][]): void {
    this.put(formulas, "setFormulas", (cell, f) => {
      if (f.startsWith("=") && f.length > 1) {
        cell.formula = f;
        cell.value = "";
      } else {
        delete cell.formula;
        cell.value = f;
      }
    });
  }
  getNumberFormats(): string[][] {
    const v = this.map((c) => c.numberFormat);
    this.sheet.book.request("read", v, this.rows * this.cols);
    return v;
  }
  setNumberFormats(numberFormats: string[][]): void {
    this.put(numberFormats, "setNumberFormats", (cell, f) => (cell.numberFormat = f));
  }
  setNumberFormat(numberFormat: string): void {
    this.sheet.book.request("write", numberFormat, this.rows * this.cols);
    this.each((cell) => (cell.numberFormat = numberFormat));
  }
  private each(f: (cell: Cell) => void): void {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) f(this.cellAt(r, c));
  }
  getFormat(): ExcelScript.RangeFormat {
    const range = this;
    const book = this.sheet.book;
    const fmt = (f: (cell: Cell) => void, payload: unknown): void => {
      book.request("write", payload, range.getCellCount());
      range.each(f);
    };
    return {
      setColumnWidth: (w) => {
        book.request("write", w, range.getCellCount());
        for (let c = 0; c < range.cols; c++) range.sheet.columnWidths.set(range.col + c, w);
      },
      setRowHeight: (h) => {
        book.request("write", h, range.getCellCount());
        for (let r = 0; r < range.rows; r++) range.sheet.rowHeights.set(range.row + r, h);
      },
      setHorizontalAlignment: (a) => fmt((cell) => (cell.align = String(a)), a),
      setVerticalAlignment: (a) => fmt((cell) => (cell.verticalAlign = String(a)), a),
      setWrapText: (w) => fmt((cell) => (cell.wrap = w), w),
      getFill: () => ({
        setColor: (color: string) => fmt((cell) => (cell.fill = color), color),
        getColor: () => range.peek(0, 0).fill ?? "#FFFFFF",
        clear: () => fmt((cell) => delete cell.fill, null),
      }),
      getFont: () => ({
        setBold: (b: boolean) => fmt((cell) => (cell.bold = b), b),
        setColor: (color: string) => fmt((cell) => (cell.fontColor = color), color),
        setSize: (size: number) => fmt((cell) => (cell.fontSize = size), size),
      }),
      getRangeBorder: (index) => {
        const record = (key: "style" | "weight" | "color", v: unknown): void => {
          book.request("write", v, 1);
          const address = range.getAddress();
          let b = range.sheet.borders.find(
            (x) => x.address === address && x.index === String(index)
          );
          if (!b) range.sheet.borders.push((b = { address, index: String(index) }));
          b[key] = String(v);
        };
        return {
          setStyle: (style) => record("style", style),
          setWeight: (weight) => record("weight", weight),
          setColor: (color) => record("color", color),
        };
      },
    } as ExcelScript.RangeFormat;
  }
  getDataValidation(): ExcelScript.DataValidation {
    const range = this;
    return {
      setRule: (rule) => {
        range.sheet.book.request("write", rule, 1);
        const source = rule.list?.source;
        range.sheet.validations.push({
          address: range.getAddress(),
          list: typeof source === "string" ? source : source ? source.getAddress() : "",
        });
      },
      setErrorAlert: (alert) => {
        range.sheet.book.request("write", alert, 1);
        const v = range.sheet.validations.find((x) => x.address === range.getAddress());
        if (v) v.error = alert.message;
      },
    };
  }
  merge(): void {
    this.sheet.book.request("write", this.getAddress(), this.getCellCount());
    this.sheet.merges.push(this.getAddress());
  }
  select(): void {
    this.sheet.activate();
  }
}
