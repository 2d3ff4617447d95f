/**
 * Which policy a roster is for, when the clerk has not said: the region whose subsidised
 * categories the roster's rows name most often, and of that region the insurance year the
 * payment date falls in, as a clerk would expect (two years of one region share their
 * categories, so the rows alone cannot tell them apart).
 */
import { Day, fromJsDate, toChinese } from "../dates";
import { isSubsidised, lookupCategory, rosterTables } from "../claim/build";
import { readRoster, RosterMapping } from "../claim/roster";
import { hasSubsidyTable } from "../claim/templates";
import type { SheetData } from "../sheet/address";
import { RuleError } from "../rules/errors";
import type { PolicyModel } from "./model";
import { listPolicies } from "./registry";

export interface InferOptions {
  mapping?: RosterMapping;
  /** The payment date the claim is for; today when absent. */
  paid?: Day;
  /** How the caller's user names a policy (the CLI: "请用 --policy 指定政策"). */
  ask?: string;
  /** The policies to choose among; those of the shipped registry by default. */
  policies?: PolicyModel[];
}

/** Of several years of one region, the latest whose payment window holds the date; else the latest begun by then. */
export function yearForPayment(years: PolicyModel[], paid: Day): PolicyModel {
  const byYear = [...years].sort((a, b) => a.year - b.year);
  const fits = byYear.filter((p) => paid >= p.collectionStart && paid <= p.lastPayableDay);
  if (fits.length > 0) return fits[fits.length - 1];
  const begun = byYear.filter((p) => paid >= p.collectionStart);
  return begun.length > 0 ? begun[begun.length - 1] : byYear[0];
}

/** Policies with a subsidy table, scored by how many roster rows have one of their subsidised categories. */
export function inferPolicy(
  sheets: SheetData[],
  options: InferOptions = {}
): { policy: PolicyModel; note: string } {
  const ask = options.ask ?? "请指定政策";
  const paid = options.paid ?? fromJsDate(new Date())!;
  const candidates = (options.policies ?? listPolicies()).filter((v) => hasSubsidyTable(v));
  const mapping = options.mapping;
  const texts = new Map<string, number>();
  let tables: ReturnType<typeof rosterTables> | null = null;
  for (const p of candidates) {
    try {
      tables = rosterTables(sheets, p, { mapping });
      break;
    } catch {
      // A single-tier policy may find a roster the others do not; try the next.
    }
  }
  if (!tables) {
    // Let the first candidate's error (headers found, fields missing) reach the clerk.
    rosterTables(sheets, candidates[0], { mapping });
    throw new RuleError("UNKNOWN_POLICY", ask);
  }
  for (const { sheet, table } of tables) {
    for (const r of readRoster(sheet, table).records)
      texts.set(r.category, (texts.get(r.category) ?? 0) + 1);
  }
  const scores = candidates
    .map((p) => {
      let n = 0;
      for (const [t, k] of texts) {
        const c = lookupCategory(p, t);
        if (c && isSubsidised(c)) n += k;
      }
      return { p, n };
    })
    .sort((a, b) => b.n - a.n);
  const list = candidates.map((p) => `${p.id}（${p.label}）`).join("、");
  const top = scores.filter((s) => s.n === scores[0]?.n && s.n > 0).map((s) => s.p);
  const regions = new Set(top.map((p) => p.policy.family));
  if (top.length === 0 || regions.size > 1) {
    throw new RuleError(
      "UNKNOWN_POLICY",
      `${ask}：各地资助标准不同，` +
        (top.length > 1
          ? `花名册的人员类别在 ${top.map((p) => p.id).join("、")} 中都能找到。`
          : "无法从花名册判断地区。") +
        `可用的政策：${list}`
    );
  }
  const best = top.length === 1 ? top[0] : yearForPayment(top, paid);
  const n = scores.find((s) => s.p === best)!.n;
  const year =
    top.length > 1
      ? `；该地区有${top.map((p) => p.year).join("、")}年度，按缴费日期${toChinese(paid)}取${best.year}年度`
      : "";
  return {
    policy: best,
    note: `按花名册的人员类别推断为 ${best.id}（${best.label}，${n}行类别相符${year}）`,
  };
}
