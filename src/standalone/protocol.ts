/**
 * The messages between the standalone page and its Web Worker (./worker.ts). The worker
 * reads the opened file, keeps its sheets, and builds and writes the claim from them; the
 * page gets the sheets back in slices small enough that taking one in never blocks it, and
 * the claim as its view and the workbook's bytes.
 */
import type { CellValue } from "../core/sheet/address";
import type { ClaimRequest, ClaimView, Step } from "../ui/claim/generate";

/** Rows per message back to the page: a slice is taken in well under 200 ms. */
export const ROWS_PER_MESSAGE = 5_000;

export type ToWorker =
  | { kind: "open"; id: number; bytes: Uint8Array; fileName: string }
  /** A fix applied to the page's copy, so the worker's stays the same. */
  | { kind: "fix"; sheet: string; row: number; col: number; value: CellValue }
  | { kind: "claim"; id: number; request: ClaimRequest };

export type FromWorker =
  | { kind: "sheets"; id: number; sheets: { name: string; rows: number }[] }
  | { kind: "rows"; id: number; sheet: number; start: number; rows: CellValue[][] }
  | { kind: "opened"; id: number }
  | {
      kind: "step";
      id: number;
      step: Step;
      share: number;
      rows?: { done: number; total: number };
    }
  | { kind: "claimed"; id: number; view: ClaimView; bytes: Uint8Array; sheets: string[] }
  | { kind: "error"; id: number; message: string };
