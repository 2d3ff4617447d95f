/**
 * The panels' host inside Excel: a thin Office.js layer over read.ts, write.ts and
 * highlight.ts. The only writes into a user's sheet are the marks (conditional formats,
 * removable) and a fix the user clicked, which writes exactly one cell; the claim is
 * written as new sheets.
 */
import type { CellValue, SheetData } from "../core/sheet/address";
import type { SheetSpec } from "../core/sheet/spec";
import type { TargetFix } from "../core/targets/types";
import type {
  ActiveSheet,
  MarkedCell,
  OnProgress,
  PanelHost,
  PolicyStore,
  SheetHead,
} from "../ui/host";
import { clearMarks, markFindings } from "./highlight";
import { readSheetHeads, readSheets, readWorkbook } from "./read";
import { supportsExcelApi } from "./requirements";
import {
  getSettings,
  onSettingsChanged,
  setPolicyId,
  setPolicyTable,
  setSupplied,
  whenReady,
} from "./settings";
import { insertSheets } from "./write";
import { writeProgressSheets } from "./progress";
import type { LineChartSpec } from "../core/progress/sheets";
import { cellAddress } from "../core/sheet/address";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

export const excelPolicyStore: PolicyStore = {
  async load() {
    const s = await whenReady(() => getSettings());
    return { policyId: s.policy, supplied: { ...s.supplied } };
  },
  savePolicyId: (id) => setPolicyId(id || null),
  saveSupplied: (values) => setSupplied(values),
  async loadPolicyTable() {
    return (await whenReady(() => getSettings())).policyTable ?? null;
  },
  savePolicyTable: (table) => setPolicyTable(table),
  onChange: (listener) => {
    onSettingsChanged((s) => listener(s.policy, { ...s.supplied }));
  },
};

/** Whether two cell values are the same for the purpose of "the cell has not changed". */
function sameValue(a: unknown, b: CellValue): boolean {
  const x = a === "" || a === undefined ? null : a;
  if (b instanceof Date) return false;
  return x === b;
}

export class OfficeHost implements PanelHost {
  readonly kind = "excel" as const;
  /** The sheet the last check read: selections, marks and fixes go there. */
  private sheetName: string | null = null;

  constructor(
    private readonly run: ExcelRun = defaultRun,
    readonly policyStore: PolicyStore = excelPolicyStore
  ) {}

  private target(): string {
    if (!this.sheetName) throw new Error("请先点“检查任务分解表”");
    return this.sheetName;
  }

  async readActiveSheet(): Promise<ActiveSheet> {
    const result = await this.run((context) => readWorkbook(context));
    this.sheetName = result.active.name;
    return {
      sheet: result.active,
      otherSheets: result.others,
      source: "excel",
      skipped: result.skipped,
    };
  }

  async selectCell(a1: string, sheet?: string): Promise<void> {
    const name = sheet ?? this.target();
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.activate();
      ws.getRange(a1).select();
      await context.sync();
    });
  }

  async highlight(findings: readonly MarkedCell[]): Promise<void> {
    const name = this.target();
    // Marks on several scattered cells at once need RangeAreas (ExcelApi 1.9).
    if (!supportsExcelApi("1.9"))
      throw new Error(
        "这个版本的 Excel 不能标记单元格（需要 Microsoft 365 或 Excel 2021 及以上）。检查结果照常列在下面。"
      );
    // The sheet read first, even without findings: that takes away an earlier check's marks.
    const bySheet = new Map<string, MarkedCell[]>([[name, []]]);
    for (const f of findings) {
      const sheet = f.sheet ?? name;
      const marks = bySheet.get(sheet);
      if (marks) marks.push(f);
      else bySheet.set(sheet, [f]);
    }
    await this.run(async (context) => {
      // One sheet after another: each clears its old marks before adding (3–4 round trips).
      for (const [sheet, marks] of bySheet) await markFindings(context, sheet, marks);
    });
  }

  async clearHighlights(): Promise<number> {
    return this.run(async (context) => (await clearMarks(context)).removed);
  }

  async applyFix(fix: TargetFix, expected: CellValue): Promise<void> {
    const name = this.target();
    const a1 = cellAddress(fix.row, fix.col);
    await this.run(async (context) => {
      const cell = context.workbook.worksheets.getItem(name).getRange(a1);
      cell.load("values");
      await context.sync();
      const now = (cell.values as unknown[][])[0][0];
      if (!sameValue(now, expected)) {
        throw new Error(
          `${name}!${a1} 在检查之后已被改动（现在是“${String(now)}”），没有修改。请重新检查后再修复。`
        );
      }
      if (fix.kind === "textToNumber") cell.values = [[fix.value]];
      else cell.formulas = [[fix.formula.startsWith("=") ? fix.formula : `=${fix.formula}`]];
      await context.sync();
    });
  }

  async listSheets(headRows: number): Promise<SheetHead[]> {
    return this.run(async (context) => (await readSheetHeads(context, headRows)).sheets);
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((ws) => ws.name);
    });
  }

  async readSheets(names: string[], onProgress?: OnProgress): Promise<SheetData[]> {
    return this.run(async (context) => (await readSheets(context, names, onProgress)).sheets);
  }

  async insertSheets(
    specs: SheetSpec[],
    options?: { onProgress?: OnProgress; exactNames?: boolean }
  ): Promise<string[]> {
    return this.run(async (context) => (await insertSheets(context, specs, options)).names);
  }

  async writeProgress(specs: SheetSpec[], chart: LineChartSpec | null): Promise<void> {
    await this.run((context) => writeProgressSheets(context, specs, chart));
  }
}
