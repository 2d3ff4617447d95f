/**
 * What is wrong with the 任务分解表 for grading from a match, said before the grades: the
 * table's own errors (as `targets` reports them: a village named twice, a blank target, a
 * wrong 合计 …), villages on the lists that the table lacks (not graded, not ranked), the
 * table's villages with nobody on the lists (a name spelt another way), and people whose
 * list gives no village.
 */
import { nameKey } from "../text";
import type { TargetReport } from "../targets/types";
import { NO_VILLAGE, type VillageStats } from "./villages";

export function targetIssues(report: TargetReport, villages: VillageStats[]): string[] {
  const where = `任务分解表“${report.sheet}”`;
  const out = report.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${where}${f.message}`);
  if (report.summary.headerRow < 0) return out;
  const units = new Set(report.summary.progress.map((u) => nameKey(u.unit)));
  const byKey = new Map(villages.map((v) => [nameKey(v.village), v]));
  for (const v of villages) {
    const [all] = v.rows;
    if (all.people === 0 && v.paidOutside === 0) continue;
    if (v.village === NO_VILLAGE)
      out.push(
        `名单中有 ${all.people} 人没有填写村（社区）（其中已缴 ${all.paid} 人），不计入任何村（社区）的完成率、评档和排名。请在名单中补上村（社区）。`
      );
    else if (!units.has(nameKey(v.village)))
      out.push(
        `“${v.village}”在名单中有 ${all.people} 人（已缴 ${all.paid + v.paidOutside} 人），${where}中没有这个村（社区），未评档、未排名。请在表中补上它的任务数，或核对村名的写法。`
      );
  }
  for (const u of report.summary.progress) {
    const v = byKey.get(nameKey(u.unit));
    if (!v || (v.rows[0].people === 0 && v.paidOutside === 0))
      out.push(
        `${where}中的“${u.unit}”在名单中一个人也没有，已缴按 0 人计。请核对名单中的村名写法是否与表中一致。`
      );
  }
  return out;
}
