/**
 * What a resident pays for a tier, category and payment day:
 *   personal = standard − subsidy + fiscalSurcharge
 * where the surcharge is the fiscal subsidy a late payer must also pay.
 */
import { Decimal } from "../decimal";
import { Day, iso, toChinese } from "../dates";
import { CategoryModel, isOpen, PolicyModel, Supplied } from "../policy/model";
import type { Citation, Tier } from "../policy/schema";
import { RuleError } from "./errors";
import { assertDay, checkEvent } from "./event";
import { allowsLatePayment, ExceptionMatch, findException } from "./exceptions";
import { assertPayable, policyFor } from "./insuranceYear";

export interface PremiumQuery {
  policy: string | PolicyModel;
  tier: string;
  category: string;
  paid: Day;
  year?: number | null;
  /** The category's event day (birth for a newborn), where an exemption depends on it. */
  eventDate?: Day;
  /** The day the department identified the person (湖南: new cases after the period count next year). */
  identified?: Day;
  supplied?: Supplied;
}

/** The amounts of one payment, with what they rest on: the priced part a result carries. */
export interface Priced {
  standard: Decimal;
  subsidy: Decimal;
  fiscalSurcharge: Decimal;
  personal: Decimal;
  basis: readonly Citation[];
  notes: readonly string[];
}

export interface PremiumResult extends Priced {
  policy: string;
  year: number;
  tier: string;
  category: string;
}

interface Amounts {
  standard: Decimal;
  subsidy: Decimal;
  basis: Citation[];
  notes: string[];
}

const amountCache = new WeakMap<PolicyModel, Map<string, Amounts>>();

function standardOf(
  model: PolicyModel,
  tier: Tier,
  category: CategoryModel
): { amount: Decimal; cite: Citation[] } {
  if (category.kind !== "student")
    return { amount: new Decimal(tier.personal.value), cite: tier.personal.cite };
  if (!tier.student) {
    throw new RuleError(
      "NO_STUDENT_RATE",
      `${model.label}的通知没有规定大学生${tier.id}的缴费标准`
    );
  }
  return { amount: new Decimal(tier.student.value), cite: tier.student.cite };
}

/** Standard and subsidy depend only on policy, tier and category: computed once and kept. */
function amountsOf(
  model: PolicyModel,
  tier: Tier,
  category: CategoryModel,
  supplied?: Supplied
): Amounts {
  const cacheable = !supplied || Object.keys(supplied).length === 0;
  const key = `${tier.id}\u0000${category.name}`;
  let cache = amountCache.get(model);
  if (cacheable && cache?.has(key)) return cache.get(key)!;
  const standard = standardOf(model, tier, category);
  const basis = [...standard.cite];
  const notes: string[] = [];
  let subsidy = new Decimal(0);
  const entry = model.subsidyOf(category, tier);
  if (entry) {
    if (isOpen(entry)) {
      const perTier = supplied?.[`${entry.supplyKey}.${tier.id}`];
      const value = perTier !== undefined ? { [entry.supplyKey]: perTier } : supplied;
      subsidy = model.money(entry, `“${category.name}”${tier.id}资助标准`, value).amount;
      notes.push(`资助标准由用户提供（“${category.name}”${tier.id} ${subsidy}元）`);
    } else if (entry.kind === "full") {
      subsidy = standard.amount;
    } else {
      subsidy = new Decimal(entry.value);
    }
    basis.push(...entry.cite);
    if (subsidy.gt(standard.amount)) {
      throw new RuleError(
        "BAD_ARGUMENT",
        `“${category.name}”${tier.id}的资助${subsidy}元超过缴费标准${standard.amount}元`
      );
    }
  }
  const result = { standard: standard.amount, subsidy, basis, notes };
  if (cacheable) {
    if (!cache) amountCache.set(model, (cache = new Map()));
    cache.set(key, result);
  }
  return result;
}

/** Answers for one tier × category × surcharge case, kept so that a county's roster costs lookups, not arithmetic. */
const pricedCache = new WeakMap<PolicyModel, Map<CategoryModel, Map<string, Priced>>>();

