/**
 * The shape of a policy file. Every number, date and rule carries the clause it comes
 * from; a value a notice leaves open is an explicit `open` entry that says how the user
 * supplies it, so the engine can refuse rather than guess.
 */
import { z } from "zod";
import type * as T from "./types";

export type {
  BenefitException,
  Category,
  Citation,
  CitedDate,
  CitedMoney,
  Group,
  OpenValue,
  Policy,
  PolicyDocument,
  Selector,
  Subsidy,
  Tier,
} from "./types";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期须为 YYYY-MM-DD");
const money = z.number().nonnegative().multipleOf(0.01);

export const citationSchema = z.strictObject({
  /** Document number as printed, e.g. 潼医保发〔2024〕33号; must be listed in `documents`. */
  doc: z.string().min(1),
  /** Clause or attachment, e.g. 二（三） or 附件2. */
  clause: z.string().min(1),
  /** Words of the notice that carry the value (checked against the source text in tests). */
  quote: z.string().min(1).optional(),
});

const cites = z.array(citationSchema).min(1);

const cited = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, cite: cites, note: z.string().optional() });

/** A value the notice defers ("按国家规定执行", "另行制定"): the user must supply it. */
export const openValueSchema = z.strictObject({
  open: z.literal(true),
  /** What the notice says instead of a value. */
  reason: z.string().min(1),
  /** The key under which a user supplies the value (CLI --set KEY=VALUE, workbook setting). */
  supplyKey: z.string().min(1),
  cite: cites,
});

export const citedMoneySchema = cited(money);
export const citedDateSchema = cited(isoDate).extend({
  /** The notice's own words when it names no exact day (e.g. 2024年9月中旬). */
  text: z.string().optional(),
});

const moneyOrOpen = z.union([citedMoneySchema, openValueSchema]);

export const documentSchema = z.strictObject({
  /** The seed file under shared/seeds; absent for national documents a notice defers to. */
  file: z.string().min(1).optional(),
  title: z.string().min(1),
  issuer: z.string().min(1),
  date: isoDate.optional(),
  /** The insurance year the document is for (a 2024 notice sets up the 2025 year). */
  year: z.number().int().min(2000).max(2100),
  /**
   * A standing rule (national guidance, an older county regulation) that notices of later
   * years defer to: a value of a later year may cite it without being carried over.
   */
  standing: z.boolean().optional(),
});

export const tierSchema = z.strictObject({
  id: z.string().min(1),
  aliases: z.array(z.string()),
  personal: citedMoneySchema,
  /** 在渝高校大学生 rate, where the notice gives one. */
  student: citedMoneySchema.optional(),
});

/** Groups that rules and goals refer to, independent of each notice's wording of the category. */
export const GROUPS = {
  lowIncome: "农村/城乡低收入人口（特困、低保、低保边缘等）",
  povertyAlleviated: "脱贫人口（含稳定脱贫）",
  newborn: "新生儿",
  student: "在校大学生",
  jobLoss: "职工医保断保人员",
  welfareChild: "儿童福利机构儿童",
  reconnect: "退役军人、征兵退回、刑满释放、社区矫正人员（湖南）",
} as const;
const GROUP_IDS = Object.keys(GROUPS) as [keyof typeof GROUPS, ...Array<keyof typeof GROUPS>];
/** The documented list (docs/dev/policy.md); anything else is refused with the list. */
export const groupSchema = z.enum(GROUP_IDS, {
  message: `groups 只能取文档列出的值：${GROUP_IDS.join("、")}（见 docs/dev/policy.md）。改法：改用其中之一，或不写`,
});

export const subsidySchema = z.union([
  cited(money).extend({ kind: z.literal("amount") }),
  /** The tier's whole personal contribution ("全额资助"). */
  z.strictObject({ kind: z.literal("full"), cite: cites, note: z.string().optional() }),
  openValueSchema,
]);

export const categorySchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.enum(["ordinary", "student", "newborn", "special", "subsidised"]),
  department: z.string().optional(),
  groups: z.array(groupSchema),
  /** Per tier id; a tier missing here is not available to the category. */
  subsidy: z.record(z.string(), subsidySchema).optional(),
  /**
   * Names clerks still use for the category although the rules renamed it (五保户 → 特困人员),
   * each with the reason and the document that made the change; looked up like aliases.
   */
  formerNames: z
    .array(
      z.strictObject({
        names: z.array(z.string().min(1)).min(1),
        reason: z.string().min(1),
        cite: cites,
      })
    )
    .optional(),
  /** Which event the category's rules count from (birth, end of employee insurance, entry into the institution). */
  event: z.enum(["birth", "jobLoss", "welfareEntry"]).optional(),
  cite: cites,
  note: z.string().optional(),
});

