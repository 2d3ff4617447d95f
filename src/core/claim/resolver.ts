/**
 * The premium resolver: a roster's category, tier and payment-date texts to the policy's
 * category, tier and day, and a category × tier × day to its amounts in integer fen, each
 * worked out once (premium() per combination, not per row) so a county's roster stays fast.
 */
import { cellDay, Day } from "../dates";
import type { CategoryModel, PolicyModel, Supplied } from "../policy/model";
import type { Tier } from "../policy/schema";
import { isRuleError } from "../rules/errors";
import { premium } from "../rules/premium";
import type { CellValue } from "../sheet/address";
import { isSubsidised, subsidisedCategories } from "./departments";
import type { RejectCode } from "./result";
import { FIELD_LABELS } from "./roster";

/** A category × tier × day's amounts, in fen. */
export interface Amounts {
  ok: true;
  standard: number; // fen
  subsidy: number;
  surcharge: number;
  personal: number;
  notes: string[];
}
export interface AmountError {
  ok: false;
  code: RejectCode;
  message: string;
  supplyKey?: string;
}

/** Yuan (a Decimal) to integer fen. */
export const fen = (d: { toNumber(): number }): number => Math.round(d.toNumber() * 100);
/** Fen to yuan; whole yuan stay small integers (kept inline by V8, not boxed). */
export const yuan = (f: number): number =>
  f % 100 === 0 && f < 2e11 && f > -2e11 ? Math.round(f / 100) : f / 100;

const SEPARATORS = /[、,，;；/／|]/;

export interface Resolved<T> {
  value?: T;
  code?: RejectCode;
  message?: string;
}

export class Resolver {
  private readonly cats = new Map<string, Resolved<CategoryModel>>();
  private readonly tiers = new Map<string, Resolved<Tier>>();
  private readonly dates = new Map<string, Day | null | undefined>();
  private readonly amountCache = new Map<
    CategoryModel,
    Map<Tier, Map<Day, Amounts | AmountError>>
  >();
  readonly singleTier: Tier | null;
  private readonly subsidisedList: string;

  constructor(
    private readonly policy: PolicyModel,
    private readonly supplied: Supplied | undefined
  ) {
    this.singleTier = policy.policy.tiers.length === 1 ? policy.policy.tiers[0] : null;
    this.subsidisedList = subsidisedCategories(policy)
      .map((c) => `“${c.name}”`)
      .join("、");
  }

  private lookupCategory(text: string): CategoryModel | undefined {
    return lookupCategory(this.policy, text);
  }

  category(text: string): Resolved<CategoryModel> {
    let r = this.cats.get(text);
    if (r) return r;
    if (text === "") {
      r = { code: "CATEGORY", message: `${FIELD_LABELS.category}为空` };
    } else {
      const c = this.lookupCategory(text);
      if (c && isSubsidised(c)) r = { value: c };
      else if (c) {
        r = {
          code: "NOT_SUBSIDISED",
          message: `“${c.name}”不属资助对象（${this.policy.label}资助标准表中没有这一类别）`,
        };
      } else {
        const parts = text
          .split(SEPARATORS)
          .map((s) => s.trim())
          .filter((s) => s !== "");
        const several =
          parts.length > 1 && parts.every((s) => this.lookupCategory(s) !== undefined);
        r = several
          ? {
              code: "CATEGORY",
              message: `一格只能填一个人员类别（本格有：${parts.join("、")}）。多重身份请分行填写，按就高身份计`,
            }
          : {
              code: "CATEGORY",
              message: `人员类别“${text}”不在${this.policy.label}资助标准表中。可填：${this.subsidisedList}`,
            };
      }
    }
    this.cats.set(text, r);
    return r;
  }

  tier(text: string): Resolved<Tier> {
    let r = this.tiers.get(text);
    if (r) return r;
    if (text === "") {
      r = this.singleTier
        ? { value: this.singleTier }
        : { code: "TIER", message: `${FIELD_LABELS.tier}为空` };
    } else {
      const p = this.policy;
      let t = p.tryTier(text);
      if (!t) {
        const bare = text
          .replace(/[（(][^）)]*[）)]/g, "")
          .replace(/元$/, "")
          .trim();
        t = p.tryTier(bare);
        if (!t && /^\d+(\.\d+)?$/.test(bare)) {
          // Some rosters give the tier by its personal contribution (400 / 775).
          const n = Number(bare);
          const byAmount = p.policy.tiers.filter((x) => x.personal.value === n);
          if (byAmount.length === 1) t = byAmount[0];
        }
      }
      if (t) r = { value: t };
      else {
        r = {
          code: "TIER",
          message: `参保档次“${text}”无法识别。${p.label}的档次有：${p.policy.tiers
            .map((x) => `${x.id}（个人缴费${x.personal.value}元）`)
            .join("、")}`,
        };
      }
    }
    this.tiers.set(text, r);
    return r;
  }

  /** A payment day from a cell (dates.ts's cellDay); text is read once per distinct text. */
  paid(v: CellValue): Day | null | undefined {
    if (typeof v !== "string") return cellDay(v);
    if (this.dates.has(v)) return this.dates.get(v);
    const d = cellDay(v);
    this.dates.set(v, d);
    return d;
  }

  amounts(c: CategoryModel, t: Tier, paid: Day): Amounts | AmountError {
    let byTier = this.amountCache.get(c);
    if (!byTier) this.amountCache.set(c, (byTier = new Map()));
    let byDay = byTier.get(t);
    if (!byDay) byTier.set(t, (byDay = new Map()));
    const cached = byDay.get(paid);
    if (cached) return cached;
    let a: Amounts | AmountError;
    try {
      const r = premium({
        policy: this.policy,
        tier: t.id,
        category: c.name,
        paid,
        year: this.policy.year,
        supplied: this.supplied,
      });
      a = {
        ok: true,
        standard: fen(r.standard),
        subsidy: fen(r.subsidy),
        surcharge: fen(r.fiscalSurcharge),
        personal: fen(r.personal),
        notes: [...r.notes],
      };
    } catch (e) {
      if (!isRuleError(e)) throw e;
      const code: RejectCode =
        e.code === "TIER_NOT_ALLOWED"
          ? "TIER_NOT_ALLOWED"
          : e.code === "OPEN_VALUE"
            ? "OPEN_VALUE"
            : "NOT_PAYABLE";
      a = { ok: false, code, message: e.message };
      if (code === "OPEN_VALUE" && e.supplyKey !== undefined) a.supplyKey = e.supplyKey;
    }
    byDay.set(paid, a);
    return a;
  }
}

/**
 * A category by its name or short form (policy aliases), then leniently: without a
 * parenthetical (特困人员（集中供养）), with or without 人员/对象/户/人口.
 */
export function lookupCategory(policy: PolicyModel, text: string): CategoryModel | undefined {
  let c = policy.tryCategory(text);
  if (c) return c;
  const bare = text.replace(/[（(][^）)]*[）)]/g, "").trim();
  if (bare !== text && bare !== "") {
    c = policy.tryCategory(bare);
    if (c) return c;
  }
  const base = bare || text;
  for (const suffix of ["人员", "对象", "户", "人口"]) {
    c = base.endsWith(suffix)
      ? policy.tryCategory(base.slice(0, -suffix.length))
      : policy.tryCategory(base + suffix);
    if (c) return c;
  }
  return undefined;
}
