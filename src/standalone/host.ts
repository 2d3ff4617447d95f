/**
 * The panels' host on the standalone page: a workbook opened from a local file and kept in
 * memory. Nothing is uploaded: the file is read with FileReader/arrayBuffer, checked in the
 * page, and downloads are made from a Blob in the page.
 */
import { cellAddress, type CellValue, type SheetData } from "../core/sheet/address";
import type { Severity, TargetFix } from "../core/targets/types";
import { isCsvName, readWorkbookBytes } from "../io/workbook";
import type {
  ActiveSheet,
  MarkedCell,
  OnProgress,
  OpenedFile,
  PanelHost,
  SheetHead,
} from "../ui/host";
import { display, SheetPreview } from "./preview";
import { WorkbookWorker } from "./workbookWorker";
import { localPolicyStore } from "../ui/localPolicyStore";

export { localPolicyStore };

export interface OpenWorkbook {
  fileName: string;
  sheets: SheetData[];
  source: "xlsx" | "csv";
  /** The file as read; the annotated copy is made from it (it is never written back). */
  bytes: Uint8Array;
}

export class StandaloneHost implements PanelHost {
  readonly kind = "standalone" as const;
  readonly policyStore = localPolicyStore;
  readonly preview = new SheetPreview();
  workbook: OpenWorkbook | null = null;
  /** The sheet the targets check reads (the page's sheet selector). */
  active = 0;
  /** The sheet the preview shows: the active one, or a roster a claim row pointed to. */
  private shown = 0;
  private marks = new Map<string, Severity>();
  /** Fixes applied to the in-memory sheets, by sheet name, for the annotated copy. */
  private fixes = new Map<string, TargetFix[]>();
  /**
   * Reads files and builds and writes claims in Web Workers (where the browser has them); a
   * claim is built from this page's sheets, with the fixes applied to them.
   */
  claimRunner: WorkbookWorker | undefined;

  private worker(): WorkbookWorker | undefined {
    if (!this.claimRunner && typeof Worker !== "undefined") this.claimRunner = new WorkbookWorker();
    return this.claimRunner;
  }

