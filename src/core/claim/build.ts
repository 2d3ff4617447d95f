/**
 * The subsidy claim (资助申报): rosters from the certifying departments in, one row per
 * person with the identity used and the amounts out, with every input row accounted for:
 *
 *   inputRows = people + merged + rejected
 *
 * Rules, in the order they are applied to each row:
 *  1. The ID must be valid (checkId: length, characters, region, birth date, check digit);
 *     a 15-digit number is converted, an ID Excel stored as a number is rejected, never guessed.
 *  2. The name must be there; the category must be in the region's table and be a
 *     subsidised one (普通居民 and 脱贫人口 without a subsidy → 不属资助对象); the tier must
 *     exist and be allowed for the category (subsidyOf: TIER_NOT_ALLOWED); a value the
 *     notice leaves open must be supplied (OPEN_VALUE); the payment date, when given, must be
 *     one the year accepts (premium()).
 *  3. Across all rosters, by normalised ID:
 *     - another name under the same ID: the later row is rejected (姓名不一致), the first kept;
 *     - another tier for the same person: the later row is rejected (一人一个档次), the first kept;
 *     - the same identity again: merged into the person's row (exact duplicate);
 *     - another identity: one person, at the identity with the highest subsidy for the
 *       tier (policy.multipleIdentities "highest", 石柱 附件2 ✱ 就高身份); on a tie the row
 *       that came first. The other rows are recorded as merged, their identities listed.
 *  4. The department is the category's certifying department in the policy; a roster's
 *     认定部门 column that says otherwise gives a warning on the person, not a rejection.
 *
 * Pure and fast: amounts are worked out once per category × tier × payment day with
 * premium() and kept in integer fen, so 200,000 rows take well under two seconds.
 */
import { Day, dayFromParts, fromExcelSerial, fromJsDate, parseDate, toIso } from "../dates";
import { checkId, maskId } from "../idNumber";
import type { CategoryModel, PolicyModel, Supplied } from "../policy/model";
import type { Tier } from "../policy/schema";
import { isRuleError } from "../rules/errors";
import { premium } from "../rules/premium";
import type { CellValue, SheetData } from "../sheet/address";
import { cellAddress } from "../sheet/address";
import {
  FIELD_LABELS,
  findRoster,
  idColumnDamage,
  IdColumnDamage,
  IgnoredRow,
  RosterCursor,
  RosterError,
  RosterMapping,
  RosterRecord,
  RosterTable,
  scanRoster,
  squeezeKey,
  tryFindRoster,
} from "./roster";

export interface ClaimOptions {
  /** Payment day for rows without a 缴费日期 (default: the last day of the collection period). */
  date?: Day;
  /** Columns the clerk assigned by hand, for headers that are not recognised. */
  mapping?: RosterMapping;
  /** Only these sheets (by name); default: every sheet that holds a roster. */
  sheets?: string[];
  /** Values the user supplies for what a notice leaves open (--set). */
  supplied?: Supplied;
  /** Latest acceptable birth date (default: today, or the year's last payable day if earlier). */
  asOf?: Day;
}

export interface SourceRef {
  sheet: string;
  /** 1-based row in the file. */
  row: number;
  /** A1 address of the row's ID cell. */
  cell: string;
}

export interface ClaimPerson {
  name: string;
  /** 18 characters, upper-case X. Only for the clerk's own detail sheet; show idMasked elsewhere. */
  id: string;
  idMasked: string;
  village: string;
  category: string;
  tier: string;
  department: string;
  /** Yuan. */
  standard: number;
  subsidy: number;
  /** The fiscal subsidy a late payer must also pay (0 in the collection period). */
  fiscalSurcharge: number;
  personal: number;
  paid: Day;
  /** Whether the roster gave the payment date (otherwise the default). */
  paidGiven: boolean;
  /** The row whose identity is used first, then the rows merged into it. */
  sources: SourceRef[];
  /** Identities of merged rows other than the one used. */
  otherIdentities: readonly string[];
  warnings: readonly string[];
}