const selectorSchema = z.strictObject({
  groups: z.array(groupSchema).optional(),
  categories: z.array(z.string()).optional(),
});

/**
 * Named exceptions to the ordinary benefit-start rules, tried in order; the first that
 * applies decides. Each says whom it covers, when, what it does, and where it is written.
 */
export const exceptionSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  appliesTo: selectorSchema,
  /** Payment window (inclusive) in which the exception applies; absent means the whole year. */
  paidFrom: isoDate.optional(),
  paidTo: isoDate.optional(),
  /** For event-based exceptions: paid no later than this many days after the event (event day = day 1). */
  withinDaysOfEvent: z.number().int().positive().optional(),
  /** Event must fall in the insurance year (newborn born in the year) or the year before (cross-year case). */
  eventYear: z.enum(["same", "previous"]).optional(),
  effect: z.discriminatedUnion("kind", [
    /** Benefits from the event day (birth, job loss, entry), but not before the year starts. */
    z.strictObject({ kind: z.literal("fromEvent") }),
    /** No waiting period: benefits from the payment day, or the year's start if later. */
    z.strictObject({ kind: z.literal("fromPayment") }),
    /** Benefits from the insurance year's first day. */
    z.strictObject({ kind: z.literal("fromYearStart") }),
    /** A wait of its own, counted from the payment day (the payment day is day 1). */
    z.strictObject({ kind: z.literal("afterPayment"), days: z.number().int().positive() }),
    /** The notice defers this group's waiting period to other rules. */
    z.strictObject({ kind: z.literal("open"), reason: z.string(), supplyKey: z.string() }),
  ]),
  /** Also exempt from paying the fiscal part after the surcharge date. */
  surchargeExempt: z.boolean(),
  /** May still pay after the year's last payable day (潼南2023: 新生儿独立参保除外). */
  allowsAfterLastPayableDay: z.boolean().optional(),
  /** A remark for the clerk, shown with the answer (e.g. the cross-year top-up option). */
  remark: z.string().optional(),
  cite: cites,
});

export const breakPenaltySchema = z.union([
  /** The year has no break penalty (before 2025). */
  z.strictObject({ kind: z.literal("none"), cite: cites, note: z.string().optional() }),
  z.strictObject({
    fixedMonths: z.number().int().positive(),
    extraMonthPerYear: z.union([z.number().int().nonnegative(), openValueSchema]),
    /** Break years that only trigger the fixed period before extra months accrue. */
    freeYears: z.number().int().nonnegative(),
    /** Days counted for a month (the notices equate 3 months with 90 days). */
    daysPerMonth: z.number().int().positive(),
    maxMonths: z.number().int().positive().optional(),
    maxRepairYears: z.number().int().nonnegative().optional(),
    cite: cites,
    note: z.string().optional(),
  }),
  openValueSchema,
]);

export const milestoneSchema = z.strictObject({
  by: isoDate,
  share: z.number().min(0).max(1),
  cite: cites,
});

export const regionSchema = z.strictObject({
  province: z.string(),
  county: z.string(),
  town: z.string().optional(),
  name: z.string(),
  /** The office a clerk asks about what the notices leave open, at the level that issues the rules (区医保局, 县医保局…). */
  authority: z.string().min(1).optional(),
});