  /** Opens a file; `onProgress` reports the rows read so far (from the worker). */
  async open(
    file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
    onProgress?: OnProgress
  ): Promise<OpenWorkbook> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const worker = this.worker();
    const sheets = worker
      ? await worker.open(bytes, file.name, onProgress)
      : await readWorkbookBytes(bytes, file.name);
    if (sheets.length === 0) throw new Error(`${file.name} 中没有工作表`);
    this.workbook = {
      fileName: file.name,
      sheets,
      source: isCsvName(file.name) ? "csv" : "xlsx",
      bytes,
    };
    this.marks = new Map();
    this.fixes = new Map();
    this.showSheet(0);
    return this.workbook;
  }

  showSheet(index: number): void {
    if (!this.workbook) return;
    this.active = index;
    this.marks = new Map();
    this.shown = -1;
    this.showInPreview(index);
  }

  /** Shows a sheet in the preview; the marks belong to the active sheet only. */
  private showInPreview(index: number): void {
    if (!this.workbook || this.shown === index) return;
    this.shown = index;
    const sheet = this.workbook.sheets[index];
    this.preview.show(sheet, `${this.workbook.fileName} · ${sheet.name}`);
    this.preview.setMarks(index === this.active ? this.marks : new Map());
  }

  private current(): SheetData {
    if (!this.workbook) throw new Error("请先打开一个 .xlsx、.xls 或 .csv 文件");
    return this.workbook.sheets[this.active];
  }

  baseName(): string {
    return this.workbook ? this.workbook.fileName : "任务分解表";
  }

  openedFile(): OpenedFile | null {
    const wb = this.workbook;
    // An .xls cannot be copied with its formatting (only an .xlsx package can be patched): the check's
    // download is then a new workbook of the sheet read, its marks and the report.
    if (!wb || /\.xls$/i.test(wb.fileName)) return null;
    return {
      bytes: wb.bytes,
      fileName: wb.fileName,
      applied: (sheet) => [...(this.fixes.get(sheet) ?? [])],
    };
  }

  async readActiveSheet(): Promise<ActiveSheet> {
    const sheet = this.current();
    const wb = this.workbook!;
    return { sheet, otherSheets: wb.sheets.filter((s) => s !== sheet), source: wb.source };
  }

  async selectCell(a1: string, sheet?: string): Promise<void> {
    this.current();
    const index =
      sheet === undefined ? this.active : this.workbook!.sheets.findIndex((s) => s.name === sheet);
    if (index < 0) throw new Error(`文件中没有工作表“${sheet}”`);
    this.showInPreview(index);
    this.preview.select(a1);
  }

  async listSheets(headRows: number): Promise<SheetHead[]> {
    if (!this.workbook) throw new Error("请先打开一个 .xlsx、.xls 或 .csv 文件");
    return this.workbook.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.length,
      head: { name: s.name, rows: s.rows.slice(0, headRows) },
    }));
  }

  async readSheets(names: string[], onProgress?: OnProgress): Promise<SheetData[]> {
    if (!this.workbook) throw new Error("请先打开一个 .xlsx、.xls 或 .csv 文件");
    const wb = this.workbook;
    const sheets = names.map((n) => {
      const s = wb.sheets.find((x) => x.name === n);
      if (!s) throw new Error(`文件中没有工作表“${n}”`);
      return s;
    });
    const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
    onProgress?.(rows, rows);
    return sheets;
  }

  async highlight(findings: readonly MarkedCell[]): Promise<void> {
    const read = this.current().name;
    this.showInPreview(this.active);
    // The preview shows the sheet read; marks on another sheet (a cash export) are not drawn.
    const marks = new Map<string, Severity>();
    for (const f of findings)
      if ((f.sheet ?? read) === read && marks.get(f.cell) !== "error")
        marks.set(f.cell, f.severity);
    this.marks = marks;
    this.preview.setMarks(marks);
  }

  async clearHighlights(): Promise<number> {
    const n = this.marks.size;
    this.marks = new Map();
    if (this.shown === this.active) this.preview.setMarks(this.marks);
    return n;
  }

  /** Fixes the in-memory copy (the downloaded workbook carries it); the opened file is never written. */
  async applyFix(fix: TargetFix, expected: CellValue): Promise<void> {
    const sheet = this.current();
    const a1 = cellAddress(fix.row, fix.col);
    const row = sheet.rows[fix.row] ?? (sheet.rows[fix.row] = []);
    const now = row[fix.col] ?? null;
    if (display(now) !== display(expected))
      throw new Error(`${a1} 在检查之后已被改动，没有修改。请重新检查后再修复。`);
    if (fix.kind === "textToNumber") row[fix.col] = fix.value;
    else row[fix.col] = sumOf(sheet, fix.formula);
    this.fixes.set(sheet.name, [...(this.fixes.get(sheet.name) ?? []), fix]);
    this.showInPreview(this.active);
    this.preview.refresh();
  }

  async download(bytes: Uint8Array, fileName: string): Promise<void> {
    const blob = new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * The value a =SUM(C6:C17) fix gives in the in-memory copy (the download keeps the formula).
 * Only the SUM of one rectangular range, which is what the check proposes.
 */
export function sumOf(sheet: SheetData, formula: string): number {
  const m = /^=?SUM\(\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)\)$/i.exec(formula.trim());
  if (!m) throw new Error(`不支持的公式：${formula}`);
  const col = (s: string) =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c0, c1] = [col(m[1]), col(m[3])].sort((a, b) => a - b);
  const [r0, r1] = [Number(m[2]) - 1, Number(m[4]) - 1].sort((a, b) => a - b);
  let total = 0;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const v = sheet.rows[r]?.[c];
      // Like Excel's SUM over a range: numbers count, text (even "2417") does not.
      if (typeof v === "number") total += v;
    }
  }
  return total;
}
