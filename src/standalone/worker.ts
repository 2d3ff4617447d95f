/**
 * The standalone page's Web Worker (bundled as standalone-worker.js): the reader, the core and
 * the streaming writer (../io/xlsxWriter.ts) run here, so that reading a county's roster,
 * building its claim and writing the claim workbook never block the page. One job a worker (./protocol.ts): "open" reads the file and sends its sheets back
 * in slices; "claim" takes the chosen rosters from the page, builds the claim and writes its
 * workbook, reporting each step, and sends the view and the bytes. Nothing leaves the browser.
 */
import { buildClaim, ClaimResult } from "../core/claim/build";
import { claimWorkbookRows } from "../core/claim/workbook";
import { PolicyModel } from "../core/policy/model";
import { getPolicy, useUserPolicy } from "../core/policy/registry";
import type { Policy } from "../core/policy/types";
import type { CellValue, SheetData } from "../core/sheet/address";
import type { SheetRows } from "../core/sheet/rowSource";
import { readWorkbookBytes } from "../io/workbook";
import { writeXlsx } from "../io/xlsxWriter";
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

/** The rosters the page sends for a claim, by name. */
const rosters = new Map<string, SheetData>();

/** Rows written between two progress messages while the claim workbook is written. */
const PROGRESS_ROWS = 10_000;

async function open(id: number, bytes: Uint8Array, fileName: string): Promise<void> {
  const read = await readWorkbookBytes(bytes, fileName);
  post({
    kind: "sheets",
    id,
    sheets: read.map((s) => ({ name: s.name, rows: s.rows.length, merges: s.merges })),
  });
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

/** Takes a slice of a roster; the "read" step is the rosters arriving from the page. */
function roster(m: Extract<ToWorker, { kind: "roster" }>): void {
  let s = rosters.get(m.name);
  if (!s) rosters.set(m.name, (s = { name: m.name, rows: new Array<CellValue[]>(m.total) }));
  for (let i = 0; i < m.rows.length; i++) s.rows[m.start + i] = m.rows[i];
}

/** Builds the claim from the kept sheets and writes its workbook, reporting each step. */
async function claim(id: number, request: ClaimRequest, userPolicy?: Policy): Promise<void> {
  const step: OnStep = (s, share, rows) => post({ kind: "step", id, step: s, share, rows });
  let user: PolicyModel | null = null;
  if (userPolicy) {
    user = new PolicyModel(userPolicy);
    user.userTable = true;
  }
  useUserPolicy(user);
  const policy = getPolicy(request.policyId);
  const singleTier = policy.policy.tiers.length === 1;
  const choices: RosterChoice[] = request.choices.map((c) => {
    const choice = { ...c, found: null as unknown as RosterChoice["found"] };
    redetect(choice, singleTier);
    return choice;
  });
  const names = choices.filter((c) => c.checked).map((c) => c.name);
  const chosen = names.map((n) => {
    const s = rosters.get(n);
    if (!s) throw new Error(`文件中没有工作表“${n}”`);
    return s;
  });
  const input = coreInput(choices, chosen, singleTier);
  rosters.clear();
  step("build", 0);
  const result: ClaimResult = buildClaim(input.sheets, policy, {
    date: request.date,
    supplied: request.supplied,
    sheets: names,
    mapping: input.mapping,
  });
  const view = claimView(result);
  step("build", 1);
  // The long sheets (资助明细, 合并记录, 未通过) make each row as it is written: a county's
  // 200,000 × 15 cells never exist at once. The same sheets as claimWorkbook gives.
  const specs = claimWorkbookRows(result, policy, {
    publicNotice: request.publicNotice,
    supplied: request.supplied,
  }).sheets;
  // Progress counts the rows those sheets make, as the writer asks for them.
  const total = specs.reduce((n, s) => n + (s.rest?.count ?? 0), 0);
  let done = 0;
  const counted = specs.map(({ spec, rest }): SheetRows => {
    if (!rest) return { spec };
    const row = (i: number): ReturnType<typeof rest.row> => {
      if (++done % PROGRESS_ROWS === 0) step("write", done / total, { done, total });
      return rest.row(i);
    };
    return { spec, rest: { count: rest.count, row } };
  });
  step("write", 0, { done: 0, total });
  // Each row's XML is made as the writer asks for it and compressed at once (CompressionStream).
  const bytes = await writeXlsx(counted);
  step("write", 1);
  post({ kind: "claimed", id, view, bytes, sheets: specs.map((s) => s.spec.name) }, [bytes.buffer]);
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.kind === "roster") return roster(m);
  const work =
    m.kind === "open" ? open(m.id, m.bytes, m.fileName) : claim(m.id, m.request, m.userPolicy);
  work.catch((error: unknown) =>
    post({
      kind: "error",
      id: m.id,
      message: error instanceof Error ? error.message : String(error),
    })
  );
};
