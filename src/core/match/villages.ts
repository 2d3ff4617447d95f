/**
 * The match per village and group (分村分类统计): people on the lists, paid, rate, the
 * notice's goal and the gap in people; and the matched counts the target check takes for
 * 评档 and 工作经费 instead of typed numbers.
 *
 * Each person counts once per row kind: in 全体 and under the identity counted (就高身份);
 * in 低收入人口 / 脱贫人口 when any of the person's identities belongs to that group, since the
 * notices' rates are over everyone in the group.
 */
import { Decimal } from "../decimal";
import type { PolicyModel } from "../policy/model";
import type { Citation, Group } from "../policy/schema";
import { nameKey } from "../text";
import type { MatchedCount } from "../targets/types";
import type { MatchResult } from "./match";

export const NO_VILLAGE = "未注明村（社区）";
export const GENERAL = "普通居民";

export type StatKind = "all" | "group" | "category";

export interface GroupStat {
  kind: StatKind;
  /** 全体人员, 低收入人口, 脱贫人口, or the category's name. */
  label: string;
  people: number;
  paid: number;
  /** paid ÷ people, null when nobody is listed. */
  rate: number | null;
  goal: number | null;
  goalCite?: Citation[];
  /** People still to pay to reach the goal (0 when reached), null without a goal. */
  gap: number | null;
}

export interface VillageStats {
  village: string;
  rows: GroupStat[];
  /** Paid people outside every list whose payment names this village. */
  paidOutside: number;
}

export const GROUP_LABELS: Readonly<Partial<Record<Group, string>>> = {
  lowIncome: "低收入人口",
  povertyAlleviated: "脱贫人口",
};

interface Goal {
  value: number;
  cite: Citation[];
}

/** The notice's coverage goals (通知的参保率目标), read in one place. */
export function goalsOf(policy: PolicyModel): {
  overall?: Goal;
  lowIncome?: Goal;
  povertyAlleviated?: Goal;
} {
  return policy.policy.goals ?? {};
}

function stat(kind: StatKind, label: string, goal: Goal | undefined): GroupStat {
  return {
    kind,
    label,
    people: 0,
    paid: 0,
    rate: null,
    goal: goal ? goal.value : null,
    goalCite: goal?.cite,
    gap: null,
  };
}

function finish(s: GroupStat): void {
  s.rate = s.people > 0 ? new Decimal(s.paid).div(s.people).toNumber() : null;
  if (s.goal !== null)
    s.gap = Decimal.max(0, new Decimal(s.people).times(s.goal).ceil().minus(s.paid)).toNumber();
}

/**
 * Per village (in the order given, then as first met, 未注明 last): 全体, the two goal groups,
 * then each identity in the policy's order and 普通居民.
 */
