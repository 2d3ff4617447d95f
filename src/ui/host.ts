/**
 * What the panels need from where they run: Excel (Office.js, src/office/host.ts) or the
 * standalone page (an in-memory workbook opened from a file, src/standalone/host.ts).
 * The panels never touch Office.js or files themselves.
 */
import type { CellValue, SheetData } from "../core/sheet/address";
import type { LineChartSpec } from "../core/progress/sheets";
import type { SheetSpec } from "../core/sheet/spec";
import type { TargetFix } from "../core/targets/types";
import type { ClaimRunner } from "./claim/generate";
import type { StoredPolicyTable } from "../core/policy/policyTable/stored";

export type { StoredPolicyTable };

export interface ActiveSheet {
  sheet: SheetData;
  /** The workbook's other sheets that were read (for the county/town ↔ unit sheets comparison). */
  otherSheets: SheetData[];
  source: "xlsx" | "csv" | "excel";
  /** Sheets left unread because they are too big to be unit sheets, with their row counts. */
  skipped?: { name: string; rows: number }[];
}

/** A sheet of the workbook as listed for choosing rosters: its size and its first rows only. */
export interface SheetHead {
  name: string;
  /** Rows of the used range, counted from row 1. */
  rows: number;
  /** The first rows (up to the number asked for), where a roster's header is looked for. */
  head: SheetData;
}

/**
 * Called from the block loops of reading and writing: `done` of `total` rows, never going
 * back, the last call with done === total.
 */
export type OnProgress = (done: number, total: number) => void;

/** The policy choice and the values the user supplies for what a notice leaves open. */
export interface PolicyStore {
  load(): Promise<{ policyId: string | null; supplied: Record<string, string | number> }>;
  /** "" clears the choice. */
  savePolicyId(id: string): Promise<void>;
  /** Replaces the values supplied for what a notice leaves open (saved with the workbook in Excel). */
  saveSupplied?(values: Record<string, string | number>): Promise<void>;
  /** The clerk's 政策表 kept from last time (checked again before use); null when none. */
  loadPolicyTable?(): Promise<StoredPolicyTable | null>;
  /** Keeps the clerk's 政策表 in use (null: back to the shipped policies). */
  savePolicyTable?(table: StoredPolicyTable | null): Promise<void>;
  /**
   * Called when the choice or the values change elsewhere (another pane, a co-author), with
   * the values where the store knows them.
   */
  onChange?(
    listener: (policyId: string | null, supplied?: Record<string, string | number>) => void
  ): void;
}

export interface OpenedFile {
  bytes: Uint8Array;
  fileName: string;
  /** The fixes applied to the sheet since the file was opened, in order. */
  applied(sheet: string): TargetFix[];
}

/** A cell to mark: a finding of any check (任务分解表, 现金台账), by its severity. */
export interface MarkedCell {
  severity: "error" | "warning";
  /** A1 address. */
  cell: string;
  /** The sheet, where it is not the one last read (the cash check's POS/tax export). */
  sheet?: string;
}

export interface PanelHost {
  readonly kind: "excel" | "standalone";
  /** Reads the sheet the user is on; in Excel the used range, in blocks. */
  readActiveSheet(): Promise<ActiveSheet>;
  /**
   * Shows a cell: selects it in Excel, scrolls the preview to it here. Without `sheet`, in the
   * sheet last read by readActiveSheet.
   */
  selectCell(a1: string, sheet?: string): Promise<void>;
  /**
   * Marks the findings' cells, in the sheet last read unless a finding names its own;
   * replaces earlier marks on the sheets marked (the one last read always).
   */
  highlight(findings: readonly MarkedCell[]): Promise<void>;
  /** Removes every mark this add-in made; returns how many mark groups were removed. */
  clearHighlights(): Promise<number>;
  /**
   * Writes one fix into the one cell it names, only if that cell still holds `expected`
   * (what the check saw); otherwise throws, so a stale finding never overwrites new data.
   */
  applyFix(fix: TargetFix, expected: CellValue): Promise<void>;
  /** The workbook's visible sheets with their first `headRows` rows (to find rosters' headers). */
  listSheets(headRows: number): Promise<SheetHead[]>;
  /** Every sheet's name, hidden ones too (names new sheets must not take); listSheets' names where absent. */
  sheetNames?(): Promise<string[]>;
  /** Reads whole sheets by name (in Excel in blocks, reporting rows read). */
  readSheets(names: string[], onProgress?: OnProgress): Promise<SheetData[]>;
  /**
   * Adds sheets under names not yet taken (never writes into an existing sheet); returns their
   * names. With `exactNames`, refuses (before writing anything) if a name is already taken:
   * sheets whose formulas refer to each other by name must keep their names.
   */
  insertSheets?(
    specs: SheetSpec[],
    options?: { onProgress?: OnProgress; exactNames?: boolean }
  ): Promise<string[]>;
  /**
   * Replaces yibao's own progress sheets (进度记录, 进度图表) and draws the chart (Excel); refuses
   * when a sheet by that name is the user's.
   */
  writeProgress?(specs: SheetSpec[], chart: LineChartSpec | null): Promise<void>;
  /** Hands a file to the user (the standalone page); nothing leaves the browser. */
  download?(bytes: Uint8Array, fileName: string): Promise<void>;
  /** The open file's name without extension, for names of downloads. */
  baseName?(): string;
  /**
   * The file as opened (the standalone page), with the fixes applied to a sheet since: the
   * annotated copy is made from the file itself, so it keeps everything the file holds.
   */
  openedFile?(): OpenedFile | null;
  /**
   * Builds and writes the claim where the file's sheets are kept (the standalone page's
   * worker), instead of reading them into the page; absent where the page does it itself.
   */
  readonly claimRunner?: ClaimRunner;
  policyStore: PolicyStore;
}
