/**
 * The identity lists (departments' rosters, the household list): every sheet with a name and
 * an ID column, read into one person per normalised ID. The same ID under another name is
 * rejected; the same person again is merged, the identities kept for 就高身份.
 */
import { lookupCategory } from "../claim/build";
import {
  RosterError,
  RosterField,
  RosterTable,
  scanRoster,
  tryFindRoster,
  type IgnoredRow,
  type RosterCursor,
} from "../claim/roster";
import type { Day } from "../dates";
import type { CategoryModel, PolicyModel } from "../policy/model";
import type { Group } from "../policy/schema";
import type { SheetData } from "../sheet/address";
import { nameList, squeezeKey } from "../text";
import { MatchInputError } from "./paidList";
import { MatchPerson, MergedRow, Payment, PersonStatus, Rejections, RowRef } from "./result";

const LIST_FIELDS: RosterField[] = ["name", "id"];

/** The identity lists of a workbook: every sheet with a name and an ID column. */
export function listTables(sheets: SheetData[]): { sheet: SheetData; table: RosterTable }[] {
  const found: { sheet: SheetData; table: RosterTable }[] = [];
  const errors: RosterError[] = [];
  for (const sheet of sheets) {
    const r = tryFindRoster(sheet, { required: LIST_FIELDS });
    if (r instanceof RosterError) errors.push(r);
    else found.push({ sheet, table: r });
  }
  if (found.length > 0) return found;
  const best = errors.find((e) => e.code === "MISSING_FIELDS") ?? errors[0];
  if (best) throw new MatchInputError(`身份名单：${best.message}`, best.headersFound);
  throw new MatchInputError("没有身份名单（户籍花名册或部门名单）");
}

export class Person implements MatchPerson {
  village: string;
  category = "";
  otherIdentities: string[] = [];
  groups: Group[] = [];
  rosterTier: string;
  rows = 1;
  status: PersonStatus = "unpaid";
  payment: Payment | null = null;
  conflict?: string;
  /** The identities as read, in order (null: a plain resident). */
  cats: (CategoryModel | null)[];
  constructor(
    readonly id: string,
    readonly name: string,
    readonly nameKey: string,
    village: string,
    cat: CategoryModel | null,
    tier: string,
    readonly source: RowRef
  ) {
    this.village = village;
    this.cats = [cat];
    this.rosterTier = tier;
  }
}

/** The identity lists as read: one person per ID, and the rows merged or rejected. */
export interface ListReading {
  persons: Map<string, Person>;
  merged: MergedRow[];
  listRows: number;
}

/** Reads the identity lists; rejected and ignored rows are added to those given. */
export function readLists(
  tables: { sheet: SheetData; table: RosterTable }[],
  policy: PolicyModel,
  asOf: Day | undefined,
  rejected: Rejections,
  ignored: IgnoredRow[]
): ListReading {
  const cats = new Map<string, CategoryModel | null | undefined>();
  const category = (text: string): CategoryModel | null | undefined => {
    if (cats.has(text)) return cats.get(text);
    const c = text === "" ? null : lookupCategory(policy, text);
    const v = c === undefined ? undefined : c && c.kind === "ordinary" ? null : c;
    cats.set(text, v);
    return v;
  };
  const persons = new Map<string, Person>();
  const merged: MergedRow[] = [];
  let listRows = 0;

  const visitList = (r: RosterCursor): void => {
    listRows++;
    const id = rejected.validId("list", r, asOf);
    if (id === null) return;
    if (r.name === "") {
      rejected.add("list", r, "姓名为空");
      return;
    }
    const cat = category(r.category);
    if (cat === undefined) {
      rejected.add(
        "list",
        r,
        `人员类别“${r.category}”不在${policy.label}的类别中。可填：${nameList(policy.categoryNames())}`
      );
      return;
    }
    const key = squeezeKey(r.name);
    const p = persons.get(id);
    if (p === undefined) {
      persons.set(
        id,
        new Person(id, r.name, key, r.village, cat, r.tier, { sheet: r.sheet, row: r.row })
      );
      return;
    }
    if (p.nameKey !== key) {
      rejected.add(
        "list",
        r,
        `同一身份证号码姓名不一致（“${p.source.sheet}”第${p.source.row}行为“${p.name}”，本行为“${r.name}”），请核实`
      );
      return;
    }
    p.rows++;
    p.cats.push(cat);
    if (p.village === "") p.village = r.village;
    if (p.rosterTier === "") p.rosterTier = r.tier;
    merged.push({
      sheet: r.sheet,
      row: r.row,
      into: p.source,
      reason: cat
        ? `同一人也在“${p.source.sheet}”第${p.source.row}行，按就高身份计一次（本行为“${cat.name}”）`
        : `同一人也在“${p.source.sheet}”第${p.source.row}行，计一次`,
    });
  };
  for (const { sheet, table } of tables)
    scanRoster(sheet, table, visitList, (g) => ignored.push(g));
  return { persons, merged, listRows };
}
