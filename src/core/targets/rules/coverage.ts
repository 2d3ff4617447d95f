/** Population and coverage: a unit's target against its registered population and the coverage goal. */
import { Decimal } from "../../decimal";
import type { TargetCheckOptions, TargetSummary } from "../types";
import { readCount } from "../cells";
import { add, type Ctx, type UnitRow } from "../findings";
import type { TableLayout } from "../layout";
import { citeText, percentText as pct } from "../words";

/** Checks the population column, if any; returns each unit row's population. */
export function checkCoverage(
  ctx: Ctx,
  layout: TableLayout,
  units: UnitRow[],
  policy: TargetCheckOptions["policy"],
  summary: TargetSummary
): Map<number, number> {
  const col = layout.columns;
  const targetCol = col.target!;
  const notes = summary.notes!;
  const goals = policy?.policy.goals;
  const coverageGoal = goals?.overall?.value ?? null;
  summary.coverageGoal = coverageGoal;
  const populationOf = new Map<number, number>();
  if (col.population !== undefined) {
    const pc = col.population;
    let total = new Decimal(0);
    for (const u of units) {
      const p = readCount(ctx, u.row, pc, `${u.name ? u.name + "的" : ""}户籍人口`, true);
      if (p.value === null) continue;
      populationOf.set(u.row, p.value);
      total = total.plus(p.value);
      if (u.target === null) continue;
      if (u.target > p.value) {
        add(
          ctx,
          "warning",
          "ABOVE_POPULATION",
          u.row,
          targetCol,
          `${u.name}的任务数 ${u.target} 超过户籍人口 ${p.value}（多 ${u.target - p.value}）。请核对任务数或户籍人口。`
        );
      } else if (
        coverageGoal !== null &&
        p.value > 0 &&
        new Decimal(u.target).lt(new Decimal(p.value).times(coverageGoal))
      ) {
        const need = new Decimal(p.value).times(coverageGoal).ceil().toNumber();
        add(
          ctx,
          "warning",
          "BELOW_COVERAGE",
          u.row,
          targetCol,
          `${u.name}的任务数 ${u.target} ÷ 户籍人口 ${p.value} = ${pct(new Decimal(u.target).div(p.value))}，低于面上参保率目标 ${pct(coverageGoal)}${citeText(goals?.overall?.cite)}。按目标任务数至少应为 ${need}。`
        );
      }
    }
    summary.population = total.toNumber();
    if (coverageGoal === null) {
      notes.push(
        policy
          ? `${policy.label}的通知没有规定面上参保率目标，未检查覆盖率（任务数 ÷ 户籍人口）。`
          : "未选择政策，不知道面上参保率目标，未检查覆盖率（任务数 ÷ 户籍人口）。"
      );
    } else {
      notes.push(
        `覆盖率按任务数 ÷ 户籍人口计算，对照${policy!.label}面上参保率目标 ${pct(coverageGoal)}${citeText(goals?.overall?.cite)}。`
      );
    }
  }
  return populationOf;
}
