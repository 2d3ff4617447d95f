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
 *
 * This file reads the rows and applies rule 1 and 2's checks; resolver.ts turns a row's
 * texts into the policy's category, tier, day and amounts, people.ts applies rule 3 and 4,
 * lines.ts adds up the lines and totals, result.ts holds the result's types.
 */
import { Day, dayFromParts, fromJsDate, toIso } from "../dates";
import { checkId, idProblem } from "../idNumber";
import type { PolicyModel } from "../policy/model";
import type { SheetData } from "../sheet/address";
import { claimDepartments } from "./departments";
import { ClaimTally } from "./lines";
import { ClaimPeople, Problem, settlePerson } from "./people";
import { Resolver } from "./resolver";
import {
  ClaimError,
  ClaimOptions,
  ClaimPerson,
  ClaimResult,
  isClaimOutputSheet,
  MergedRow,
  RejectedRow,
  RowValues,
} from "./result";
import {
  findRoster,
  idColumnDamage,
  IdColumnDamage,
  IgnoredRow,
  RosterCursor,
  RosterError,
  RosterRecord,
  RosterTable,
  scanRoster,
  tryFindRoster,
} from "./roster";

export * from "./result";
export * from "./departments";
export { lookupCategory } from "./resolver";
export { highestIdentity } from "./people";
export { claimLines } from "./lines";

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
  const persons = new ClaimPeople();
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
      problems.push({ code: "ID", message: idProblem(idr) });
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
        const conflict = persons.add(
          rec,
          idr.normalized!,
          cat.value!,
          tier.value!,
          a,
          paid,
          given !== undefined,
          idr.converted15 === true
        );
        if (conflict === null) return;
        problems.push(conflict);
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
  const tally = new ClaimTally();
  for (const p of persons.byId.values()) {
    const winner = settlePerson(p, merged);
    tally.add(p.department, winner._cat, winner._tier, winner._amounts);
    people.push(p);
  }

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
    lines: tally.lines(policy),
    departments: claimDepartments(policy),
    totals: tally.totals(),
    defaultDate,
  };
}

/** "rows in = people + merged + rejected", for summaries. */
export function balanceText(r: ClaimResult): string {
  return `输入${r.inputRows}行 = 申报${r.people.length}人 + 合并${r.merged.length}行 + 未通过${r.rejected.length}行`;
}
