/**
 * The rows of a 政策表: every value of one resolved policy that a notice sets for its year,
 * each under a Chinese label made from the region's own names (its tiers, categories and
 * exceptions). The table is read back by these labels against the region's shipped policy,
 * which gives what a notice does not restate each year (short names, groups, which
 * categories an exception covers); so no key or code has to sit in a cell.
 */
import type { Category, Policy } from "../types";

/** How a row's 值 is written and read. */
export type FieldType =
  | "money"
  /** A money node: an amount, or 未定 (an open value whose reason is the row's 说明). */
  | "moneyOrOpen"
  /** A category's subsidy node: an amount, 全额资助, or 未定. */
  | "subsidy"
  | "date"
  | "count"
  | "share"
  /** A share, or 不设上限 (null). */
  | "shareOrNone"
  | "text"
  /** Names separated by 、. */
  | "list"
  | "bool"
  /** A rule with one form only (按最高身份资助): its words, or blank to drop it. */
  | "constant"
  /** An exception's effect, in words, or 未定. */
  | "effect"
  | "eventYear"
  /** A whole number of months, or 未定 (an open value). */
  | "monthsOrOpen";

export type Path = readonly (string | number)[];

export interface Field {
  section: string;
  label: string;
  /** The object the value sits in (for moneyOrOpen and subsidy: the value node itself). */
  path: Path;
  /** The property that holds the value; unused where the node is the value. */
  prop: string;
  type: FieldType;
  /** This row carries the node's citations (文号, 条款, 原文) and its note (说明). */
  cites: boolean;
  /** Where the 说明 of a citing row is kept (default note; an exception's is its remark). */
  noteProp?: string;
  /** Blank drops the value (or the node, for a citing row); a required one must be written. */
  optional: boolean;
  /** The tier an amount belongs to: a quote naming several tiers is read after this one's name. */
  tier?: string;
  /** The value must be written in its quote (money in yuan, a goal as a percentage). */
  amount?: "money" | "percent";
  /** A required row whose value may be blank (a category's 认定部门): the row itself must be there. */
  blankOk?: boolean;
  /** For constant: the words shown. */
  words?: string;
}

export const SECTIONS = {
  basic: "基本信息",
  standards: "缴费标准和财政补助",
  subsidies: "各类人员资助标准",
  dates: "缴费期和待遇享受",
  exceptions: "例外规定",
  breakPenalty: "断保等待期",
  work: "工作目标和进度",
} as const;

export const REGION_LABEL = "地区";
export const YEAR_LABEL = "参保年度";

export const EFFECT_WORDS = {
  fromEvent: "自事件之日起享受待遇",
  fromPayment: "自缴费之日起享受待遇",
  fromYearStart: "自当年1月1日起享受待遇",
} as const;
export const AFTER_PAYMENT = (days: number): string => `缴费后${days}天起享受待遇`;
export const EVENT_YEAR_WORDS = { same: "本年度", previous: "上一年度" } as const;
export const OPEN_WORD = "未定";
export const FULL_WORD = "全额资助";
export const NO_LIMIT_WORD = "不设上限";
export const CONSTANT_WORDS = {
  highest: "同一人有多重身份的，按最高身份资助一次",
  beforeBenefitStart: "待遇享受期开始前可申请退费",
} as const;

function categoryFields(c: Category, i: number): Field[] {
  const s = SECTIONS.subsidies;
  const out: Field[] = [
    {
      section: s,
      label: `人员类别：${c.name}（认定部门）`,
      path: ["categories", i],
      prop: "department",
      type: "text",
      cites: true,
      optional: false,
      blankOk: true,
    },
  ];
  for (const tier of Object.keys(c.subsidy ?? {})) {
    out.push({
      section: s,
      label: `${c.name} ${tier}资助`,
      path: ["categories", i, "subsidy", tier],
      prop: "value",
      type: "subsidy",
      cites: true,
      optional: false,
      tier,
      amount: "money",
    });
  }
  return out;
}

