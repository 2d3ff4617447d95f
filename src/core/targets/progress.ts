/**
 * Progress of each unit: people paid against its target and the milestone due by the date,
 * the low-income and poverty groups' rates, grade (A/B/C) and work fund.
 */
import { Decimal } from "../decimal";
import { Day, iso, toChinese, toIso } from "../dates";
import type { Citation } from "../policy/schema";
import { grade as gradeOf, milestoneDue, workFund } from "../rules/assessment";
import type { TargetCheckOptions, TargetSummary, UnitProgress } from "./types";
import { readCount, readRate } from "./cells";
import { add, type Ctx, type UnitRow } from "./findings";
import type { ColumnRole, TableLayout } from "./layout";
import { citeText, percentText as pct } from "./words";

/** Each group's keys, spelled out: Office Scripts' TypeScript 4.0 types `${group}Rate` as any string. */
const GROUP_KEYS = {
  lowIncome: { count: "lowIncomeCount", paid: "lowIncomePaid", rate: "lowIncomeRate" },
  poverty: { count: "povertyCount", paid: "povertyPaid", rate: "povertyRate" },
} as const;

function groupRate(
  ctx: Ctx,
  layout: TableLayout,
  u: UnitRow,
  group: "lowIncome" | "poverty",
  label: string,
  matched?: TargetCheckOptions["matched"]
): { rate: number | null; col: number | null } {
  const col = layout.columns;
  const keys = GROUP_KEYS[group];
  if (matched) {
    const m = matched[u.key];
    if (!m) return { rate: null, col: null };
    const n = m[keys.count];
    return { rate: n === 0 ? 1 : new Decimal(m[keys.paid]).div(n).toNumber(), col: null };
  }
  const rateCol = col[keys.rate];
  const countCol = col[keys.count];
  const paidCol = col[keys.paid];
  if (countCol !== undefined && paidCol !== undefined) {
    const n = readCount(ctx, u.row, countCol, `${u.name}的${label}人数`, true).value;
    const p = readCount(ctx, u.row, paidCol, `${u.name}的${label}已缴费人数`, true).value;
    if (n === null || p === null) return { rate: null, col: paidCol };
    return { rate: n === 0 ? 1 : new Decimal(p).div(n).toNumber(), col: paidCol };
  }
  if (rateCol !== undefined) {
    return {
      rate: readRate(ctx.rows[u.row]?.[rateCol], layout.percentHeader[keys.rate] ?? false),
      col: rateCol,
    };
  }
  return { rate: null, col: null };
}

