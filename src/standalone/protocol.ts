/**
 * The messages between the standalone page and its Web Workers (./worker.ts). Each job runs in
 * a worker of its own, ended when the job is done, so that what reading a county's roster or
 * writing its claim left behind is given back at once, not whenever the worker's heap would be
 * collected: an "open" worker reads the file and sends its sheets back; a "claim" worker gets
 * the chosen rosters from the page, builds and writes the claim, and sends its view and the
 * workbook's bytes. Rows go either way in slices small enough that none blocks the page.
 */
import type { CellValue, MergedRange } from "../core/sheet/address";
import type { Policy } from "../core/policy/types";
import type { ClaimRequest, ClaimView, Step } from "../ui/claim/generate";

/** Rows per message: a slice is cloned or taken in well under 200 ms. */
export const ROWS_PER_MESSAGE = 5_000;

export type ToWorker =
  | { kind: "open"; id: number; bytes: Uint8Array; fileName: string }
  /** A slice of a roster the claim is built from (the page's copy, with its fixes). */
  | { kind: "roster"; id: number; name: string; start: number; total: number; rows: CellValue[][] }
  /** `userPolicy`: the clerk's 政策表 in use on the page (checked there), for its region and year. */
  | { kind: "claim"; id: number; request: ClaimRequest; userPolicy?: Policy };

export type FromWorker =
  | {
      kind: "sheets";
      id: number;
      sheets: { name: string; rows: number; merges?: MergedRange[] }[];
    }
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