function exceptionFields(p: Policy): Field[] {
  const s = SECTIONS.exceptions;
  return p.exceptions.flatMap((e, i) => {
    const at = ["exceptions", i];
    const row = (label: string, prop: string, type: FieldType, optional = true): Field => ({
      section: s,
      label: `${e.label}：${label}`,
      path: at,
      prop,
      type,
      cites: false,
      optional,
    });
    const out: Field[] = [
      {
        section: s,
        label: `${e.label}：享受待遇`,
        path: at,
        prop: "effect",
        type: "effect",
        cites: true,
        noteProp: "remark",
        optional: false,
      },
    ];
    if (e.paidFrom !== undefined) out.push(row("缴费起始日", "paidFrom", "date"));
    if (e.paidTo !== undefined) out.push(row("缴费截止日", "paidTo", "date"));
    if (e.withinDaysOfEvent !== undefined)
      out.push(row("事件后多少天内缴费", "withinDaysOfEvent", "count"));
    if (e.eventYear !== undefined) out.push(row("事件所在年度", "eventYear", "eventYear"));
    out.push(row("免缴财政补助", "surchargeExempt", "bool", false));
    if (e.allowsAfterLastPayableDay !== undefined)
      out.push(row("最迟缴费日后仍可缴费", "allowsAfterLastPayableDay", "bool"));
    return out;
  });
}

function breakPenaltyFields(p: Policy): Field[] {
  const s = SECTIONS.breakPenalty;
  const bp = p.breakPenalty;
  const at = ["breakPenalty"];
  if ("open" in bp || "kind" in bp) {
    return [
      {
        section: s,
        label: "断保后待遇等待期",
        path: at,
        prop: "kind",
        type: "constant",
        words: "open" in bp ? OPEN_WORD : "不设等待期",
        cites: true,
        optional: false,
      },
    ];
  }
  const row = (label: string, prop: string, type: FieldType, cites = false, optional = false) =>
    ({ section: s, label, path: at, prop, type, cites, optional }) as Field;
  const out = [
    row("断保后固定等待期（月）", "fixedMonths", "count", true),
    // Its citations are its own when it is open (an open value cites where the notice defers).
    row("每多断保1年增加等待期（月）", "extraMonthPerYear", "monthsOrOpen"),
    row("不计断保的年数", "freeYears", "count"),
    row("每月按多少天计", "daysPerMonth", "count"),
  ];
  if (bp.maxMonths !== undefined)
    out.push(row("等待期最长（月）", "maxMonths", "count", false, true));
  if (bp.maxRepairYears !== undefined)
    out.push(row("最多补缴年数", "maxRepairYears", "count", false, true));
  return out;
}

function workFields(p: Policy): Field[] {
  const s = SECTIONS.work;
  const out: Field[] = [];
  const cited = (label: string, path: Path, type: FieldType, amount?: "money" | "percent") =>
    out.push({ section: s, label, path, prop: "value", type, cites: true, optional: true, amount });
  const goalNames = {
    overall: "总体参保率目标",
    lowIncome: "农村低收入人口参保率目标",
    povertyAlleviated: "脱贫人口参保率目标",
  };
  for (const k of ["overall", "lowIncome", "povertyAlleviated"] as const)
    if (p.goals?.[k]) cited(goalNames[k], ["goals", k], "share", "percent");
  (p.milestones ?? []).forEach((_, i) => {
    out.push({
      section: s,
      label: `进度要求${i + 1}：截止日期`,
      path: ["milestones", i],
      prop: "by",
      type: "date",
      cites: true,
      optional: false,
    });
    out.push({
      section: s,
      label: `进度要求${i + 1}：完成比例`,
      path: ["milestones", i],
      prop: "share",
      type: "share",
      cites: false,
      optional: false,
    });
  });
  if (p.workFunds) {
    const bands = p.workFunds.bands;
    bands.forEach((_, i) => {
      const at = ["workFunds", "bands", i];
      const row = (label: string, prop: string, type: FieldType, amount?: "money"): Field => ({
        section: s,
        label: `工作经费第${i + 1}档：${label}`,
        path: at,
        prop,
        type,
        cites: false,
        optional: false,
        amount,
      });
      out.push(
        row("完成率自", "from", "share"),
        row("完成率至", "to", "shareOrNone"),
        row("每人（元）", "perPerson", "money", "money")
      );
    });
    out.push({
      section: s,
      label: "工作经费：全部完成奖励（元）",
      path: ["workFunds"],
      prop: "fullBonus",
      type: "money",
      cites: true,
      optional: false,
      amount: "money",
    });
  }
  if (p.grading) {
    const row = (label: string, prop: string, cites: boolean): Field => ({
      section: s,
      label: `考核：${label}`,
      path: ["grading"],
      prop,
      type: "share",
      cites,
      optional: false,
    });
    out.push(
      row("总体参保率", "overallShare", true),
      row("农村低收入人口参保率", "lowIncomeShare", false),
      row("脱贫人口参保率", "povertyAlleviatedShare", false)
    );
  }
  if (p.reporting) cited("报送要求", ["reporting"], "text");
  if (p.publicNotice) {
    out.push({
      section: s,
      label: "公示内容",
      path: ["publicNotice"],
      prop: "fields",
      type: "list",
      cites: true,
      optional: false,
    });
    out.push({
      section: s,
      label: "公示身份证号后几位",
      path: ["publicNotice"],
      prop: "idDigits",
      type: "count",
      cites: false,
      optional: false,
    });
  }
  if (p.villages) cited("村（社区）名单（按通知顺序，用“、”隔开）", ["villages"], "list");
  return out;
}

