/**
 * When benefits start for a payment, and how many days the resident waits.
 *
 * Order: payable at all → paid in the collection period (benefits from 1 January) →
 * the policy's named exceptions in written order → the January–February rule →
 * the standard wait → the break penalty on top. Waiting days never go below 0: a
 * benefit that reaches back (a newborn from birth) has no wait.
 */
import { addDays, Day, firstOfNextMonth, toChinese } from "../dates";
import {
  CategoryModel,
  ExceptionModel,
  isOpen,
  openValueError,
  PolicyModel,
  Supplied,
} from "../policy/model";
import { WAIT_CHOICES } from "../policy/openValues";
import type { Citation } from "../policy/schema";
import { readCount } from "../numbers";
import { clip } from "../text";
import { RuleError } from "./errors";
import { assertDay, checkEvent, EVENT_NAMES } from "./event";
import { allowsLatePayment, findException } from "./exceptions";
import { assertPayable, policyFor } from "./insuranceYear";

export interface BenefitQuery {
  policy: string | PolicyModel;
  category: string;
  paid: Day;
  /** Birth (newborn), end of employee insurance (job loss), entry into a welfare institution. */
  eventDate?: Day;
  /** Years without enrolment immediately before this one. */
  breakYears?: number;
  /** Missed years paid for afterwards, each shortening the variable wait by a month. */
  repairYears?: number;
  year?: number | null;
  supplied?: Supplied;
}

export interface BenefitResult {
  policy: string;
  year: number;
  category: string;
  benefitStart: Day;
  waitDays: number;
  /** The rule that decided, in the clerk's words. */
  rule: string;
  basis: Citation[];
  notes: string[];
  /** Benefits would start after the insurance year has ended: the payment buys nothing this year. */
  beyondYearEnd: boolean;
}

const OPEN_CHOICES: Record<string, string> = Object.fromEntries(
  WAIT_CHOICES.map((c) => [c.value, c.label])
);

interface Decision {
  start: Day;
  rule: string;
  cite: Citation[];
  notes: string[];
  exempt: boolean;
}

function fromException(
  model: PolicyModel,
  e: ExceptionModel,
  paid: Day,
  event: Day | undefined,
  supplied?: Supplied
): Decision | null {
  let kind: string = e.effect.kind;
  const notes: string[] = e.remark ? [e.remark] : [];
  if (e.effect.kind === "open") {
    const given = supplied?.[e.effect.supplyKey];
    if (given === undefined || given === "") {
      throw openValueError(
        model,
        `“${e.label}”的待遇等待期`,
        { open: true, reason: e.effect.reason, supplyKey: e.effect.supplyKey, cite: e.cite },
        `（可选：${WAIT_CHOICES.map((c) => c.label).join("；")}）`
      );
    }
    kind = String(given);
    if (!(kind in OPEN_CHOICES)) {
      throw new RuleError(
        "BAD_ARGUMENT",
        `提供的“${e.label}”的待遇等待期“${clip(kind)}”无法识别，只能选：${WAIT_CHOICES.map((c) => c.label).join("；")}。`,
        { supplyKey: e.effect.supplyKey }
      );
    }
    notes.push(`等待期规则由用户提供：${OPEN_CHOICES[kind]}`);
    if (kind === "standard") {
      // Keep the note and the deferring clause: the answer rests on the user's choice.
      const d = standardRule(model, paid);
      return { ...d, cite: [...d.cite, ...e.cite], notes: [...notes, ...d.notes] };
    }
  }
  const rule = e.label;
  switch (kind) {
    case "fromEvent":
      return {
        start: Math.max(event ?? paid, model.yearStart),
        rule,
        cite: e.cite,
        notes,
        exempt: true,
      };
    case "fromPayment":
      return { start: Math.max(paid, model.yearStart), rule, cite: e.cite, notes, exempt: true };
    case "fromYearStart":
      return { start: model.yearStart, rule, cite: e.cite, notes, exempt: true };
    case "afterPayment": {
      const days = e.effect.kind === "afterPayment" ? e.effect.days : 0;
      return {
        start: Math.max(addDays(paid, days), model.yearStart),
        rule,
        cite: e.cite,
        notes,
        exempt: true,
      };
    }
    default:
      return null;
  }
}

function standardRule(model: PolicyModel, paid: Day): Decision {
  const p = model.policy;
  if (paid <= model.collectionEnd) {
    return {
      start: model.yearStart,
      rule: "集中缴费期内缴费",
      cite: p.collection.end.cite,
      notes: [],
      exempt: false,
    };
  }
  if (p.nextMonthWindow && paid >= model.nextMonthFrom! && paid <= model.nextMonthTo!) {
    return {
      start: firstOfNextMonth(paid),
      rule: "1月1日至2月底缴费，次月1日起享受",
      cite: p.nextMonthWindow.cite,
      notes: [],
      exempt: false,
    };
  }
  if (paid >= model.waitFrom) {
    return {
      start: addDays(paid, p.standardWait.days),
      rule: `集中缴费期后缴费，等待${p.standardWait.days}日`,
      cite: p.standardWait.cite,
      notes: [],
      exempt: false,
    };
  }
  throw new RuleError("NO_RULE", `${model.label}的政策没有覆盖${toChinese(paid)}缴费的情形`);
}

