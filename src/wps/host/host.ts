/// <reference types="et-jsapi-declare" />
/**
 * The panels' host inside WPS 表格 (the add-in's task pane): the same PanelHost the Excel
 * taskpane has over Office.js (src/office/host.ts), here over the ET object model, which in
 * WPS is synchronous. Rosters and targets are read from the sheets in blocks; results go
 * into new sheets. The only write into a user's sheet is a fix the user clicked, one cell,
 * and only if that cell still holds what the check saw.
 *
 * Sheets are read and written by the one ET adapter the JS macros use (src/wps/et): the same
 * blocks, the same text-stays-text rule, the same print setup of the written sheets.
 */
import type { CellValue, SheetData } from "../../core/sheet/address";
import { cellAddress } from "../../core/sheet/address";
import { nameClash } from "../../core/sheet/newSheets";
import type { SheetSpec } from "../../core/sheet/spec";
import type { TargetFix } from "../../core/targets/types";
import type {
  ActiveSheet,
  MarkedCell,
  OnProgress,
  PanelHost,
  PolicyStore,
  SheetHead,
} from "../../ui/host";
import { extentOf, readSheet, value2Of, writeSheets } from "../et/host";

/** Sheets with more rows than this are rosters, not unit sheets of a target table. */
const OTHER_SHEET_MAX_ROWS = 5_000;
/** xlSheetVisible in Kingsoft's XlSheetVisibility. */
const VISIBLE = -1;

function sheetsOf(app: Et.Application): Et.Worksheet[] {
  const sheets = app.ActiveWorkbook.Worksheets;
  const out: Et.Worksheet[] = [];
  for (let i = 1; i <= sheets.Count; i++) out.push(sheets.Item(i) as Et.Worksheet);
  return out;
}

function sameValue(now: unknown, expected: CellValue): boolean {
  const x = now === "" || now === undefined ? null : now;
  return !(expected instanceof Date) && x === expected;
}

export class WpsHost implements PanelHost {
  readonly kind = "excel" as const;
  private sheetName: string | null = null;

  constructor(
    private readonly app: Et.Application,
    readonly policyStore: PolicyStore
  ) {}

  private workbook(): Et.Workbook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new Error("请先在 WPS 表格中打开一个工作簿");
    return wb;
  }

  private sheet(name: string): Et.Worksheet {
    const ws = sheetsOf(this.app).find((s) => s.Name === name);
    if (!ws) throw new Error(`找不到工作表“${name}”，可能已被改名或删除`);
    return ws;
  }

  private target(): string {
    if (!this.sheetName) throw new Error("请先点“检查任务分解表”");
    return this.sheetName;
  }

  async readActiveSheet(): Promise<ActiveSheet> {
    this.workbook();
    const active = this.app.ActiveSheet as Et.Worksheet;
    const sheet = readSheet(active);
    const otherSheets: SheetData[] = [];
    const skipped: { name: string; rows: number }[] = [];
    for (const ws of sheetsOf(this.app)) {
      if (ws.Name === active.Name) continue;
      const rows = extentOf(ws).rows;
      if (rows > OTHER_SHEET_MAX_ROWS) skipped.push({ name: ws.Name, rows });
      else otherSheets.push(readSheet(ws));
    }
    this.sheetName = sheet.name;
    return { sheet, otherSheets, source: "excel", skipped };
  }

  async selectCell(_a1: string, sheet?: string): Promise<void> {
    // Activate is all the test fake knows of selecting; the cell's address is in the finding.
    this.sheet(sheet ?? this.target()).Activate();
  }

  async highlight(findings: readonly MarkedCell[]): Promise<void> {
    if (findings.length === 0) return;
    this.target();
    throw new Error(
      "WPS 中暂不给单元格加标记（以免改动您的表格格式）。检查结果照常列在下面，点地址可跳到该表。"
    );
  }

  async clearHighlights(): Promise<number> {
    return 0;
  }

  async applyFix(fix: TargetFix, expected: CellValue): Promise<void> {
    const name = this.target();
    const a1 = cellAddress(fix.row, fix.col);
    const cell = this.sheet(name).Range(a1);
    const now = value2Of(cell);
    if (!sameValue(now, expected))
      throw new Error(
        `${name}!${a1} 在检查之后已被改动（现在是“${String(now ?? "")}”），没有修改。请重新检查后再修复。`
      );
    // Value2 is declared `string | any[]`; a number is what the cell takes here.
    if (fix.kind === "textToNumber") cell.Value2 = fix.value as unknown as string;
    else cell.Formula = fix.formula.startsWith("=") ? fix.formula : `=${fix.formula}`;
  }

  async listSheets(headRows: number): Promise<SheetHead[]> {
    return sheetsOf(this.app)
      .filter((ws) => ws.Visible === VISIBLE)
      .map((ws) => ({
        name: ws.Name,
        rows: extentOf(ws).rows,
        head: readSheet(ws, { maxRows: headRows }),
      }));
  }

  async sheetNames(): Promise<string[]> {
    return sheetsOf(this.app).map((ws) => ws.Name);
  }

  async readSheets(names: string[], onProgress?: OnProgress): Promise<SheetData[]> {
    const sheets = names.map((n) => this.sheet(n));
    const total = sheets.reduce((t, ws) => t + extentOf(ws).rows, 0);
    let before = 0;
    const out: SheetData[] = [];
    for (const ws of sheets) {
      const sheet = readSheet(ws, { onRows: (read) => onProgress?.(before + read, total) });
      out.push(sheet);
      before += sheet.rows.length;
    }
    onProgress?.(total, total);
    return out;
  }

  async insertSheets(
    specs: SheetSpec[],
    options: { onProgress?: OnProgress; exactNames?: boolean } = {}
  ): Promise<string[]> {
    const book = this.workbook();
    const clash = options.exactNames ? nameClash(await this.sheetNames(), specs, "生成") : null;
    if (clash) throw new Error(clash);
    const total = specs.reduce((t, s) => t + s.cells.length, 0);
    let before = 0;
    const names: string[] = [];
    // One sheet at a time, so the progress bar moves between them.
    for (const spec of specs) {
      names.push(...writeSheets(book, [spec], { exactNames: options.exactNames }).names);
      before += spec.cells.length;
      options.onProgress?.(before, total);
    }
    const first = names[0] === undefined ? undefined : this.sheet(names[0]);
    if (first) first.Activate();
    return names;
  }
}