export function villageStats(
  result: MatchResult,
  policy: PolicyModel,
  order: string[] = []
): VillageStats[] {
  const goals = goalsOf(policy);
  const byKey = new Map<string, { v: VillageStats; cats: Map<string, GroupStat> }>();
  const keyOrder: string[] = [];
  const get = (name: string) => {
    const shown = name || NO_VILLAGE;
    const k = nameKey(shown);
    let e = byKey.get(k);
    if (!e) {
      e = {
        v: {
          village: shown,
          rows: [
            stat("all", "全体人员", goals.overall),
            stat("group", GROUP_LABELS.lowIncome!, goals.lowIncome),
            stat("group", GROUP_LABELS.povertyAlleviated!, goals.povertyAlleviated),
          ],
          paidOutside: 0,
        },
        cats: new Map(),
      };
      byKey.set(k, e);
      keyOrder.push(k);
    }
    return e;
  };
  for (const name of order) get(name);
  const catGoal = new Map<string, Goal | undefined>();
  for (const c of policy.categories) {
    const gs = [
      c.groups.includes("lowIncome") ? goals.lowIncome : undefined,
      c.groups.includes("povertyAlleviated") ? goals.povertyAlleviated : undefined,
    ].filter((g): g is Goal => g !== undefined);
    catGoal.set(c.name, gs.sort((a, b) => b.value - a.value)[0]);
  }
  for (const p of result.people) {
    const e = get(p.village);
    const paid = p.status === "paid" ? 1 : 0;
    const [all, low, pov] = e.v.rows;
    all.people++;
    all.paid += paid;
    if (p.groups.includes("lowIncome")) {
      low.people++;
      low.paid += paid;
    }
    if (p.groups.includes("povertyAlleviated")) {
      pov.people++;
      pov.paid += paid;
    }
    const label = p.category || GENERAL;
    let c = e.cats.get(label);
    if (!c) e.cats.set(label, (c = stat("category", label, catGoal.get(label))));
    c.people++;
    c.paid += paid;
  }
  for (const pay of result.outside) if (pay.village) get(pay.village).v.paidOutside++;
  const catOrder = new Map(policy.categories.map((c, i) => [c.name, i]));
  const noVillage = nameKey(NO_VILLAGE);
  const keys = keyOrder.filter((k) => k !== noVillage);
  if (byKey.has(noVillage)) keys.push(noVillage);
  return keys.map((k) => {
    const e = byKey.get(k)!;
    const rank = (label: string): number =>
      label === GENERAL ? 2e9 : (catOrder.get(label) ?? 1e9);
    const cats = [...e.cats.values()].sort((a, b) => rank(a.label) - rank(b.label));
    const rows = [...e.v.rows, ...cats];
    rows.forEach((v) => finish(v));
    return { ...e.v, rows };
  });
}

/** The whole township's figures: the villages' rows added up label by label. */
export function totalStats(villages: VillageStats[], label: string): VillageStats {
  const rows = new Map<string, GroupStat>();
  let outside = 0;
  for (const v of villages) {
    outside += v.paidOutside;
    for (const r of v.rows) {
      let t = rows.get(r.label);
      if (!t) rows.set(r.label, (t = { ...r, people: 0, paid: 0 }));
      t.people += r.people;
      t.paid += r.paid;
    }
  }
  const list = [...rows.values()];
  list.forEach((v) => finish(v));
  return { village: label, rows: list, paidOutside: outside };
}

/**
 * What the target check takes instead of typed numbers, per village (by name key): people
 * paid (on the lists, plus those outside the lists whose payment names the village) and the
 * two groups' head counts and paid.
 */
export function matchedCounts(villages: VillageStats[]): Record<string, MatchedCount> {
  const out: Record<string, MatchedCount> = {};
  for (const v of villages) {
    const [all, low, pov] = v.rows;
    out[nameKey(v.village)] = {
      paid: all.paid + v.paidOutside,
      lowIncomeCount: low.people,
      lowIncomePaid: low.paid,
      povertyCount: pov.people,
      povertyPaid: pov.paid,
    };
  }
  return out;
}

/**
 * A village's 低收入人口 and 脱贫人口 rates as 评档 shows them, for the workbook, the CLI and the
 * page alike: null ("—") where the lists have nobody of the group. 评档 counts such a group as
 * met, so the target check's rate there is 100 %, which would read as if everyone had paid.
 */
export function gradedRates(
  villages: VillageStats[],
  unit: string,
  rates: { lowIncomeRate: number | null; povertyRate: number | null }
): { lowIncome: number | null; poverty: number | null; noneInGroup: boolean } {
  const v = villages.find((x) => nameKey(x.village) === nameKey(unit));
  const shown = (s: GroupStat | undefined, rate: number | null): number | null =>
    s && s.people === 0 ? null : rate;
  const lowIncome = shown(v?.rows[1], rates.lowIncomeRate);
  const poverty = shown(v?.rows[2], rates.povertyRate);
  const noneInGroup = v?.rows[1]?.people === 0 || v?.rows[2]?.people === 0;
  return { lowIncome, poverty, noneInGroup };
}