export type RejectCode =
  | "ID"
  | "NAME"
  | "CATEGORY"
  | "NOT_SUBSIDISED"
  | "TIER"
  | "TIER_NOT_ALLOWED"
  | "OPEN_VALUE"
  | "DATE"
  | "NOT_PAYABLE"
  | "NAME_CONFLICT"
  | "TIER_CONFLICT";

export interface RowValues {
  name: string;
  /** The ID as it was written (the clerk's own workbook only). */
  id: string;
  category: string;
  tier: string;
  village: string;
  paidDate: string;
  department: string;
}

export interface RejectedRow extends SourceRef {
  code: RejectCode;
  reason: string;
  values: RowValues;
  /** For OPEN_VALUE: the key the missing value is supplied under (e.g. subsidy.其他困难群体). */
  supplyKey?: string;
}

export interface MergedRow extends SourceRef {
  into: SourceRef;
  /** duplicate: the same identity again; identity: another identity of the same person. */
  kind: "duplicate" | "identity";
  name: string;
  category: string;
  tier: string;
  reason: string;
}

export interface ClaimLine {
  department: string;
  category: string;
  tier: string;
  count: number;
  standardEach: number;
  subsidyEach: number;
  standardTotal: number;
  subsidyTotal: number;
  personalTotal: number;
}

export interface ClaimTotals {
  people: number;
  standard: number;
  subsidy: number;
  fiscalSurcharge: number;
  personal: number;
}

export interface ClaimResult {
  policy: string;
  /** e.g. 重庆市石柱县下路街道2025年度 */
  label: string;
  rosters: RosterTable[];
  inputRows: number;
  /**
   * One detail row per person, in the order they first appear. These are class instances
   * (idMasked and sources are worked out on access): read their fields, or call
   * JSON.stringify / toJSON() for plain objects — a spread ({...p}) misses those two.
   */
  people: ClaimPerson[];
  rejected: RejectedRow[];
  merged: MergedRow[];
  /** Non-empty rows that are not data (repeated headers, 合计 and signature lines, titles). */
  ignored: IgnoredRow[];
  /** Department × category × tier with at least one person, in the order of the policy's table. */
  lines: ClaimLine[];
  /** Certifying departments of the policy's subsidised categories, in the table's order. */
  departments: string[];
  totals: ClaimTotals;
  defaultDate: Day;
}

/** Sheets this module writes; never read back as rosters unless named. */
export const CLAIM_SHEET_NAMES = [
  "申报汇总",
  "资助明细",
  "未通过",
  "合并记录",
  "公示名单",
] as const;

/** A sheet an earlier 生成资助申报表 wrote, also under a suffixed name (资助明细(2)). */
export function isClaimOutputSheet(name: string): boolean {
  const base = name.replace(/\(\d+\)$/, "");
  return (CLAIM_SHEET_NAMES as readonly string[]).includes(base) || name.startsWith("申报表-");
}

export class ClaimError extends Error {
  readonly code: "NO_ROSTER" | "NO_SHEET" | "INVARIANT";
  constructor(code: "NO_ROSTER" | "NO_SHEET" | "INVARIANT", message: string) {
    super(message);
    this.name = "ClaimError";
    this.code = code;
  }
}

/** Whether a category has a subsidy table entry at all. */
export function isSubsidised(c: CategoryModel): boolean {
  return c.kind === "subsidised" && c.subsidy !== undefined && Object.keys(c.subsidy).length > 0;
}

export function subsidisedCategories(policy: PolicyModel): CategoryModel[] {
  return policy.categories.filter(isSubsidised);
}

export function departmentOf(c: CategoryModel): string {
  return c.department ?? "未注明认定部门";
}