export const policySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Region policies of different years share a family (cq-tongnan-2023 and cq-tongnan-2025). */
  family: z.string().regex(/^[a-z0-9-]+$/),
  extends: z.string().optional(),
  abstract: z.boolean().optional(),
  region: regionSchema,
  year: z.number().int().min(2000).max(2100),
  documents: z.record(z.string(), documentSchema),
  tiers: z.array(tierSchema).min(1),
  fiscalSubsidy: moneyOrOpen,
  categories: z.array(categorySchema).min(1),
  collection: z.strictObject({ start: citedDateSchema, end: citedDateSchema }),
  /** 1 Jan – end of Feb: benefits from the first of the month after payment. */
  nextMonthWindow: z.strictObject({ from: isoDate, to: isoDate, cite: cites }).nullable(),
  /** From this day, outside the collection period, a fixed wait applies. */
  standardWait: z.strictObject({ from: isoDate, days: z.number().int().positive(), cite: cites }),
  /** From this day the resident also pays the fiscal subsidy. */
  surcharge: z.strictObject({
    from: isoDate,
    cite: cites,
    /** The lowest personal payment the notice states for such a payer (彭水 1070). */
    minimum: citedMoneySchema.optional(),
  }),
  lastPayableDay: citedDateSchema,
  exceptions: z.array(exceptionSchema),
  breakPenalty: breakPenaltySchema,
  /** How a person with several identities is subsidised. */
  multipleIdentities: z.strictObject({
    rule: z.literal("highest"),
    cite: cites,
    note: z.string().optional(),
  }),
  /** New hardship cases identified after this day are subsidised from the next year (湖南). */
  newCasesSubsidisedUntil: citedDateSchema.optional(),
  refund: z.strictObject({ rule: z.literal("beforeBenefitStart"), cite: cites }).optional(),
  goals: z
    .strictObject({
      overall: cited(z.number().min(0).max(1)).optional(),
      lowIncome: cited(z.number().min(0).max(1)).optional(),
      povertyAlleviated: cited(z.number().min(0).max(1)).optional(),
    })
    .optional(),
  milestones: z.array(milestoneSchema).optional(),
  workFunds: z
    .strictObject({
      bands: z.array(
        z.strictObject({ from: z.number(), to: z.number().nullable(), perPerson: money })
      ),
      fullBonus: money,
      cite: cites,
      note: z.string().optional(),
    })
    .optional(),
  grading: z
    .strictObject({
      /** A: both indicators met; B: one; C: none. */
      overallShare: z.number(),
      lowIncomeShare: z.number(),
      povertyAlleviatedShare: z.number(),
      cite: cites,
    })
    .optional(),
  reporting: cited(z.string()).optional(),
  catastrophicDeductible: citedMoneySchema.optional(),
  publicNotice: z
    .strictObject({ fields: z.array(z.string()), idDigits: z.number().int(), cite: cites })
    .optional(),
  /**
   * The region's villages and communities in the order its notice lists them (石柱 附件1):
   * lists by village follow it. Each name must be in the quote, in the same order (checks.ts).
   */
  villages: cited(z.array(z.string().min(1)).min(1)).optional(),
});

/** The parts of a policy that an issuer file states year by year (see dated.ts). */
export const DATED_PARTS = [
  "tiers",
  "fiscalSubsidy",
  "categories",
  "collection",
  "nextMonthWindow",
  "standardWait",
  "surcharge",
  "lastPayableDay",
  "exceptions",
  "breakPenalty",
  "multipleIdentities",
  "newCasesSubsidisedUntil",
  "refund",
  "goals",
  "milestones",
  "workFunds",
  "grading",
  "reporting",
  "catastrophicDeductible",
  "publicNotice",
  "villages",
] as const;

/**
 * One issuer's file as written: its region, the documents it cites, and its values keyed by
 * insurance year. `tiers`, `categories` and `exceptions` are objects keyed by tier id,
 * category name and exception id; the shape of each year's entry is checked once the file
 * is resolved for that year (policySchema).
 */
export const issuerFileSchema = z.strictObject({
  issuer: z.string().regex(/^[a-z0-9-]+$/, "issuer 只能用小写字母、数字和连字符"),
  /** The issuer whose values of the same year this file builds on (a county on its city). */
  extends: z.string().optional(),
  /** A city-wide file is not a policy of its own. */
  abstract: z.boolean().optional(),
  region: regionSchema,
  documents: z.record(z.string(), documentSchema).optional(),
  ...Object.fromEntries(DATED_PARTS.map((k) => [k, z.unknown().optional()])),
});

export type IssuerFile = z.infer<typeof issuerFileSchema>;

/**
 * The zod schemas and the plain types of types.ts must describe the same data: each line
 * fails to compile when one side changes without the other.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.infer<typeof citationSchema>, T.Citation>,
  Same<z.infer<typeof openValueSchema>, T.OpenValue>,
  Same<z.infer<typeof tierSchema>, T.Tier>,
  Same<z.infer<typeof subsidySchema>, T.Subsidy>,
  Same<z.infer<typeof categorySchema>, T.Category>,
  Same<z.infer<typeof exceptionSchema>, T.BenefitException>,
  Same<z.infer<typeof breakPenaltySchema>, T.BreakPenalty>,
  Same<z.infer<typeof policySchema>, T.Policy>,
] = [true, true, true, true, true, true, true, true];
void sameShapes;