/** Every row of a policy's 政策表, in the order written. */
export function policyFields(p: Policy): Field[] {
  const out: Field[] = [];
  const std = SECTIONS.standards;
  for (const [i, t] of p.tiers.entries()) {
    out.push({
      section: std,
      label: `${t.id}个人缴费标准（元）`,
      path: ["tiers", i, "personal"],
      prop: "value",
      type: "money",
      cites: true,
      optional: false,
      tier: t.id,
      amount: "money",
    });
    if (t.student)
      out.push({
        section: std,
        label: `${t.id}在校大学生个人缴费标准（元）`,
        path: ["tiers", i, "student"],
        prop: "value",
        type: "money",
        cites: true,
        optional: true,
        tier: t.id,
        amount: "money",
      });
  }
  out.push({
    section: std,
    label: "财政补助标准（元）",
    path: ["fiscalSubsidy"],
    prop: "value",
    type: "moneyOrOpen",
    cites: true,
    optional: false,
    amount: "money",
  });
  if (p.catastrophicDeductible)
    out.push({
      section: std,
      label: "大病保险起付线（元）",
      path: ["catastrophicDeductible"],
      prop: "value",
      type: "money",
      cites: true,
      optional: true,
      amount: "money",
    });

  p.categories.forEach((c, i) => out.push(...categoryFields(c, i)));

  const d = SECTIONS.dates;
  const date = (
    label: string,
    path: Path,
    prop = "value",
    cites = true,
    optional = false
  ): Field => ({ section: d, label, path, prop, type: "date", cites, optional });
  out.push(date("集中缴费期开始日", ["collection", "start"]));
  if (p.collection.start.text !== undefined)
    out.push({
      section: d,
      label: "集中缴费期开始（通知原话）",
      path: ["collection", "start"],
      prop: "text",
      type: "text",
      cites: false,
      optional: true,
    });
  out.push(date("集中缴费期结束日", ["collection", "end"]));
  if (p.nextMonthWindow) {
    out.push(date("次月起享受待遇：缴费起始日", ["nextMonthWindow"], "from"));
    out.push(date("次月起享受待遇：缴费截止日", ["nextMonthWindow"], "to", false));
  }
  out.push(date("设待遇等待期的缴费起始日", ["standardWait"], "from"));
  out.push({
    section: d,
    label: "待遇等待期（天）",
    path: ["standardWait"],
    prop: "days",
    type: "count",
    cites: false,
    optional: false,
  });
  out.push(date("须另缴财政补助的缴费起始日", ["surcharge"], "from"));
  if (p.surcharge.minimum)
    out.push({
      section: d,
      label: "须另缴财政补助时的最低缴费（元）",
      path: ["surcharge", "minimum"],
      prop: "value",
      type: "money",
      cites: true,
      optional: true,
      amount: "money",
    });
  out.push(date("最迟缴费日", ["lastPayableDay"]));
  if (p.newCasesSubsidisedUntil)
    out.push(
      date("新增困难人员当年资助的认定截止日", ["newCasesSubsidisedUntil"], "value", true, true)
    );
  out.push({
    section: d,
    label: "多重身份",
    path: ["multipleIdentities"],
    prop: "rule",
    type: "constant",
    words: CONSTANT_WORDS.highest,
    cites: true,
    optional: false,
  });
  if (p.refund)
    out.push({
      section: d,
      label: "退费",
      path: ["refund"],
      prop: "rule",
      type: "constant",
      words: CONSTANT_WORDS.beforeBenefitStart,
      cites: true,
      optional: true,
    });

  out.push(...exceptionFields(p), ...breakPenaltyFields(p), ...workFields(p));
  return out;
}

export function nodeAt(root: unknown, path: Path): Record<string, unknown> | undefined {
  let n: unknown = root;
  for (const k of path) {
    if (n === null || typeof n !== "object") return undefined;
    n = (n as Record<string | number, unknown>)[k];
  }
  return n !== null && typeof n === "object" ? (n as Record<string, unknown>) : undefined;
}

export function pathKey(path: Path): string {
  return path.join("\u0000");
}
