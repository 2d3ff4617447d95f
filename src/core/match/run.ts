/**
 * One match as every front door runs it (CLI, taskpane, standalone page): match, the village
 * figures, the target check on the matched counts, the progress snapshot for the report
 * date, and the sheets to write.
 */
import { Day, toIso } from "../dates";
import type { PolicyModel, Supplied } from "../policy/model";
import {
  recordProgress,
  readProgress,
  type ProgressCell,
  type ProgressEntry,
  type ProgressHistory,
} from "../progress/history";
import { chartSheet, progressSheet, type LineChartSpec } from "../progress/sheets";
import { dueOn, progressEntries } from "../progress/fromTargets";
import type { SheetData } from "../sheet/address";
import type { SheetSpec } from "../sheet/spec";
import { checkTargets } from "../targets/check";
import type { TargetReport } from "../targets/types";
import { matchPaid, type MatchResult } from "./match";
import { targetIssues } from "./targetIssues";
import { matchedCounts, villageStats, type VillageStats } from "./villages";
import { matchWorkbook } from "./workbook";

export interface MatchInput {
  lists: SheetData[];
  paid: SheetData;
  /** The target sheet (任务分解表 / 附件1), for completion, 评档 and 工作经费. */
  targets?: SheetData | null;
  /** The 进度记录 sheet's values so far (from the workbook, or the last report's file). */
  history?: ProgressCell[][] | null;
  policy: PolicyModel;
  date: Day;
  supplied?: Supplied;
  paidIdColumn?: string;
  existingSheets?: string[];
}

export interface MatchRun {
  result: MatchResult;
  villages: VillageStats[];
  targets: TargetReport | null;
  /** What is wrong with the target sheet for grading, in Chinese (empty when nothing is). */
  targetIssues: string[];
  /** Share due on the date (milestone), null when none has fallen due or the policy has none. */
  due: number | null;
  entries: ProgressEntry[];
  progressValues: ProgressCell[][];
  history: ProgressHistory;
  sheets: SheetSpec[];
  /** The progress sheets (进度记录, 进度图表) and the chart over 进度图表. */
  progress: SheetSpec[];
  chart: LineChartSpec | null;
}

export function runMatch(input: MatchInput): MatchRun {
  const { policy } = input;
  const result = matchPaid(input.lists, input.paid, policy, {
    supplied: input.supplied,
    paidIdColumn: input.paidIdColumn,
  });
  let targets: TargetReport | null = null;
  let villages = villageStats(result, policy);
  if (input.targets) {
    targets = checkTargets(input.targets, {
      policy,
      asOf: input.date,
      matched: matchedCounts(villages),
    });
    // The villages in the target sheet's order, then any the sheet does not have.
    villages = villageStats(
      result,
      policy,
      targets.summary.progress.map((u) => u.unit)
    );
  }
  const issues = targets ? targetIssues(targets, villages) : [];
  const iso = toIso(input.date);
  const due = dueOn(policy, iso);
  const entries: ProgressEntry[] = targets
    ? progressEntries(targets)
    : villages.map((v) => ({
        village: v.village,
        target: v.rows[0].people,
        paid: v.rows[0].paid + v.paidOutside,
      }));
  const progressValues = recordProgress(input.history ?? [], iso, entries, due);
  const history = readProgress(progressValues);
  const sheets = matchWorkbook(result, policy, {
    date: iso,
    villages,
    targets,
    targetIssues: issues,
    existingSheets: input.existingSheets,
    notes: targets ? [] : ["未提供任务分解表：进度记录的“任务数”为名单人数。"],
  });
  const chart = chartSheet(history, `${policy.label}各村（社区）参保进度`);
  return {
    result,
    villages,
    targets,
    targetIssues: issues,
    due,
    entries,
    progressValues,
    history,
    sheets,
    progress: [progressSheet(history), chart.spec],
    chart: chart.chart,
  };
}
