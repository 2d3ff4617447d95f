/**
 * The page's side of the standalone Web Worker (./worker.ts). Each job gets a worker of its own,
 * ended as soon as the job is over: a worker's heap is collected only when it needs room, so a
 * worker kept between jobs would hold on to what reading a county's file left behind (measured:
 * a 200,000-row roster left about 400 MB there) while the claim is written. The page keeps the
 * sheets (they are small as plain rows) and, for a claim, sends the chosen rosters over slice by
 * slice, each message a short task, so the page keeps drawing; it gets each step's progress,
 * the view and the workbook's bytes.
 */
import type { CellValue, SheetData } from "../core/sheet/address";
import { listPolicies } from "../core/policy/registry";
import type { ClaimRequest, ClaimRunner, ClaimView, OnStep } from "../ui/claim/generate";
import type { OnProgress } from "../ui/host";
import type { FromWorker, ToWorker } from "./protocol";
import { ROWS_PER_MESSAGE } from "./protocol";

/** The worker's bundle, beside index.html (webpack.config.js). */
export const WORKER_URL = "standalone-worker.js";
/**
 * In the single file 医保助手.html (scripts/release/singleFile.js) the worker's code is carried
 * in this element, since a page opened from disk (file://) may not start a worker from a file.
 */
export const WORKER_SOURCE_ID = "yb-worker-source";

/**
 * Where workers start: the bundle beside the page, or, in the single file, a Blob URL of the
 * code the page carries (made once; the CSP allows workers from blob: and nothing else).
 */
export function workerUrl(doc: Document | undefined = globalThis.document): string {
  const carried = doc?.getElementById(WORKER_SOURCE_ID);
  if (!carried) return WORKER_URL;
  const blob = new Blob([carried.textContent ?? ""], { type: "text/javascript" });
  return URL.createObjectURL(blob);
}

/** Lets the page draw between two slices. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class WorkbookWorker implements ClaimRunner {
  private nextId = 1;
  /** The sheets of the open file as the page holds them (fixes applied in place). */
  private sheets: SheetData[] = [];

  constructor(private readonly url = workerUrl()) {}

  /**
   * Runs one job in a new worker: `start` posts to it, `onMessage` takes what comes back until
   * it settles; the worker is ended then, or when it fails.
   */
  private job<T>(
    start: (id: number, post: (m: ToWorker, transfer?: Transferable[]) => void) => Promise<void>,
    onMessage: (m: FromWorker, settle: (value: T) => void) => void
  ): Promise<T> {
    const id = this.nextId++;
    const worker = new Worker(this.url);
    return new Promise<T>((resolve, reject) => {
      let over = false;
      const end = (): void => {
        over = true;
        // Ended in a task of its own, not in the one that takes the job's result.
        setTimeout(() => worker.terminate(), 0);
      };
      const fail = (error: Error): void => {
        if (over) return;
        end();
        reject(error);
      };
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (over || m.id !== id) return;
        if (m.kind === "error") fail(new Error(m.message));
        else
          onMessage(m, (value) => {
            end();
            resolve(value);
          });
      };
      // The worker itself failed (out of memory, a script error).
      worker.onerror = (e) => {
        e.preventDefault();
        fail(
          new Error(
            `处理文件时浏览器出错${e.message ? `：${e.message}` : ""}。文件太大时请按乡镇（街道）或村（社区）拆分后再试`
          )
        );
      };
      start(id, (m, transfer = []) => {
        if (!over) worker.postMessage(m, transfer);
      }).catch((e: unknown) => fail(e instanceof Error ? e : new Error(String(e))));
    });
  }

  /** Reads the file in a worker; the sheets arrive here in slices, with rows received. */
  open(bytes: Uint8Array, fileName: string, onProgress?: OnProgress): Promise<SheetData[]> {
    // A copy goes to the worker: the page keeps the file for the annotated copy.
    const copy = bytes.slice();
    let sheets: SheetData[] = [];
    let total = 0;
    let done = 0;
    return this.job<SheetData[]>(
      async (id, post) => post({ kind: "open", id, bytes: copy, fileName }, [copy.buffer]),
      (m, settle) => {
        if (m.kind === "sheets") {
          sheets = m.sheets.map((s) => ({
            name: s.name,
            rows: new Array<CellValue[]>(s.rows),
            ...(s.merges ? { merges: s.merges } : {}),
          }));
          total = m.sheets.reduce((n, s) => n + s.rows, 0);
          onProgress?.(0, total);
        } else if (m.kind === "rows") {
          const rows = sheets[m.sheet].rows;
          for (let i = 0; i < m.rows.length; i++) rows[m.start + i] = m.rows[i];
          done += m.rows.length;
          onProgress?.(done, total);
        } else if (m.kind === "opened") {
          this.sheets = sheets;
          settle(sheets);
        }
      }
    );
  }

  /**
   * Builds and writes the claim in a worker: the "read" step is the chosen rosters (the page's
   * copy, with the fixes applied to it) going over, then the worker reports building and writing.
   */
  run(
    request: ClaimRequest,
    onStep: OnStep
  ): Promise<{ view: ClaimView; bytes: Uint8Array; sheets: string[] }> {
    const chosen = request.choices
      .filter((c) => c.checked)
      .map((c) => this.sheets.find((s) => s.name === c.name))
      .filter((s): s is SheetData => s !== undefined);
    const total = chosen.reduce((n, s) => n + s.rows.length, 0);
    return this.job(
      async (id, post) => {
        onStep("read", 0, { done: 0, total });
        let done = 0;
        for (const s of chosen) {
          for (let start = 0; start < s.rows.length; start += ROWS_PER_MESSAGE) {
            const rows = s.rows.slice(start, start + ROWS_PER_MESSAGE);
            post({ kind: "roster", id, name: s.name, start, total: s.rows.length, rows });
            done += rows.length;
            onStep("read", total > 0 ? done / total : 1, { done, total });
            await nextTask();
          }
        }
        onStep("read", 1, { done: total, total });
        // The worker has its own registry: the clerk's 政策表 in use goes with the request.
        const user = listPolicies().find((m) => m.userTable);
        post({ kind: "claim", id, request, userPolicy: user?.policy });
      },
      (m, settle) => {
        if (m.kind === "step") onStep(m.step, m.share, m.rows);
        else if (m.kind === "claimed") settle({ view: m.view, bytes: m.bytes, sheets: m.sheets });
      }
    );
  }
}
