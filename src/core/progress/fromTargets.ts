/**
 * A target check's progress (a sheet with 已缴费, or one fed with matched counts) as the
 * entries of a 进度记录 snapshot, with the share due on its date: what `yibao match` records,
 * and what the target check and the 记录参保进度 Office Script can record the same way.
 */
import type { PolicyModel } from "../policy/model";
import { milestoneDue } from "../rules/assessment";
import type { TargetReport } from "../targets/types";
import type { ProgressEntry } from "./history";

export function progressEntries(report: TargetReport): ProgressEntry[] {
  return report.summary.progress
    .filter((u) => u.paid !== null)
    .map((u) => ({ village: u.unit, target: u.target, paid: u.paid as number }));
}

/** The share due by an ISO date under the policy's milestones, null before the first. */
export function dueOn(policy: PolicyModel, isoDate: string): number | null {
  return milestoneDue(policy, isoDate)?.share ?? null;
}