/** Days of wait for a break in enrolment (国办发〔2024〕38号 as the notices restate it). */
function breakPenaltyDays(
  model: PolicyModel,
  breakYears: number,
  repairYears: number,
  supplied?: Supplied
): { days: number; cite: Citation[]; notes: string[] } | null {
  const bp = model.policy.breakPenalty;
  if ("kind" in bp) {
    return { days: 0, cite: bp.cite, notes: [`${model.year}年度没有断保加长等待期的规定`] };
  }
  if (isOpen(bp)) throw openValueError(model, "断保待遇等待期", bp);
  const extraYears = Math.max(0, breakYears - bp.freeYears);
  let perYear = 0;
  const notes: string[] = [];
  if (extraYears > 0) {
    if (isOpen(bp.extraMonthPerYear)) {
      const given = supplied?.[bp.extraMonthPerYear.supplyKey];
      if (given === undefined || given === "") {
        throw openValueError(model, "每多断保1年增加的待遇等待期", bp.extraMonthPerYear);
      }
      const read = readCount(given, { max: 12 });
      if (!read.ok) {
        throw new RuleError(
          "BAD_ARGUMENT",
          `提供的每多断保1年增加的待遇等待期应为0到12的整数（月），而不是“${clip(String(given))}”（${read.reason}）。`,
          { supplyKey: bp.extraMonthPerYear.supplyKey }
        );
      }
      perYear = read.value;
      notes.push(`每多断保1年增加${perYear}个月，由用户提供`);
    } else {
      perYear = bp.extraMonthPerYear;
    }
  }
  const variable = Math.max(0, extraYears * perYear - repairYears);
  let months = bp.fixedMonths + variable;
  if (bp.maxMonths !== undefined) months = Math.min(months, bp.maxMonths);
  notes.push(
    `断保${breakYears}年：固定等待期${bp.fixedMonths}个月${variable ? `，变动等待期${variable}个月` : ""}，按每月${bp.daysPerMonth}日计`
  );
  return { days: months * bp.daysPerMonth, cite: bp.cite, notes };
}

function requireEvent(model: PolicyModel, category: CategoryModel, paid: Day, event?: Day): void {
  if (!category.event) return;
  const what = EVENT_NAMES[category.event];
  if (event === undefined) {
    throw new RuleError(
      "EVENT_DATE_REQUIRED",
      // Words only: each front door says where its user gives the date (the CLI its flag,
      // a function its argument).
      `计算“${category.name}”的待遇须提供${what}（事件日期）。`
    );
  }
  checkEvent(model, category, paid, event);
}

/** Years of break or repair: a person's lifetime at most, so an absurd count is an error. */
export const MAX_YEARS = 100;

export function benefit(q: BenefitQuery): BenefitResult {
  assertDay(q.paid, "缴费日期");
  assertDay(q.eventDate, "事件日期");
  const model = policyFor(q.policy, q.paid, q.year);
  const category = model.findCategory(q.category);
  const breakYears = q.breakYears ?? 0;
  const repairYears = q.repairYears ?? 0;
  if (
    !Number.isInteger(breakYears) ||
    breakYears < 0 ||
    breakYears > MAX_YEARS ||
    !Number.isInteger(repairYears) ||
    repairYears < 0 ||
    repairYears > MAX_YEARS
  ) {
    throw new RuleError("BAD_ARGUMENT", `断保年数和补缴年数应为0到${MAX_YEARS}之间的整数`);
  }
  requireEvent(model, category, q.paid, q.eventDate);
  assertPayable(model, q.paid, allowsLatePayment(model, category, q.paid, q.eventDate));

  let decision: Decision | null = null;
  if (q.paid > model.collectionEnd) {
    const match = findException(model, category, q.paid, q.eventDate, false);
    if (match) decision = fromException(model, match.exception, q.paid, q.eventDate, q.supplied);
  }
  decision = decision ?? standardRule(model, q.paid);

  const basis = [...decision.cite];
  const notes = [...decision.notes];
  let start = decision.start;
  let rule = decision.rule;
  if (breakYears > 0 && !decision.exempt) {
    const penalty = breakPenaltyDays(model, breakYears, repairYears, q.supplied);
    if (penalty) {
      basis.push(...penalty.cite);
      notes.push(...penalty.notes);
      const penaltyStart = addDays(q.paid, penalty.days);
      if (penaltyStart > start) {
        start = penaltyStart;
        rule = `未连续参保，等待${penalty.days}日`;
      }
    }
  }
  const beyondYearEnd = start > model.yearEnd;
  if (beyondYearEnd) {
    notes.push(
      `待遇开始日${toChinese(start)}已过${model.year}年度待遇期末（12月31日），本次缴费在${model.year}年度享受不到待遇`
    );
  }
  return {
    policy: model.id,
    year: model.year,
    category: category.name,
    benefitStart: start,
    waitDays: Math.max(0, start - q.paid),
    rule,
    basis,
    notes,
    beyondYearEnd,
  };
}