function price(
  model: PolicyModel,
  tier: Tier,
  category: CategoryModel,
  q: PremiumQuery,
  surcharged: boolean,
  exempt: ExceptionMatch | null
): Priced {
  const amounts = amountsOf(model, tier, category, q.supplied);
  let subsidy = amounts.subsidy;
  const basis = [...amounts.basis];
  const notes = [...amounts.notes];

  const until = model.policy.newCasesSubsidisedUntil;
  if (q.identified !== undefined && until && subsidy.gt(0) && q.identified > iso(until.value)) {
    subsidy = new Decimal(0);
    basis.push(...until.cite);
    notes.push(`${toChinese(q.identified)}新认定的困难对象在集中缴费期之后，纳入下一年度资助范围`);
  }

  let fiscalSurcharge = new Decimal(0);
  if (surcharged && exempt) {
    basis.push(...exempt.exception.cite);
    if (exempt.assumedEvent)
      notes.push(`按“${exempt.exception.label}”计算（未提供事件日期，假定符合条件）`);
  } else if (surcharged) {
    const fiscal = model.money(model.policy.fiscalSubsidy, "财政补助标准", q.supplied);
    fiscalSurcharge = fiscal.amount;
    basis.push(...model.policy.surcharge.cite, ...fiscal.cite);
  }

  const personal = amounts.standard.minus(subsidy).plus(fiscalSurcharge);
  const minimum = model.policy.surcharge.minimum;
  if (fiscalSurcharge.gt(0) && minimum && personal.lt(minimum.value)) {
    throw new RuleError(
      "LATE_MINIMUM_CONFLICT",
      `${model.label}规定${toChinese(model.surchargeFrom)}起参保最低缴费${minimum.value}元/人` +
        `（${minimum.cite[0].doc} ${minimum.cite[0].clause}），而“${category.name}”${tier.id}按规则算得${personal}元；` +
        `通知未说明这类人员下半年如何缴费，请向县医保局确认`
    );
  }
  return {
    standard: amounts.standard,
    subsidy,
    fiscalSurcharge,
    personal,
    basis: Object.freeze(basis),
    notes: Object.freeze(notes),
  };
}

export function premium(q: PremiumQuery): PremiumResult {
  assertDay(q.paid, "缴费日期");
  assertDay(q.eventDate, "事件日期");
  assertDay(q.identified, "认定日期");
  const model = policyFor(q.policy, q.paid, q.year);
  const tier = model.findTier(q.tier);
  const category = model.findCategory(q.category);
  checkEvent(model, category, q.paid, q.eventDate);
  assertPayable(model, q.paid, allowsLatePayment(model, category, q.paid, q.eventDate));

  const surcharged = q.paid >= model.surchargeFrom && q.paid > model.collectionEnd;
  const exempt = surcharged
    ? findException(model, category, q.paid, q.eventDate, true, (e) => e.surchargeExempt)
    : null;
  const cacheable =
    (!q.supplied || Object.keys(q.supplied).length === 0) && q.identified === undefined;
  let priced: Priced;
  if (cacheable) {
    const state = surcharged
      ? exempt
        ? `${exempt.exception.id}${exempt.assumedEvent}`
        : "fiscal"
      : "";
    let byModel = pricedCache.get(model);
    if (!byModel) pricedCache.set(model, (byModel = new Map()));
    let byCategory = byModel.get(category);
    if (!byCategory) byModel.set(category, (byCategory = new Map()));
    const key = state === "" ? tier.id : `${tier.id}|${state}`;
    const hit = byCategory.get(key);
    priced = hit ?? price(model, tier, category, q, surcharged, exempt);
    if (!hit) byCategory.set(key, priced);
  } else {
    priced = price(model, tier, category, q, surcharged, exempt);
  }
  return {
    policy: model.id,
    year: model.year,
    tier: tier.id,
    category: category.name,
    standard: priced.standard,
    subsidy: priced.subsidy,
    fiscalSurcharge: priced.fiscalSurcharge,
    personal: priced.personal,
    basis: priced.basis,
    notes: priced.notes,
  };
}

/**
 * One of the two amounts that depend only on tier and category: the standard needs no
 * subsidy and no fiscal part, the subsidy no fiscal part, so a value the notice leaves open
 * for the other parts is not asked for (=YB.STANDARD of a late 低保 payer needs neither).
 */
export function premiumPart(q: PremiumQuery, part: "standard" | "subsidy"): Decimal {
  assertDay(q.paid, "缴费日期");
  assertDay(q.eventDate, "事件日期");
  const model = policyFor(q.policy, q.paid, q.year);
  const tier = model.findTier(q.tier);
  const category = model.findCategory(q.category);
  checkEvent(model, category, q.paid, q.eventDate);
  assertPayable(model, q.paid, allowsLatePayment(model, category, q.paid, q.eventDate));
  if (part === "standard") return standardOf(model, tier, category).amount;
  return amountsOf(model, tier, category, q.supplied).subsidy;
}