export function progressOf(
  ctx: Ctx,
  layout: TableLayout,
  units: UnitRow[],
  populationOf: Map<number, number>,
  options: TargetCheckOptions,
  summary: TargetSummary
): UnitProgress[] {
  const notes = summary.notes!;
  const policy = options.policy;
  const matched = options.matched;
  if (matched)
    notes.push("已缴费人数和低收入人口、脱贫人口参保率取自参保比对结果，不用表中填写的数字。");
  const paidCol = layout.columns.paid ?? layout.columns.target!;
  const asOf: Day | undefined = options.asOf;
  let due: { share: number; by: string; basis: Citation[] } | null = null;
  if (policy && asOf !== undefined) {
    if ((policy.policy.milestones ?? []).length === 0) {
      notes.push(`${policy.label}的通知没有规定进度节点，未检查进度是否落后。`);
    } else {
      due = milestoneDue(policy, toIso(asOf));
      const list = policy.policy
        .milestones!.map((m) => `${toChinese(iso(m.by))}前完成${pct(m.share)}`)
        .join("，");
      notes.push(
        due
          ? `进度按${policy.label}的节点（${list}）${citeText(due.basis)}，截至 ${toIso(asOf)} 应完成 ${pct(due.share)}。`
          : `截至 ${toIso(asOf)} 还没有到${policy.label}的第一个进度节点（${list}），未判断是否落后。`
      );
    }
  } else if (!policy) {
    notes.push("未选择政策，只计算完成率，未对照进度节点、评档和工作经费。");
  } else {
    notes.push("未给出统计截至日期，未对照进度节点。");
  }
  summary.due = due ? { share: due.share, by: due.by } : null;

  const goals = policy?.policy.goals;
  const hasLow =
    !!matched ||
    ["lowIncomeRate", "lowIncomeCount"].some((r) => layout.columns[r as ColumnRole] !== undefined);
  const hasPoverty =
    !!matched ||
    ["povertyRate", "povertyCount"].some((r) => layout.columns[r as ColumnRole] !== undefined);
  const canGrade = !!policy?.policy.grading && hasLow && hasPoverty;
  const canFund = !!policy?.policy.workFunds;
  if (policy) {
    if (!policy.policy.grading) notes.push(`${policy.label}的通知没有A/B/C评档规定，未评档。`);
    else if (!canGrade)
      notes.push(
        "评档需要低收入人口和脱贫人口两项参保情况，表中缺少这两列（或其中一列），未评档。"
      );
    else
      notes.push(
        `评档按${policy.label}：面上完成率与低收入人口、脱贫人口参保率两项指标都完成为A档，完成一项为B档，都未完成为C档${citeText(policy.policy.grading.cite)}。`
      );
    if (!canFund) notes.push(`${policy.label}的通知没有工作经费规定，未计算工作经费。`);
    else
      notes.push(
        `工作经费按当前已缴费人数计算${citeText(policy.policy.workFunds!.cite)}，最终以集中征收期结束时的实际缴费人数为准。`
      );
  }

  // The group goals are for the end of the collection period (“在集中参保期内…完成”): before
  // that day the rates are reported but not flagged.
  const groupGoalsDue = !policy || asOf === undefined || asOf >= policy.collectionEnd;
  if (
    policy &&
    !groupGoalsDue &&
    (goals?.lowIncome || goals?.povertyAlleviated) &&
    (hasLow || hasPoverty)
  ) {
    notes.push(
      `低收入人口、脱贫人口参保率目标是集中参保期结束（${toChinese(policy.collectionEnd)}）时的要求，此前只列出参保率，不逐村提示。`
    );
  }
  let paidTotal = new Decimal(0);
  let fundTotal = new Decimal(0);
  let anyFund = false;
  const out: UnitProgress[] = [];
  // A unit named twice (DUPLICATE_UNIT) would take the same matched payers twice: it is
  // graded and ranked once, under its first row.
  const graded = new Set<string>();
  for (const u of units) {
    if (!u.name || u.target === null) continue;
    if (matched) {
      if (graded.has(u.key)) continue;
      graded.add(u.key);
    }
    const p = matched
      ? (matched[u.key]?.paid ?? 0)
      : readCount(ctx, u.row, paidCol, `${u.name}的已缴费人数`, true).value;
    if (p !== null) paidTotal = paidTotal.plus(p);
    const target = u.target;
    const rate = p !== null && target > 0 ? new Decimal(p).div(target) : null;
    const population = populationOf.get(u.row) ?? null;
    const progress: UnitProgress = {
      unit: u.name,
      row: u.row,
      target,
      paid: p,
      rate: rate ? rate.toNumber() : null,
      due: due ? due.share : null,
      behind: false,
      lowIncomeRate: null,
      povertyRate: null,
      grade: null,
      workFund: null,
      population,
      coverage: population ? new Decimal(target).div(population).toNumber() : null,
      shortfall: null,
    };
    if (due && p !== null) {
      const needed = new Decimal(target).times(due.share).ceil();
      progress.shortfall = Decimal.max(0, needed.minus(p)).toNumber();
      if (new Decimal(p).lt(new Decimal(target).times(due.share))) {
        progress.behind = true;
        add(
          ctx,
          "warning",
          "BEHIND_SCHEDULE",
          u.row,
          paidCol,
          `${u.name}已缴费 ${p} 人，完成 ${rate ? pct(rate) : "0%"}（任务 ${target}），低于${toChinese(iso(due.by))}前应完成的 ${pct(due.share)}${citeText(due.basis)}，还差 ${progress.shortfall} 人。`
        );
      }
    }
    const low = groupRate(ctx, layout, u, "lowIncome", "低收入人口", matched);
    const pov = groupRate(ctx, layout, u, "poverty", "脱贫人口", matched);
    progress.lowIncomeRate = low.rate;
    progress.povertyRate = pov.rate;
    const groupChecks = [
      { group: low, label: "低收入人口", code: "LOW_INCOME_GOAL" as const, goal: goals?.lowIncome },
      {
        group: pov,
        label: "脱贫人口",
        code: "POVERTY_GOAL" as const,
        goal: goals?.povertyAlleviated,
      },
    ];
    for (const { group, label, code, goal } of groupChecks) {
      if (!groupGoalsDue || !goal || group.rate === null) continue;
      if (new Decimal(group.rate).gte(goal.value)) continue;
      add(
        ctx,
        "warning",
        code,
        u.row,
        group.col ?? paidCol,
        `${u.name}的${label}参保率 ${pct(group.rate)}，未达到 ${pct(goal.value)} 的目标${citeText(goal.cite)}。`
      );
    }
    if (canGrade && rate && low.rate !== null && pov.rate !== null) {
      progress.grade = gradeOf(policy!, rate, low.rate, pov.rate).grade;
    }
    if (canFund && p !== null && target > 0) {
      const fund = workFund(policy!, target, p).total;
      progress.workFund = fund.toNumber();
      fundTotal = fundTotal.plus(fund);
      anyFund = true;
    }
    out.push(progress);
  }
  summary.paid = paidTotal.toNumber();
  summary.workFundTotal = anyFund ? fundTotal.toNumber() : null;
  return out;
}
