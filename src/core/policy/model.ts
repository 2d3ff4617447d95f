/**
 * A validated policy with its dates as day numbers and its names indexed, so that the
 * rules engine does lookups rather than parsing in the hot path.
 */
import { Decimal } from "../decimal";
import { Day, dayFromParts, iso } from "../dates";
import { readNumber } from "../numbers";
import { clip, nameKey, nameList } from "../text";
import { RuleError } from "../rules/errors";
import type { Cited } from "./types";
import type {
  BenefitException,
  Category,
  Citation,
  CitedMoney,
  OpenValue,
  Policy,
  Subsidy,
  Tier,
} from "./schema";

/** Values the user supplies for what a notice leaves open, by supplyKey. */
export type Supplied = Readonly<Record<string, string | number>>;

export interface CategoryModel extends Category {
  groupSet: ReadonlySet<string>;
}

export interface ExceptionModel extends BenefitException {
  from: Day | null;
  to: Day | null;
}

export function isOpen(value: unknown): value is OpenValue {
  return typeof value === "object" && value !== null && (value as { open?: unknown }).open === true;
}

export function openMessage(policy: PolicyModel, what: string, value: OpenValue): string {
  // In quotation marks only the notice's own words; the data's explanation goes beside them.
  const c = value.cite.find((x) => x.quote) ?? value.cite[0];
  const words = c.quote
    ? `写的是“${c.quote}”${value.reason.includes(c.quote) ? "" : `（${value.reason}）`}`
    : `：${value.reason}`;
  return (
    `${policy.policy.region.name}${policy.year}年度的${what}未定：${c.doc} ${c.clause} ${words}。` +
    // Words only: each front door adds its own way to give it (the CLI its --set key).
    "请先确认后自行提供：在“政策设置”中填写。"
  );
}

/** The OPEN_VALUE error for a value the notice leaves open, carrying the key it is supplied under. */
export function openValueError(
  policy: PolicyModel,
  what: string,
  value: OpenValue,
  after = ""
): RuleError {
  return new RuleError("OPEN_VALUE", openMessage(policy, what, value) + after, {
    supplyKey: value.supplyKey,
  });
}

export class PolicyModel {
  readonly policy: Policy;
  readonly id: string;
  /** Read from a clerk's 政策表 rather than shipped. */
  userTable = false;
  readonly year: number;
  readonly yearStart: Day;
  readonly yearEnd: Day;
  readonly collectionStart: Day;
  readonly collectionEnd: Day;
  readonly lastPayableDay: Day;
  readonly nextMonthFrom: Day | null;
  readonly nextMonthTo: Day | null;
  readonly waitFrom: Day;
  readonly surchargeFrom: Day;
  readonly exceptions: ExceptionModel[];
  readonly categories: CategoryModel[];
  private readonly categoryIndex = new Map<string, CategoryModel>();
  private readonly tierIndex = new Map<string, Tier>();

  constructor(policy: Policy) {
    this.policy = policy;
    this.id = policy.id;
    this.year = policy.year;
    this.yearStart = dayFromParts(policy.year, 1, 1)!;
    this.yearEnd = dayFromParts(policy.year, 12, 31)!;
    this.collectionStart = iso(policy.collection.start.value);
    this.collectionEnd = iso(policy.collection.end.value);
    this.lastPayableDay = iso(policy.lastPayableDay.value);
    this.nextMonthFrom = policy.nextMonthWindow ? iso(policy.nextMonthWindow.from) : null;
    this.nextMonthTo = policy.nextMonthWindow ? iso(policy.nextMonthWindow.to) : null;
    this.waitFrom = iso(policy.standardWait.from);
    this.surchargeFrom = iso(policy.surcharge.from);
    this.exceptions = policy.exceptions.map((e) => ({
      ...e,
      from: e.paidFrom ? iso(e.paidFrom) : null,
      to: e.paidTo ? iso(e.paidTo) : null,
    }));
    this.categories = policy.categories.map((c) => ({ ...c, groupSet: new Set(c.groups) }));
    this.checkReferences();
    for (const c of this.categories) {
      const former = (c.formerNames ?? []).flatMap((f) => f.names);
      for (const key of [c.name, ...c.aliases, ...former])
        this.index(this.categoryIndex, key, c, "类别");
    }
    for (const t of policy.tiers) {
      for (const key of [t.id, ...t.aliases]) this.index(this.tierIndex, key, t, "档次");
    }
  }

  private index<T>(map: Map<string, T>, key: string, value: T, what: string): void {
    const k = nameKey(key);
    const existing = map.get(k);
    if (existing !== undefined && existing !== value) {
      throw new Error(`政策 ${this.id}：${what}名称或简称“${key}”对应了两个${what}`);
    }
    map.set(k, value);
  }

