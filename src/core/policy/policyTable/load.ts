/**
 * A 政策表 read and checked as a whole: the policy, or every problem by cell. Nothing of a
 * table with a problem is used. Pure (no zod): the Office Scripts run it as it is; the other
 * front doors also validate the result with the schema (../userPolicy.ts).
 */
import type { Policy } from "../types";
import { tableProblems } from "./checks";
import { readPolicyTable, SheetIn, TableProblem } from "./read";
import { TABLE_SHEET } from "./layout";

export type { SheetIn, TableProblem };

export function checkPolicyTable(
  sheets: readonly SheetIn[],
  patterns: readonly Policy[]
): { policy: Policy | null; problems: TableProblem[] } {
  const read = readPolicyTable(sheets, patterns);
  const problems = read.problems.length > 0 ? read.problems : tableProblems(read);
  return { policy: problems.length === 0 ? read.policy : null, problems };
}

/** The problems as one message: each with its cell, and that nothing of the table is used. */
export function policyTableMessage(problems: readonly TableProblem[]): string {
  return (
    `${TABLE_SHEET}有${problems.length}处问题，未使用这份政策表：\n` +
    problems.map((p) => `  ${p.at}：${p.message}`).join("\n")
  );
}

export class PolicyTableError extends Error {
  readonly problems: readonly TableProblem[];
  constructor(problems: readonly TableProblem[]) {
    super(policyTableMessage(problems));
    this.name = "PolicyTableError";
    this.problems = problems;
  }
}

/** Whether a workbook's sheets include a 政策表. */
export function hasPolicyTable(sheets: readonly { name: string }[]): boolean {
  return sheets.some((s) => s.name.trim() === TABLE_SHEET);
}
