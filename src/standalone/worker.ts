/**
 * The standalone page's Web Worker (bundled as standalone-worker.js): exceljs and the core run
 * here (exceljs' streaming writer included: see webpack.config.js and ./shims), so that reading a county's roster, building its claim and writing the claim workbook
 * never block the page. It keeps the opened file's sheets; the page posts the file, the fixes
 * it applies and the clerk's choices, and gets back the sheets in slices, each step's
 * progress, and the claim's view and bytes. Nothing leaves the browser.
 */
import { buildClaim, ClaimResult } from "../core/claim/build";
import { claimWorkbook } from "../core/claim/workbook";
import { getPolicy } from "../core/policy/registry";
import type { SheetData } from "../core/sheet/address";
import { readWorkbookBytes } from "../io/workbook";
import { writeXlsxStreamed } from "../io/xlsxStream";
import { claimView, ClaimRequest, OnStep } from "../ui/claim/generate";
import { coreInput, redetect, RosterChoice } from "../ui/claim/rosters";
import type { FromWorker, ToWorker } from "./protocol";
import { ROWS_PER_MESSAGE } from "./protocol";

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const post = (m: FromWorker, transfer?: Transferable[]): void => scope.postMessage(m, transfer);

let sheets: SheetData[] = [];

async function open(id: number, bytes: Uint8Array, fileName: string): Promise<void> {
  sheets = [];
  const read = await readWorkbookBytes(bytes, fileName);
  sheets = read;
  post({ kind: "sheets", id, sheets: read.map((s) => ({ name: s.name, rows: s.rows.length })) });
  read.forEach((s, i) => {
    for (let start = 0; start < s.rows.length; start += ROWS_PER_MESSAGE)
      post({
        kind: "rows",
        id,
        sheet: i,
        start,
        rows: s.rows.slice(start, start + ROWS_PER_MESSAGE),
      });
  });
  post({ kind: "opened", id });
}

/** Builds the claim from the kept sheets and writes its workbook, reporting each step. */
async function claim(id: number, request: ClaimRequest): Promise<void> {
  const step: OnStep = (s, share, rows) => post({ kind: "step", id, step: s, share, rows });
  const policy = getPolicy(request.policyId);
  const singleTier = policy.policy.tiers.length === 1;
  const choices: RosterChoice[] = request.choices.map((c) => {
    const choice = { ...c, found: null as unknown as RosterChoice["found"] };
    redetect(choice, singleTier);
    return choice;
  });
  const names = choices.filter((c) => c.checked).map((c) => c.name);
  const chosen = names.map((n) => {
    const s = sheets.find((x) => x.name === n);
    if (!s) throw new Error(`文件中没有工作表“${n}”`);
    return s;
  });
  // The rosters were read when the file was opened: this step hands them to the core.
  const rows = chosen.reduce((n, s) => n + s.rows.length, 0);
  step("read", 0, { done: 0, total: rows });
  const input = coreInput(choices, chosen, singleTier);
  step("read", 1, { done: rows, total: rows });
  step("build", 0);
  let result: ClaimResult | null = buildClaim(input.sheets, policy, {
    date: request.date,
    supplied: request.supplied,
    sheets: names,
    mapping: input.mapping,
  });
  const view = claimView(result);
  step("build", 1);
  const specs = claimWorkbook(result, policy, {
    publicNotice: request.publicNotice,
    supplied: request.supplied,
  }).sheets;
  // The detail rows are in the specs now; the result itself is not needed any longer.
  result = null;
  const total = specs.reduce((n, s) => n + s.cells.length, 0);
  step("write", 0, { done: 0, total });
  // exceljs' streaming writer (./shims/exceljs.ts): each row's XML is written as it is made.
  const bytes = await writeXlsxStreamed(specs);
  const sheetNames = specs.map((s) => s.name);
  step("write", 1);
  post({ kind: "claimed", id, view, bytes, sheets: sheetNames }, [bytes.buffer]);
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.kind === "fix") {
    const s = sheets.find((x) => x.name === m.sheet);
    if (s) (s.rows[m.row] ?? (s.rows[m.row] = []))[m.col] = m.value;
    return;
  }
  const work = m.kind === "open" ? open(m.id, m.bytes, m.fileName) : claim(m.id, m.request);
  work.catch((error: unknown) =>
    post({
      kind: "error",
      id: m.id,
      message: error instanceof Error ? error.message : String(error),
    })
  );
};
