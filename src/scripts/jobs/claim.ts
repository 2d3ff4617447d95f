/**
 * 生成资助申报表, on whichever spreadsheet the host module reads and writes: the roster
 * sheets are read in blocks, the claim is built by the core (buildClaim), its workbook is the
 * core's (claimWorkbook: 申报汇总, one 申报表 per certifying department, 资助明细, 合并记录,
 * 未通过, the summaries keeping their live formulas), written as new sheets, and the job
 * answers what `yibao claim --json` prints (claimJson). The values the notice leaves open come
 * from the 政策设置 sheet or the settings parameter (settings.ts).
 */
import { buildClaim, rosterTables } from "../../core/claim/build";
import { HEADER_SEARCH_ROWS } from "../../core/claim/roster";
import { claimWorkbook } from "../../core/claim/workbook";
import { getPolicy } from "../../core/policy/registry";
import { useWorkbookPolicyTable } from "../policyTable";
import { claimJson, type ClaimJson } from "../../core/claim/json";
import { readHeads, readSheets, sheetNames, writeSheets, type Book } from "../host";
import { dateParam, given } from "../params";
import { suppliedValues } from "../settings";

export interface ClaimParams {
  policy: string;
  sheets?: string;
  date?: string;
  settings?: string;
}

/** Sheet names as a clerk types a list: commas (either width), 、 or semicolons. */
export function sheetList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function claimJob(book: Book, p: ClaimParams): ClaimJson {
  // A 政策表 sheet in the workbook is the policy of its region and year (its region when none is chosen).
  const table = useWorkbookPolicyTable(book);
  const model = table && !given(p.policy) ? table : getPolicy(String(p.policy ?? ""));
  const day = given(p.date) ? dateParam(p.date, "缴费日期") : undefined;
  const supplied = suppliedValues(book, model, p.settings);
  let names = sheetList(given(p.sheets) ? p.sheets : undefined);
  if (names.length === 0) {
    // Which sheets hold a roster is decided on their header rows, as the core would on the whole sheet.
    const heads = readHeads(book, HEADER_SEARCH_ROWS);
    names = rosterTables(heads, model).map((t) => t.sheet.name);
  }
  const rosters = readSheets(book, names);
  const result = buildClaim(rosters, model, {
    date: day,
    supplied,
    sheets: rosters.map((s) => s.name),
  });
  const claim = claimWorkbook(result, model, { existingSheets: sheetNames(book) });
  writeSheets(book, claim.sheets, { exactNames: true });
  return claimJson(result);
}
