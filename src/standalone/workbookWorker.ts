/**
 * The page's side of the standalone Web Worker (./worker.ts): posts the opened file and the
 * clerk's choices, takes the sheets back slice by slice (each message a short task, so the
 * page keeps drawing), and is the panels' ClaimRunner: the claim is built and written in the
 * worker, the page gets each step's progress, the view and the workbook's bytes.
 */
import type { CellValue, SheetData } from "../core/sheet/address";
import type { ClaimRequest, ClaimRunner, ClaimView, OnStep } from "../ui/claim/generate";
import type { OnProgress } from "../ui/host";
import type { FromWorker, ToWorker } from "./protocol";

/** The worker's bundle, beside index.html (webpack.config.js). */
export const WORKER_URL = "standalone-worker.js";

interface Pending {
  onMessage(m: FromWorker): void;
  reject(e: Error): void;
}

export class WorkbookWorker implements ClaimRunner {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor(url = WORKER_URL) {
    this.worker = new Worker(url);
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.kind === "error") {
        this.pending.delete(m.id);
        p.reject(new Error(m.message));
      } else p.onMessage(m);
    };
    // The worker itself failed (out of memory, a script error): every request in flight fails.
    this.worker.onerror = (e) => {
      e.preventDefault();
      const error = new Error(
        `处理文件时浏览器出错${e.message ? `：${e.message}` : ""}。文件太大时请按乡镇（街道）或村（社区）拆分后再试`
      );
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
  }

  private request<T>(
    message: (id: number) => ToWorker,
    onMessage: (m: FromWorker, settle: (value: T) => void) => void,
    transfer: Transferable[] = []
  ): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const settle = (value: T): void => {
        this.pending.delete(id);
        resolve(value);
      };
      this.pending.set(id, { onMessage: (m) => onMessage(m, settle), reject });
      this.worker.postMessage(message(id), transfer);
    });
  }

  /** Reads the file in the worker; the sheets arrive here in slices, with rows received. */
  open(bytes: Uint8Array, fileName: string, onProgress?: OnProgress): Promise<SheetData[]> {
    // A copy goes to the worker: the page keeps the file for the annotated copy.
    const copy = bytes.slice();
    let sheets: SheetData[] = [];
    let total = 0;
    let done = 0;
    return this.request<SheetData[]>(
      (id) => ({ kind: "open", id, bytes: copy, fileName }),
      (m, settle) => {
        if (m.kind === "sheets") {
          sheets = m.sheets.map((s) => ({ name: s.name, rows: new Array<CellValue[]>(s.rows) }));
          total = m.sheets.reduce((n, s) => n + s.rows, 0);
          onProgress?.(0, total);
        } else if (m.kind === "rows") {
          const rows = sheets[m.sheet].rows;
          for (let i = 0; i < m.rows.length; i++) rows[m.start + i] = m.rows[i];
          done += m.rows.length;
          onProgress?.(done, total);
        } else if (m.kind === "opened") settle(sheets);
      },
      [copy.buffer]
    );
  }

  /** Keeps the worker's copy of a sheet as the page's after a fix. */
  fix(sheet: string, row: number, col: number, value: CellValue): void {
    this.worker.postMessage({ kind: "fix", sheet, row, col, value } satisfies ToWorker);
  }

  run(
    request: ClaimRequest,
    onStep: OnStep
  ): Promise<{ view: ClaimView; bytes: Uint8Array; sheets: string[] }> {
    return this.request(
      (id) => ({ kind: "claim", id, request }),
      (m, settle) => {
        if (m.kind === "step") onStep(m.step, m.share, m.rows);
        else if (m.kind === "claimed") settle({ view: m.view, bytes: m.bytes, sheets: m.sheets });
      }
    );
  }
}