export function claimDepartments(policy: PolicyModel): string[] {
  const out: string[] = [];
  for (const c of subsidisedCategories(policy)) {
    const d = departmentOf(c);
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------

const DEPT_SYNONYMS: [RegExp, string][] = [
  [/残疾人联合会/g, "残联"],
  [
    /卫生健康委员会|卫生健康委|卫生健康局|卫生健康部门|卫健委|卫健局|卫生和计划生育委员会|卫计委/g,
    "卫健",
  ],
  [/退役军人事务局|退役军人事务部门|退役军人局|退役军人事务/g, "退役军人"],
  [/民政局|民政部门/g, "民政"],
  // 乡村振兴局 was merged into 农业农村 in 2023–2024; notices use either name.
  [
    /农业农村委员会|农业农村委|农业农村局|农业农村部门|乡村振兴局|乡村振兴部门|乡村振兴/g,
    "农业农村",
  ],
];

/** A department name reduced for comparison: 县残联 = 区残疾人联合会 = 残联. */
export function departmentKey(text: string): string {
  let k = squeezeKey(text).replace(/^(重庆市|湖南省)/, "");
  // Place names before the department: 石柱县, 邵阳市双清区, 县, 区.
  for (let i = 0; i < 2; i++) k = k.replace(/^[^县区市]{0,8}?(县|区|市)/, "");
  for (const [re, to] of DEPT_SYNONYMS) k = k.replace(re, to);
  return k.replace(/(局|委|部门|办|办公室)$/, "");
}

export function sameDepartment(a: string, b: string): boolean {
  const ka = departmentKey(a);
  const kb = departmentKey(b);
  if (ka === "" || kb === "") return true;
  return ka === kb || ka.includes(kb) || kb.includes(ka);
}

interface Amounts {
  ok: true;
  standard: number; // fen
  subsidy: number;
  surcharge: number;
  personal: number;
  notes: string[];
}
interface AmountError {
  ok: false;
  code: RejectCode;
  message: string;
  supplyKey?: string;
}

const fen = (d: { toNumber(): number }): number => Math.round(d.toNumber() * 100);
/** Fen to yuan; whole yuan stay small integers (kept inline by V8, not boxed). */
const yuan = (f: number): number =>
  f % 100 === 0 && f < 2e11 && f > -2e11 ? Math.round(f / 100) : f / 100;

const SEPARATORS = /[、,，;；/／|]/;

interface Resolved<T> {
  value?: T;
  code?: RejectCode;
  message?: string;
}

class Resolver {
  private readonly cats = new Map<string, Resolved<CategoryModel>>();
  private readonly tiers = new Map<string, Resolved<Tier>>();
  private readonly dates = new Map<string, Day | null>();
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

  /** A payment day from a cell: a date, an Excel serial, or text; undefined when blank. */
  paid(v: CellValue): Day | null | undefined {
    if (v === null || v === undefined || v === "") return undefined;
    if (v instanceof Date) return fromJsDate(v);
    if (typeof v === "number") return v > 20000 && v < 80000 ? fromExcelSerial(v) : null;
    const s = String(v).trim();
    if (s === "") return undefined;
    let d = this.dates.get(s);
    if (d === undefined) {
      d = parseDate(s);
      if (d === null && /^\d{5}(\.\d+)?$/.test(s)) d = fromExcelSerial(Number(s));
      this.dates.set(s, d);
    }
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

/** One accepted row: where it is, what it says, and its amounts. */
class Candidate {
  constructor(
    readonly _sheet: string,
    readonly _row: number,
    readonly _col: number,
    public name: string,
    public village: string,
    /** The roster's 认定部门, as written. */
    readonly _claimedDepartment: string,
    readonly _cat: CategoryModel,
    readonly _tier: Tier,
    readonly _amounts: Amounts,
    readonly _paidDay: Day,
    public paidGiven: boolean,
    readonly _converted15: boolean
  ) {}

  _source(): SourceRef {
    return { sheet: this._sheet, row: this._row, cell: cellAddress(this._row - 1, this._col) };
  }
}

const NONE: readonly string[] = Object.freeze([]);
const STARS14 = "*".repeat(14);

/**
 * A person: while the rosters are read, the first accepted row (the fields it inherits)
 * plus any later rows with the same ID; once settled, the detail row. One object per
 * person keeps a county's claim cheap: idMasked and sources are worked out when asked
 * for, and toJSON() gives the plain detail row.
 */
class Person extends Candidate implements ClaimPerson {
  category = "";
  tier = "";
  department = "";
  standard = 0;
  subsidy = 0;
  fiscalSurcharge = 0;
  personal = 0;
  paid: Day = 0;
  otherIdentities: readonly string[] = NONE;
  warnings: readonly string[] = NONE;
  /** Later rows with the same ID, and which row's identity is used (-1: the first). */
  _more: Candidate[] | null = null;
  _winner = -1;
  _sources: SourceRef[] | null = null;

  constructor(
    readonly id: string,
    readonly _nameKey: string,
    sheet: string,
    row: number,
    col: number,
    name: string,
    village: string,
    claimedDepartment: string,
    cat: CategoryModel,
    tier: Tier,
    amounts: Amounts,
    paidDay: Day,
    paidGiven: boolean,
    converted15: boolean
  ) {
    super(
      sheet,
      row,
      col,
      name,
      village,
      claimedDepartment,
      cat,
      tier,
      amounts,
      paidDay,
      paidGiven,
      converted15
    );
  }

  get idMasked(): string {
    return this.id.length === 18 ? STARS14 + this.id.substring(14) : maskId(this.id);
  }

  /** The row whose identity is used first, then the other rows in the order read. */
  get sources(): SourceRef[] {
    if (this._sources === null) {
      const all: Candidate[] = this._more === null ? [this] : [this, ...this._more];
      const w = this._winner + 1;
      const list = [all[w]._source()];
      for (let i = 0; i < all.length; i++) if (i !== w) list.push(all[i]._source());
      this._sources = list;
    }
    return this._sources;
  }

  toJSON(): ClaimPerson {
    return {
      name: this.name,
      id: this.id,
      idMasked: this.idMasked,
      village: this.village,
      category: this.category,
      tier: this.tier,
      department: this.department,
      standard: this.standard,
      subsidy: this.subsidy,
      fiscalSurcharge: this.fiscalSurcharge,
      personal: this.personal,
      paid: this.paid,
      paidGiven: this.paidGiven,
      sources: this.sources,
      otherIdentities: this.otherIdentities,
      warnings: this.warnings,
    };
  }
}

function ref(s: SourceRef | Candidate): string {
  return s instanceof Candidate ? `“${s._sheet}”第${s._row}行` : `“${s.sheet}”第${s.row}行`;
}

function valuesOf(rec: RosterRecord): RowValues {
  const p = rec.paidValue;
  return {
    name: rec.name,
    id: rec.idText,
    category: rec.category,
    tier: rec.tier,
    village: rec.village,
    paidDate: p === null ? "" : p instanceof Date ? toIso(fromJsDate(p) ?? 0) : String(p),
    department: rec.department,
  };
}

function todayLocal(): Day {
  const d = new Date();
  return dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
}

/** Picks the roster sheets: the named ones, or every sheet that holds a roster. */
export function rosterTables(
  sheets: SheetData[],
  policy: PolicyModel,
  options: Pick<ClaimOptions, "sheets" | "mapping"> = {}
): { sheet: SheetData; table: RosterTable }[] {
  const singleTier = policy.policy.tiers.length === 1;
  const find = { mapping: options.mapping, singleTier };
  if (options.sheets && options.sheets.length > 0) {
    return options.sheets.map((name) => {
      const sheet = sheets.find((s) => s.name === name || s.name.trim() === name.trim());
      if (!sheet) {
        throw new ClaimError(
          "NO_SHEET",
          `没有名为“${name}”的工作表。现有：${sheets.map((s) => s.name).join("、")}`
        );
      }
      return { sheet, table: findRoster(sheet, find) };
    });
  }
  const found: { sheet: SheetData; table: RosterTable }[] = [];
  const errors: RosterError[] = [];
  for (const sheet of sheets) {
    if (isClaimOutputSheet(sheet.name)) continue;
    const r = tryFindRoster(sheet, find);
    if (r instanceof RosterError) errors.push(r);
    else found.push({ sheet, table: r });
  }
  if (found.length > 0) return found;
  // Report the sheet that came closest: a missing field beats no header at all.
  const best =
    errors.find((e) => e.code === "MISSING_FIELDS" || e.code === "BAD_MAPPING") ?? errors[0];
  if (best) throw best;
  throw new ClaimError("NO_ROSTER", "文件中没有工作表");
}

/**
 * 就高身份 (石柱 附件2 ✱): of one person's identities, the index of the one with the highest
 * subsidy; on a tie the one that came first.
 */
export function highestIdentity<T>(candidates: readonly T[], subsidy: (c: T) => number): number {
  let best = 0;
  for (let i = 1; i < candidates.length; i++)
    if (subsidy(candidates[i]) > subsidy(candidates[best])) best = i;
  return best;
}

/** Why a row is rejected; an OPEN_VALUE problem names the key its value is supplied under. */
interface Problem {
  code: RejectCode;
  message: string;
  supplyKey?: string;
}

export function buildClaim(
  rosters: SheetData[],
  policy: PolicyModel,
  options: ClaimOptions = {}
): ClaimResult {
  const tables = rosterTables(rosters, policy, options);
  const resolver = new Resolver(policy, options.supplied);
  const defaultDate = options.date ?? policy.collectionEnd;
  const asOf = options.asOf ?? Math.min(todayLocal(), policy.lastPayableDay);

  const rejected: RejectedRow[] = [];
  const ignored: IgnoredRow[] = [];
  const persons = new Map<string, Person>();
  let inputRows = 0;
  const problems: Problem[] = [];
  let damage: IdColumnDamage | null = null;

  const reject = (rec: RosterRecord, list: Problem[]): void => {
    const row: RejectedRow = {
      sheet: rec.sheet,
      row: rec.row,
      cell: rec.cell,
      code: list[0].code,
      reason: list.map((p) => p.message).join("；"),
      values: valuesOf(rec),
    };
    const key = list.find((p) => p.supplyKey !== undefined)?.supplyKey;
    if (key !== undefined) row.supplyKey = key;
    rejected.push(row);
  };

  const visit = (rec: RosterCursor): void => {
    problems.length = 0;
    const idr = checkId(rec.idValue, asOf);
    if (damage !== null && typeof rec.idValue === "string" && rec.idText.endsWith("000")) {
      problems.push({ code: "ID", message: damage.message });
    } else if (!idr.valid) {
      problems.push({
        code: "ID",
        message: idr.problem === "EMPTY" ? "身份证号码为空" : `身份证号码有误：${idr.message}`,
      });
    }
    if (rec.name === "") problems.push({ code: "NAME", message: "姓名为空" });
    const cat = resolver.category(rec.category);
    if (!cat.value) problems.push({ code: cat.code!, message: cat.message! });
    const tier = resolver.tier(rec.tier);
    if (!tier.value) problems.push({ code: tier.code!, message: tier.message! });
    const given = resolver.paid(rec.paidValue);
    if (given === null) {
      const shown = rec.paidValue instanceof Date ? "" : `“${String(rec.paidValue)}”`;
      problems.push({
        code: "DATE",
        message: `缴费日期${shown}无法识别（可写 2025-03-01、2025/3/1 或 2025年3月1日）`,
      });
    }
    if (problems.length === 0) {
      const paid = given ?? defaultDate;
      const a = resolver.amounts(cat.value!, tier.value!, paid);
      if (!a.ok) problems.push({ code: a.code, message: a.message, supplyKey: a.supplyKey });
      else {
        const id = idr.normalized!;
        const key = squeezeKey(rec.name);
        const p = persons.get(id);
        if (p === undefined) {
          persons.set(
            id,
            new Person(
              id,
              key,
              rec.sheet,
              rec.row,
              rec.col,
              rec.name,
              rec.village,
              rec.department,
              cat.value!,
              tier.value!,
              a,
              paid,
              given !== undefined,
              idr.converted15 === true
            )
          );
          return;
        }
        if (key === p._nameKey && tier.value === p._tier) {
          const cand = new Candidate(
            rec.sheet,
            rec.row,
            rec.col,
            rec.name,
            rec.village,
            rec.department,
            cat.value!,
            tier.value!,
            a,
            paid,
            given !== undefined,
            idr.converted15 === true
          );
          if (p._more === null) p._more = [cand];
          else p._more.push(cand);
          return;
        }
        if (key !== p._nameKey) {
          problems.push({
            code: "NAME_CONFLICT",
            message: `同一身份证号码姓名不一致（${ref(p)}为“${p.name}”，本行为“${rec.name}”），请核实`,
          });
        } else {
          problems.push({
            code: "TIER_CONFLICT",
            message:
              `同一人已在${ref(p)}按${p._tier.id}申报，本行为${tier.value!.id}：` +
              `一人只能参加一个档次，请核实后改正`,
          });
        }
      }
    }
    reject(rec.snapshot(), problems);
  };

  for (const { sheet, table } of tables) {
    damage = idColumnDamage(sheet, table);
    inputRows += scanRoster(sheet, table, visit, (g) => ignored.push(g));
  }

  const people: ClaimPerson[] = [];
  const merged: MergedRow[] = [];
  const lineAcc = new Map<CategoryModel, Map<Tier, LineAcc>>();
  let st = 0;
  let su = 0;
  let fs = 0;
  let pe = 0;
  for (const p of persons.values()) {
    let winner: Candidate = p;
    if (p._more !== null) {
      const cands: Candidate[] = [p, ...p._more];
      const top = highestIdentity(cands, (c) => c._amounts.subsidy);
      winner = cands[top];
      p._winner = top - 1;
      const into = winner._source();
      const otherList: string[] = [];
      const seenCats = new Set<CategoryModel>([winner._cat]);
      const w = winner._cat.name;
      for (const c of cands) {
        if (c === winner) continue;
        let kind: "duplicate" | "identity";
        let reason: string;
        if (c._cat === winner._cat) {
          kind = "duplicate";
          reason = `重复记录：与${ref(into)}的身份证号码、类别、档次相同`;
        } else {
          if (!otherList.includes(c._cat.name)) otherList.push(c._cat.name);
          const tie = c._amounts.subsidy === winner._amounts.subsidy;
          kind = seenCats.has(c._cat) ? "duplicate" : "identity";
          reason =
            (kind === "duplicate" ? `重复记录（“${c._cat.name}”）；` : "") +
            `多重身份：${ref(into)}为“${w}”，资助${yuan(winner._amounts.subsidy)}元` +
            (tie
              ? `，与本行“${c._cat.name}”相同，按先出现的一行计`
              : `，高于本行“${c._cat.name}”的${yuan(c._amounts.subsidy)}元，按就高身份计`);
        }
        seenCats.add(c._cat);
        merged.push({
          ...c._source(),
          into,
          kind,
          name: c.name,
          category: c._cat.name,
          tier: c._tier.id,
          reason,
        });
      }
      if (otherList.length > 0) p.otherIdentities = otherList;
      p.village = winner.village || cands.find((c) => c.village !== "")?.village || "";
    }
    const cat = winner._cat;
    const department = departmentOf(cat);
    const a = winner._amounts;
    const claimed = winner._claimedDepartment;
    const deptDiffers =
      claimed !== "" && cat.department !== undefined && !sameDepartment(claimed, cat.department);
    if (deptDiffers || winner._converted15 || a.notes.length > 0 || a.surcharge > 0) {
      const list: string[] = [];
      if (deptDiffers) {
        list.push(
          `花名册写的认定部门“${claimed}”与资助标准表不符：“${cat.name}”由${cat.department}认定，按${cat.department}申报`
        );
      }
      if (winner._converted15) list.push("原为15位旧身份证号码，已转换为18位");
      for (const n of a.notes) list.push(n);
      if (a.surcharge > 0)
        list.push(
          `${toIso(winner._paidDay)}缴费，已过集中缴费期，另缴财政补助${yuan(a.surcharge)}元`
        );
      p.warnings = list;
    }
    p.category = cat.name;
    p.tier = winner._tier.id;
    p.department = department;
    p.standard = yuan(a.standard);
    p.subsidy = yuan(a.subsidy);
    p.fiscalSurcharge = yuan(a.surcharge);
    p.personal = yuan(a.personal);
    p.paid = winner._paidDay;
    p.paidGiven = winner.paidGiven;
    people.push(p);
    st += a.standard;
    su += a.subsidy;
    fs += a.surcharge;
    pe += a.personal;
    let byTier = lineAcc.get(cat);
    if (!byTier) lineAcc.set(cat, (byTier = new Map()));
    let l = byTier.get(winner._tier);
    if (!l) {
      l = {
        department,
        category: cat.name,
        tier: winner._tier.id,
        count: 0,
        standardEach: a.standard,
        subsidyEach: a.subsidy,
        st: 0,
        su: 0,
        pe: 0,
      };
      byTier.set(winner._tier, l);
    }
    l.count++;
    l.st += a.standard;
    l.su += a.subsidy;
    l.pe += a.personal;
  }
  const acc: LineAcc[] = [];
  for (const m of lineAcc.values()) for (const l of m.values()) acc.push(l);
  const lines = sortLines(acc, policy);
  const totals: ClaimTotals = {
    people: people.length,
    standard: yuan(st),
    subsidy: yuan(su),
    fiscalSurcharge: yuan(fs),
    personal: yuan(pe),
  };

  if (inputRows !== people.length + merged.length + rejected.length) {
    throw new ClaimError(
      "INVARIANT",
      `内部错误：输入${inputRows}行 ≠ 申报${people.length}人 + 合并${merged.length}行 + 未通过${rejected.length}行`
    );
  }
  return {
    policy: policy.id,
    label: policy.label,
    rosters: tables.map((t) => t.table),
    inputRows,
    people,
    rejected,
    merged,
    ignored,
    lines,
    departments: claimDepartments(policy),
    totals,
    defaultDate,
  };
}

/** A line being added up, amounts in fen. */
interface LineAcc {
  department: string;
  category: string;
  tier: string;
  count: number;
  standardEach: number;
  subsidyEach: number;
  st: number;
  su: number;
  pe: number;
}

/** In the order of the policy's table: departments, then categories, then tiers. */
function sortLines(acc: LineAcc[], policy: PolicyModel): ClaimLine[] {
  const depts = claimDepartments(policy);
  const catOrder = new Map(policy.categories.map((c, i) => [c.name, i]));
  const tierOrder = new Map(policy.policy.tiers.map((t, i) => [t.id, i]));
  const rank = (d: string): number => {
    const i = depts.indexOf(d);
    return i < 0 ? depts.length : i;
  };
  return acc
    .sort(
      (a, b) =>
        rank(a.department) - rank(b.department) ||
        (catOrder.get(a.category) ?? 0) - (catOrder.get(b.category) ?? 0) ||
        (tierOrder.get(a.tier) ?? 0) - (tierOrder.get(b.tier) ?? 0)
    )
    .map((l) => ({
      department: l.department,
      category: l.category,
      tier: l.tier,
      count: l.count,
      standardEach: yuan(l.standardEach),
      subsidyEach: yuan(l.subsidyEach),
      standardTotal: yuan(l.st),
      subsidyTotal: yuan(l.su),
      personalTotal: yuan(l.pe),
    }));
}

/** Department × category × tier for a list of people (e.g. after the clerk removed some). */
export function claimLines(people: readonly ClaimPerson[], policy: PolicyModel): ClaimLine[] {
  const map = new Map<string, LineAcc>();
  for (const p of people) {
    const key = `${p.department}\u0000${p.category}\u0000${p.tier}`;
    let l = map.get(key);
    if (!l) {
      l = {
        department: p.department,
        category: p.category,
        tier: p.tier,
        count: 0,
        standardEach: Math.round(p.standard * 100),
        subsidyEach: Math.round(p.subsidy * 100),
        st: 0,
        su: 0,
        pe: 0,
      };
      map.set(key, l);
    }
    l.count++;
    l.st += Math.round(p.standard * 100);
    l.su += Math.round(p.subsidy * 100);
    l.pe += Math.round(p.personal * 100);
  }
  return sortLines([...map.values()], policy);
}

/** "rows in = people + merged + rejected", for summaries. */
export function balanceText(r: ClaimResult): string {
  return `输入${r.inputRows}行 = 申报${r.people.length}人 + 合并${r.merged.length}行 + 未通过${r.rejected.length}行`;
}
