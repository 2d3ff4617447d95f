/**
 * A clerk's 政策表 made the policy of its region and year for every front door: read and
 * checked by the core (policyTable/), validated by the schema, turned into a PolicyModel and
 * put in the registry in place of (or beside) the shipped policy of that region and year.
 */
import { PolicyModel } from "./model";
import { checkPolicyTable, PolicyTableError, SheetIn } from "./policyTable/load";
import { shippedRegistry, useUserPolicy } from "./registry";
import { policySchema } from "./schema";
import type { StoredPolicyTable } from "./policyTable/stored";

/** The policy of a 政策表, or a PolicyTableError with every problem by cell. */
export function policyFromTable(sheets: readonly SheetIn[]): PolicyModel {
  const patterns = shippedRegistry()
    .list()
    .map((m) => m.policy);
  const { policy, problems } = checkPolicyTable(sheets, patterns);
  if (!policy) throw new PolicyTableError(problems);
  const parsed = policySchema.safeParse(policy);
  if (!parsed.success) {
    throw new PolicyTableError(
      parsed.error.issues.map((i) => ({
        at: "政策表",
        message: `数据不完整（${i.message}）。请用导出的政策表修改，不要删改项目。`,
      }))
    );
  }
  try {
    const model = new PolicyModel(parsed.data);
    model.userTable = true;
    return model;
  } catch (e) {
    throw new PolicyTableError([{ at: "政策表", message: (e as Error).message }]);
  }
}

/** Reads a 政策表 and makes it the policy of its region and year; returns it. */
export function loadPolicyTable(sheets: readonly SheetIn[]): PolicyModel {
  const model = policyFromTable(sheets);
  useUserPolicy(model);
  return model;
}

let lastStored: { ref: StoredPolicyTable | null; key: string; model: PolicyModel | null } | null =
  null;

/**
 * Makes a stored 政策表 the policy in use, or none (null): for the custom functions, which read
 * it from the workbook's settings on every call, so it is checked once per table, not per
 * call. A stored table that no longer passes the checks is not used.
 */
export function useStoredPolicyTable(stored: StoredPolicyTable | null): PolicyModel | null {
  if (lastStored && lastStored.ref === stored) return lastStored.model;
  const key = stored ? JSON.stringify(stored.sheets) : "";
  if (lastStored?.key === key) lastStored.ref = stored;
  else {
    let model: PolicyModel | null = null;
    if (stored) {
      try {
        model = policyFromTable(stored.sheets);
      } catch {
        model = null;
      }
    }
    lastStored = { ref: stored, key, model };
    useUserPolicy(model);
  }
  return lastStored.model;
}
