/**
 * The steps of 生成资助申报表 behind the button, without the DOM, so that the task pane, the
 * standalone page and the tests run the same code: read the chosen rosters through the
 * host (Excel: in blocks), build the claim with the core, and in Excel write the claim
 * workbook as new sheets (the standalone page downloads it instead, on request).
 */
import { buildClaim, ClaimResult, RejectedRow } from "../../core/claim/build";
import { ClaimSheetNames, claimWorkbook } from "../../core/claim/workbook";
import type { Day } from "../../core/dates";
import type { PolicyModel, Supplied } from "../../core/policy/model";
import type { PanelHost } from "../host";
import { coreInput, RosterChoice, unresolved } from "./rosters";

export type Step = "read" | "build" | "write";

/** Progress of one step: share from 0 to 1, and the rows done of the total where there are rows. */
export type OnStep = (step: Step, share: number, rows?: { done: number; total: number }) => void;

export interface GenerateOptions {
  policy: PolicyModel;
  /** Payment day for rows without a 缴费日期. */
  date: Day;
  supplied: Supplied;
  publicNotice: boolean;
  onStep?: OnStep;
  /** Lets the page draw before the long synchronous build. */
  beforeBuild?: () => Promise<void>;
}

/**
 * What the panel shows of a claim: the result without its detail rows (a county's 200,000
 * people stay where the claim was built), with their count and how many have warnings.
 */
export type ClaimView = Omit<ClaimResult, "people"> & { peopleCount: number; warned: number };

export function claimView(result: ClaimResult): ClaimView {
  const { people, ...rest } = result;
  return {
    ...rest,
    peopleCount: people.length,
    warned: people.filter((p) => p.warnings.length > 0).length,
  };
}

/** What the claim needs of the rosters the clerk chose: no DOM, so it can be posted to a worker. */
export interface ClaimRequest {
  choices: Pick<RosterChoice, "name" | "rows" | "head" | "mapping" | "checked">[];
  policyId: string;
  date: Day;
  supplied: Supplied;
  publicNotice: boolean;
}

/**
 * A claim built and written away from the page (the standalone page's Web Worker, which
 * holds the opened file's sheets), so that no step blocks the page: it reports each step
 * and gives the view and the claim workbook's bytes.
 */
export interface ClaimRunner {
  run(
    request: ClaimRequest,
    onStep: OnStep
  ): Promise<{ view: ClaimView; bytes: Uint8Array; sheets: string[] }>;
}

export interface Generated {
  result: ClaimResult;
  /** The new sheets written in Excel; null where the host downloads instead. */
  written: string[] | null;
  /** Which of the written sheets is which (资助明细 or 资助明细(2)…); null where nothing was written. */
  names: ClaimSheetNames | null;
}

/** Whether the host writes the claim into the open workbook (Excel) rather than offering a file. */
export function writesSheets(host: PanelHost): boolean {
  return Boolean(host.insertSheets) && !host.download;
}

/** Refuses, with the clerk's message, choices the claim cannot be built from. */
export function checkChoices(choices: RosterChoice[]): void {
  const chosen = choices.filter((c) => c.checked);
  if (chosen.length === 0)
    throw new Error(
      choices.length === 0 ? "没有工作表：请先打开或粘贴花名册" : "请勾选至少一个花名册工作表"
    );
  const todo = unresolved(choices);
  if (todo.length > 0) throw new Error(todo.map((t) => t.message).join(" "));
}

/** Reads the chosen rosters, builds the claim and, in Excel, writes it as new sheets. */
export async function generateClaim(
  host: PanelHost,
  choices: RosterChoice[],
  o: GenerateOptions
): Promise<Generated> {
  checkChoices(choices);
  const chosen = choices.filter((c) => c.checked);
  const step = o.onStep ?? (() => undefined);
  const names = chosen.map((c) => c.name);
  step("read", 0);
  const sheets = await host.readSheets(names, (done, total) =>
    step("read", total > 0 ? done / total : 1, { done, total })
  );
  step("build", 0);
  await o.beforeBuild?.();
  const singleTier = o.policy.policy.tiers.length === 1;
  const input = coreInput(choices, sheets, singleTier);
  const result = buildClaim(input.sheets, o.policy, {
    date: o.date,
    supplied: o.supplied,
    sheets: names,
    mapping: input.mapping,
  });
  step("build", 1);
  let written: string[] | null = null;
  let sheetNames: ClaimSheetNames | null = null;
  if (writesSheets(host)) {
    // Names taken now (not when the list was read), hidden sheets too, so the core picks free ones.
    const existing = host.sheetNames
      ? await host.sheetNames()
      : (await host.listSheets(0)).map((s) => s.name);
    const wb = claimWorkbook(result, o.policy, {
      publicNotice: o.publicNotice,
      existingSheets: existing,
      supplied: o.supplied,
    });
    sheetNames = wb.names;
    written = await host.insertSheets!(wb.sheets, {
      exactNames: true,
      onProgress: (done, total) => step("write", total > 0 ? done / total : 1, { done, total }),
    });
  }
  step("write", 1);
  return { result, written, names: sheetNames };
}

/** The keys of the values a notice leaves open that rows were rejected for (OPEN_VALUE with its supplyKey), with row counts. */
export function openKeys(
  rejected: readonly RejectedRow[]
): { key: string; what: string; rows: number }[] {
  const out = new Map<string, { key: string; what: string; rows: number }>();
  for (const r of rejected) {
    if (r.code !== "OPEN_VALUE" || r.supplyKey === undefined) continue;
    const key = r.supplyKey;
    const entry = out.get(key) ?? { key, what: r.reason.replace(/。?请先确认.*$/, ""), rows: 0 };
    entry.rows++;
    out.set(key, entry);
  }
  return [...out.values()];
}
