/**
 * The claim's people: rows with the same normalised ID are one person. Another name or
 * another tier under the ID rejects the later row; the same identity again is merged as a
 * duplicate; another identity is merged too, and the person is claimed once, at the
 * identity with the highest subsidy for the tier (就高身份, 石柱 附件2 ✱), the first on a tie.
 */
import { Day, toIso } from "../dates";
import { maskId } from "../idNumber";
import type { CategoryModel } from "../policy/model";
import type { Tier } from "../policy/schema";
import { cellAddress } from "../sheet/address";
import { nameKey } from "../text";
import { departmentOf, sameDepartment } from "./departments";
import { Amounts, yuan } from "./resolver";
import type { ClaimPerson, MergedRow, RejectCode, SourceRef } from "./result";
import { RosterCursor, squeezeKey } from "./roster";

/** Why a row is rejected; an OPEN_VALUE problem names the key its value is supplied under. */
export interface Problem {
  code: RejectCode;
  message: string;
  supplyKey?: string;
}

/** One accepted row: where it is, what it says, and its amounts. */
export class Candidate {
  readonly _sheet: string;
  readonly _row: number;
  readonly _col: number;
  name: string;
  village: string;
  /** The roster's 认定部门, as written. */
  readonly _claimedDepartment: string;
  /** The roster's 人员类别 where it is not the category's own name (五保户, 低保), else "". */
  readonly _categoryText: string;

  constructor(
    rec: RosterCursor,
    readonly _cat: CategoryModel,
    readonly _tier: Tier,
    readonly _amounts: Amounts,
    readonly _paidDay: Day,
    public paidGiven: boolean,
    readonly _converted15: boolean
  ) {
    this._sheet = rec.sheet;
    this._row = rec.row;
    this._col = rec.col;
    this.name = rec.name;
    this.village = rec.village;
    this._claimedDepartment = rec.department;
    this._categoryText = rec.category === _cat.name ? "" : rec.category;
  }

  _source(): SourceRef {
    return { sheet: this._sheet, row: this._row, cell: cellAddress(this._row - 1, this._col) };
  }
}

/**
 * Why a name the rules replaced (五保户) is claimed as its category today, with the rule
 * that merged it, or undefined where the roster wrote no such name.
 */
function formerNameOf(cat: CategoryModel, text: string): string | undefined {
  if (text === "" || !cat.formerNames) return undefined;
  const key = nameKey(text);
  const f = cat.formerNames.find((x) => x.names.some((n) => nameKey(n) === key));
  if (!f) return undefined;
  const cite = f.cite.map((c) => `${c.doc} ${c.clause}`).join("；");
  return `花名册写的“${text}”按“${cat.name}”申报：${f.reason.replace(/。$/, "")}（${cite}）`;
}

const NONE: readonly string[] = Object.freeze([]);
const STARS14 = "*".repeat(14);

/**
 * A person: while the rosters are read, the first accepted row (the fields it inherits)
 * plus any later rows with the same ID; once settled, the detail row. One object per
 * person keeps a county's claim cheap: idMasked and sources are worked out when asked
 * for, and toJSON() gives the plain detail row.
 */
export class Person extends Candidate implements ClaimPerson {
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
    rec: RosterCursor,
    cat: CategoryModel,
    tier: Tier,
    amounts: Amounts,
    paidDay: Day,
    paidGiven: boolean,
    converted15: boolean
  ) {
    super(rec, cat, tier, amounts, paidDay, paidGiven, converted15);
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

/** The people read so far, by normalised ID, each with the later rows under that ID. */
export class ClaimPeople {
  readonly byId = new Map<string, Person>();

  /**
   * An accepted row under its ID: a new person, or another row of one already read. Returns
   * why the row is rejected instead: another name, or another tier, under the same ID.
   */
  add(
    rec: RosterCursor,
    id: string,
    cat: CategoryModel,
    tier: Tier,
    a: Amounts,
    paid: Day,
    paidGiven: boolean,
    converted15: boolean
  ): Problem | null {
    const key = squeezeKey(rec.name);
    const p = this.byId.get(id);
    if (p === undefined) {
      this.byId.set(id, new Person(id, key, rec, cat, tier, a, paid, paidGiven, converted15));
      return null;
    }
    if (key === p._nameKey && tier === p._tier) {
      const cand = new Candidate(rec, cat, tier, a, paid, paidGiven, converted15);
      if (p._more === null) p._more = [cand];
      else p._more.push(cand);
      return null;
    }
    if (key !== p._nameKey) {
      return {
        code: "NAME_CONFLICT",
        message: `同一身份证号码姓名不一致（${ref(p)}为“${p.name}”，本行为“${rec.name}”），请核实`,
      };
    }
    return {
      code: "TIER_CONFLICT",
      message:
        `同一人已在${ref(p)}按${p._tier.id}申报，本行为${tier.id}：` +
        `一人只能参加一个档次，请核实后改正`,
    };
  }
}

/**
 * Settles a person once every roster is read: the identity used (就高身份), the other rows
 * recorded in `merged` with their reason, the detail row's fields and warnings. Returns the
 * row whose identity and amounts are claimed.
 */
export function settlePerson(p: Person, merged: MergedRow[]): Candidate {
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
  const a = winner._amounts;
  const claimed = winner._claimedDepartment;
  const deptDiffers =
    claimed !== "" && cat.department !== undefined && !sameDepartment(claimed, cat.department);
  const former = formerNameOf(cat, winner._categoryText);
  if (deptDiffers || former || winner._converted15 || a.notes.length > 0 || a.surcharge > 0) {
    const list: string[] = [];
    if (former) list.push(former);
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
  p.department = departmentOf(cat);
  p.standard = yuan(a.standard);
  p.subsidy = yuan(a.subsidy);
  p.fiscalSurcharge = yuan(a.surcharge);
  p.personal = yuan(a.personal);
  p.paid = winner._paidDay;
  p.paidGiven = winner.paidGiven;
  return winner;
}
