/**
 * The steps of 参保比对 behind the button, without the DOM, so the task pane, the standalone
 * page and the tests run the same code: each sheet has a role (身份名单, 缴费名单, 任务分解表,
 * 上次的进度记录); the chosen sheets are read through the host (Excel: in blocks), the core
 * matches, and in Excel the results are written as new sheets and the progress sheets are
 * replaced with the chart; the standalone page offers one workbook to download instead.
 */
import { tryFindRoster, RosterError } from "../../core/claim/roster";
import type { Day } from "../../core/dates";
import { findPaidList } from "../../core/match/paidList";
import { runMatch, type MatchRun } from "../../core/match/run";
import type { PolicyModel, Supplied } from "../../core/policy/model";
import { PROGRESS_SHEET, type ProgressCell } from "../../core/progress/history";
import { CHART_SHEET } from "../../core/progress/sheets";
import type { SheetData } from "../../core/sheet/address";
import { locateTable } from "../../core/targets/check";
import type { OnProgress, PanelHost, SheetHead } from "../host";

export type MatchRole = "list" | "paid" | "targets" | "history" | "none";

export const ROLE_LABELS: Record<MatchRole, string> = {
  list: "身份名单 / 户籍花名册",
  paid: "缴费名单（税务导出）",
  targets: "任务分解表（附件1）",
  history: "上次的进度记录",
  none: "不用",
};

export interface SheetRole {
  name: string;
  rows: number;
  role: MatchRole;
  /** A sheet from a file added in the panel (the standalone page), held in memory. */
  data?: SheetData;
}

const OUTPUT =
  /^(比对汇总|分村统计|评档与工作经费|比对明细|未缴-|不在名单内|未通过|合并记录|进度图表)/;

/** A first guess at each sheet's role from its first rows; the clerk can change any. */
export function guessRole(head: SheetData): MatchRole {
  if (head.name === PROGRESS_SHEET) return "history";
  if (head.name === CHART_SHEET || OUTPUT.test(head.name)) return "none";
  if (locateTable(head.rows)) return "targets";
  const roster = tryFindRoster(head, { required: ["name", "id"] });
  const isRoster = !(roster instanceof RosterError);
  if (isRoster && roster.columns.category !== undefined) return "list";
  try {
    const p = findPaidList(head);
    if (p.amountCol !== null || p.table.columns.paidDate !== undefined) return "paid";
  } catch {
    // Not a paid list: a roster, or neither.
  }
  return isRoster ? "list" : "none";
}

export function rolesOf(heads: SheetHead[]): SheetRole[] {
  return heads.map((h) => ({ name: h.name, rows: h.rows, role: guessRole(h.head) }));
}

export interface MatchInHostOptions {
  policy: PolicyModel;
  date: Day;
  supplied?: Supplied;
  onRead?: OnProgress;
  /** Lets the page draw before the long synchronous match. */
  beforeMatch?: () => Promise<void>;
}

export interface Matched {
  run: MatchRun;
  /** Sheets written in Excel; null where the host downloads instead. */
  written: string[] | null;
}

export function writesSheets(host: PanelHost): boolean {
  return Boolean(host.insertSheets) && !host.download;
}

export async function matchInHost(
  host: PanelHost,
  roles: SheetRole[],
  o: MatchInHostOptions
): Promise<Matched> {
  const of = (r: MatchRole) => roles.filter((x) => x.role === r);
  if (of("list").length === 0) throw new Error("请把至少一个工作表设为“身份名单 / 户籍花名册”");
  if (of("paid").length !== 1)
    throw new Error("请把一个（且只一个）工作表设为“缴费名单（税务导出）”");
  if (of("targets").length > 1) throw new Error("任务分解表只能选一个工作表");
  if (of("history").length > 1) throw new Error("上次的进度记录只能选一个工作表");
  const fromHost = roles.filter((r) => r.role !== "none" && !r.data).map((r) => r.name);
  const read = fromHost.length > 0 ? await host.readSheets(fromHost, o.onRead) : [];
  const sheet = (r: SheetRole): SheetData => r.data ?? read.find((s) => s.name === r.name)!;
  const history = of("history")[0];
  await o.beforeMatch?.();
  const existing = writesSheets(host)
    ? ((await host.sheetNames?.()) ?? roles.map((r) => r.name))
    : [];
  const run = runMatch({
    lists: of("list").map(sheet),
    paid: sheet(of("paid")[0]),
    targets: of("targets").length > 0 ? sheet(of("targets")[0]) : null,
    history: history ? historyValues(sheet(history)) : null,
    policy: o.policy,
    date: o.date,
    supplied: o.supplied,
    existingSheets: existing.filter((n) => n !== PROGRESS_SHEET && n !== CHART_SHEET),
  });
  if (!writesSheets(host)) return { run, written: null };
  const written = await host.insertSheets!(run.sheets);
  if (host.writeProgress) {
    await host.writeProgress(run.progress, run.chart);
    written.push(...run.progress.map((s) => s.name));
  }
  return { run, written };
}

/** The workbook the standalone page offers: the match sheets, the progress sheets, the chart. */
export async function matchXlsx(run: MatchRun): Promise<Uint8Array> {
  const { writeXlsx } = await import("../../io/xlsxWriter");
  const { addLineCharts } = await import("../../io/xlsxChart");
  const bytes = await writeXlsx([...run.sheets, ...run.progress]);
  return run.chart ? addLineCharts(bytes, [run.chart]) : bytes;
}

function historyValues(s: SheetData): ProgressCell[][] {
  return s.rows.map((row) =>
    row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  );
}
