/**
 * The shape of a resolved policy as plain TypeScript types. schema.ts validates the data with
 * zod and is checked at compile time to describe exactly these types; the rules engine and
 * everything that embeds it (the Office Scripts, which carry no third-party code) use these.
 */

export interface Citation {
  /** Document number as printed, e.g. 潼医保发〔2024〕33号; must be listed in `documents`. */
  doc: string;
  /** Clause or attachment, e.g. 二（三） or 附件2. */
  clause: string;
  /** Words of the notice that carry the value (checked against the source text in tests). */
  quote?: string;
}

/** A value the notice defers ("按国家规定执行", "另行制定"): the user must supply it. */
export interface OpenValue {
  open: true;
  /** What the notice says instead of a value. */
  reason: string;
  /** The key under which a user supplies the value (CLI --set KEY=VALUE, workbook setting). */
  supplyKey: string;
  cite: Citation[];
}

export interface Cited<T> {
  value: T;
  cite: Citation[];
  note?: string;
}

export type CitedMoney = Cited<number>;

export interface CitedDate extends Cited<string> {
  /** The notice's own words when it names no exact day (e.g. 2024年9月中旬). */
  text?: string;
}

export interface PolicyDocument {
  /** The seed file under shared/seeds; absent for national documents a notice defers to. */
  file?: string;
  title: string;
  issuer: string;
  date?: string;
  /** The insurance year the document is for (a 2024 notice sets up the 2025 year). */
  year: number;
  /** A standing rule that notices of later years defer to without carrying it over. */
  standing?: boolean;
}

export interface Tier {
  id: string;
  aliases: string[];
  personal: CitedMoney;
  /** 在渝高校大学生 rate, where the notice gives one. */
  student?: CitedMoney;
}

/** Groups that rules and goals refer to, independent of each notice's wording of the category. */
export type Group =
  | "lowIncome"
  | "povertyAlleviated"
  | "newborn"
  | "student"
  | "jobLoss"
  | "welfareChild"
  | "reconnect";

export type Subsidy =
  | (CitedMoney & { kind: "amount" })
  /** The tier's whole personal contribution ("全额资助"). */
  | { kind: "full"; cite: Citation[]; note?: string }
  | OpenValue;

export interface Category {
  name: string;
  aliases: string[];
  kind: "ordinary" | "student" | "newborn" | "special" | "subsidised";
  department?: string;
  groups: Group[];
  /** Per tier id; a tier missing here is not available to the category. */
  subsidy?: Record<string, Subsidy>;
  /** Names clerks still use although the rules renamed the category (五保户 → 特困人员). */
  formerNames?: { names: string[]; reason: string; cite: Citation[] }[];
  /** Which event the category's rules count from. */
  event?: "birth" | "jobLoss" | "welfareEntry";
  cite: Citation[];
  note?: string;
}

export interface Selector {
  groups?: Group[];
  categories?: string[];
}

export type ExceptionEffect =
  | { kind: "fromEvent" }
  | { kind: "fromPayment" }
  | { kind: "fromYearStart" }
  | { kind: "afterPayment"; days: number }
  | { kind: "open"; reason: string; supplyKey: string };

/** A named exception to the ordinary benefit-start rules (see schema.ts for each field). */
export interface BenefitException {
  id: string;
  label: string;
  appliesTo: Selector;
  paidFrom?: string;
  paidTo?: string;
  withinDaysOfEvent?: number;
  eventYear?: "same" | "previous";
  effect: ExceptionEffect;
  surchargeExempt: boolean;
  allowsAfterLastPayableDay?: boolean;
  remark?: string;
  cite: Citation[];
}

export type BreakPenalty =
  | { kind: "none"; cite: Citation[]; note?: string }
  | {
      fixedMonths: number;
      extraMonthPerYear: number | OpenValue;
      freeYears: number;
      daysPerMonth: number;
      maxMonths?: number;
      maxRepairYears?: number;
      cite: Citation[];
      note?: string;
    }
  | OpenValue;

export interface Milestone {
  by: string;
  share: number;
  cite: Citation[];
}

export interface Region {
  province: string;
  county: string;
  town?: string;
  name: string;
  /** The office a clerk asks about what the notices leave open (区医保局, 县医保局…). */
  authority?: string;
}

export interface Policy {
  id: string;
  family: string;
  extends?: string;
  abstract?: boolean;
  region: Region;
  year: number;
  documents: Record<string, PolicyDocument>;
  tiers: Tier[];
  fiscalSubsidy: CitedMoney | OpenValue;
  categories: Category[];
  collection: { start: CitedDate; end: CitedDate };
  nextMonthWindow: { from: string; to: string; cite: Citation[] } | null;
  standardWait: { from: string; days: number; cite: Citation[] };
  surcharge: { from: string; cite: Citation[]; minimum?: CitedMoney };
  lastPayableDay: CitedDate;
  exceptions: BenefitException[];
  breakPenalty: BreakPenalty;
  multipleIdentities: { rule: "highest"; cite: Citation[]; note?: string };
  newCasesSubsidisedUntil?: CitedDate;
  refund?: { rule: "beforeBenefitStart"; cite: Citation[] };
  goals?: { overall?: Cited<number>; lowIncome?: Cited<number>; povertyAlleviated?: Cited<number> };
  milestones?: Milestone[];
  workFunds?: {
    bands: { from: number; to: number | null; perPerson: number }[];
    fullBonus: number;
    cite: Citation[];
    note?: string;
  };
  grading?: {
    overallShare: number;
    lowIncomeShare: number;
    povertyAlleviatedShare: number;
    cite: Citation[];
  };
  reporting?: Cited<string>;
  catastrophicDeductible?: CitedMoney;
  publicNotice?: { fields: string[]; idDigits: number; cite: Citation[] };
  /** The region's villages and communities in the order its notice lists them (附件1). */
  villages?: Cited<string[]>;
}