  /** Cross-field rules zod cannot express: cited documents exist, tiers and categories named exist. */
  private checkReferences(): void {
    const docs = this.policy.documents;
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${path}.${i}`));
      else if (node && typeof node === "object") {
        const o = node as Record<string, unknown>;
        if (typeof o.doc === "string" && typeof o.clause === "string" && !docs[o.doc]) {
          throw new Error(`政策 ${this.id}：${path} 引用的文件“${o.doc}”不在 documents 中`);
        }
        for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
      }
    };
    visit(this.policy, this.id);
    const tierIds = new Set(this.policy.tiers.map((t) => t.id));
    for (const c of this.policy.categories) {
      for (const t of Object.keys(c.subsidy ?? {})) {
        if (!tierIds.has(t))
          throw new Error(`政策 ${this.id}：类别“${c.name}”的资助写了不存在的档次“${t}”`);
      }
    }
    const names = new Set(this.policy.categories.map((c) => c.name));
    for (const e of this.policy.exceptions) {
      for (const n of e.appliesTo.categories ?? []) {
        if (!names.has(n)) throw new Error(`政策 ${this.id}：例外“${e.id}”写了不存在的类别“${n}”`);
      }
    }
  }

  get label(): string {
    return `${this.policy.region.name}${this.year}年度`;
  }

  categoryNames(): string[] {
    return this.categories.map((c) => c.name);
  }

  tierNames(): string[] {
    return this.policy.tiers.map((t) => t.id);
  }

  /**
   * The region's villages and communities in its notice's order (石柱 附件1), with the
   * citation; null where the notice lists none. Lists by village follow this order.
   */
  villages(): Cited<string[]> | null {
    return this.policy.villages ?? null;
  }

  /**
   * Village names as they appear (a roster's order) put in the notice's order: those on its
   * list first, in the list's order (matched ignoring width and spaces), then the others as
   * they came. Without a list, the order they came in.
   */
  villageOrder(seen: Iterable<string>): string[] {
    const unique = [...new Set(seen)];
    const list = this.policy.villages?.value ?? [];
    const rank = new Map(list.map((v, i) => [nameKey(v), i] as [string, number]));
    const onList = unique.filter((v) => rank.has(nameKey(v)));
    onList.sort((a, b) => rank.get(nameKey(a))! - rank.get(nameKey(b))!);
    return [...onList, ...unique.filter((v) => !rank.has(nameKey(v)))];
  }

  /** Finds a category by its name or a short form, ignoring width and spaces. */
  findCategory(text: string): CategoryModel {
    const c = this.categoryIndex.get(text) ?? this.categoryIndex.get(nameKey(text));
    if (c) return c;
    throw new RuleError(
      "UNKNOWN_CATEGORY",
      `${this.label}没有“${text}”这一人员类别。本地区的类别有：${nameList(this.categoryNames())}`
    );
  }

  /** Why a former name (五保户) now means its category, where the text is one. */
  formerName(
    text: string
  ): { category: CategoryModel; reason: string; cite: Citation[] } | undefined {
    const key = nameKey(text);
    for (const c of this.categories) {
      for (const f of c.formerNames ?? []) {
        if (f.names.some((n) => nameKey(n) === key))
          return { category: c, reason: f.reason, cite: f.cite };
      }
    }
    return undefined;
  }

  tryCategory(text: string): CategoryModel | undefined {
    return this.categoryIndex.get(text) ?? this.categoryIndex.get(nameKey(text));
  }

  findTier(text: string): Tier {
    const t = this.tierIndex.get(text) ?? this.tierIndex.get(nameKey(text));
    if (t) return t;
    throw new RuleError(
      "UNKNOWN_TIER",
      `${this.label}没有“${text}”这一档次。本地区的档次有：${this.policy.tiers
        .map((x) => `${x.id}（个人缴费${x.personal.value}元）`)
        .join("、")}`
    );
  }

  tryTier(text: string): Tier | undefined {
    return this.tierIndex.get(text) ?? this.tierIndex.get(nameKey(text));
  }

  /** A money value, or the user's supplied one where the notice leaves it open. */
  money(
    value: CitedMoney | OpenValue,
    what: string,
    supplied?: Supplied
  ): { amount: Decimal; cite: Citation[] } {
    if (!isOpen(value)) return { amount: new Decimal(value.value), cite: value.cite };
    const given = supplied?.[value.supplyKey];
    if (given === undefined || given === "") throw openValueError(this, what, value);
    const amount = parseAmount(given);
    if (!amount) {
      throw new RuleError(
        "BAD_ARGUMENT",
        `提供的${what}“${clip(String(given))}”不是有效金额（应为0到${MAX_SUPPLIED_AMOUNT}之间的数字，元/人）。${SUPPLIED_LIMIT_REASON}`,
        { supplyKey: value.supplyKey }
      );
    }
    return { amount, cite: value.cite };
  }

  /** The subsidy one category gets at one tier, or a TIER_NOT_ALLOWED error naming the tiers it has. */
  subsidyOf(category: CategoryModel, tier: Tier): Subsidy | null {
    if (!category.subsidy) return null;
    const s = category.subsidy[tier.id];
    if (s) return s;
    const tiers = Object.keys(category.subsidy);
    throw new RuleError(
      "TIER_NOT_ALLOWED",
      `${this.label}的“${category.name}”只能参加${tiers.join("、")}，不能按${tier.id}资助参保`
    );
  }
}

/**
 * The most a supplied amount can be, in yuan per person and year: every standard, subsidy
 * and fiscal part in the notices is a few hundred yuan, so more than this is a slip
 * (an extra digit, a total typed for a per-person value), not an amount to compute with.
 */
export const MAX_SUPPLIED_AMOUNT = 10_000;

/** Why a supplied amount over MAX_SUPPLIED_AMOUNT is refused, as the clerk reads it. */
export const SUPPLIED_LIMIT_REASON = `通知没有规定上限；本程序以每人${MAX_SUPPLIED_AMOUNT}元为限，因为各通知的缴费标准、资助和财政补助都只有几百元，超过的多半是多打了一位数或把总额当成了每人的金额。`;

/**
 * A supplied amount, read as every number the clerk types is (core/numbers: no exponents,
 * no spaces between digits), from 0 to MAX_SUPPLIED_AMOUNT yuan; null otherwise.
 */
export function parseAmount(value: string | number): Decimal | null {
  const r = readNumber(value);
  if (!r.ok || r.percent || r.value < 0 || r.value > MAX_SUPPLIED_AMOUNT) return null;
  return new Decimal(typeof value === "string" ? String(r.value) : value);
}
