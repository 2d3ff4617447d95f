/**
 * The policies: each issuer file resolved for each insurance year it states, checked
 * (checks.ts) and turned into a PolicyModel with day numbers and name lookups ready for
 * the rules engine. A policy id is region + year (cq-pengshui-2025), as workbooks save it.
 */
import cq from "./data/cq.json";
import cqPengshui from "./data/cq-pengshui.json";
import cqShizhu from "./data/cq-shizhu.json";
import cqTongnan from "./data/cq-tongnan.json";
import hnShuangqing from "./data/hn-shuangqing.json";
import { checkIssuers } from "./checks";
import { chainOf, formatZodError, policyObject, policyYears, readIssuers } from "./issuers";
import { PolicyModel } from "./model";
import { policySchema } from "./schema";
import { policyLookup, withPolicy, type PolicyRegistry } from "./lookup";

export type { PolicyRegistry };

/** One file per issuer: the Chongqing-wide values, each county or township, 湖南双清. */
export const ISSUER_FILES: unknown[] = [cq, cqTongnan, cqPengshui, cqShizhu, hnShuangqing];
/** The files as shipped (kept under the old name for tests that copy and break them). */
export const POLICY_FILES = ISSUER_FILES;

const familyByModel = new WeakMap<PolicyModel, readonly PolicyModel[]>();

/**
 * Reads, checks and resolves a set of issuer files (several files of one issuer are joined,
 * so a new year's entries may be kept apart); throws with every problem the checks find.
 */
export function buildPolicies(files: unknown[]): Map<string, PolicyModel> {
  const issuers = readIssuers(files);
  const problems = checkIssuers(issuers);
  if (problems.length > 0) {
    throw new Error(
      `政策数据有 ${problems.length} 处问题：\n${problems.map((p) => `  ${p}`).join("\n")}`
    );
  }
  const models = new Map<string, PolicyModel>();
  for (const issuer of issuers.values()) {
    const family: PolicyModel[] = [];
    for (const year of policyYears(issuer)) {
      const result = policySchema.safeParse(policyObject(issuers, issuer.id, year));
      if (!result.success) {
        throw new Error(
          formatZodError(issuer.file, `（${year}年度）`, result.error) +
            `\n改法：在 ${chainOf(issuers, issuer.id)
              .map((i) => i.file)
              .join(" 或 ")} 里给上面缺的或写错的项写上 "${year}" 的值` +
            `（全市统一的写在 extends 的文件里），或写 "${year}": {"carriedOver": ${year - 1}} 说明沿用。`
        );
      }
      const model = new PolicyModel(result.data);
      models.set(model.id, model);
      family.push(model);
    }
    for (const m of family) familyByModel.set(m, family);
  }
  return models;
}

export function createRegistry(files: unknown[]): PolicyRegistry {
  return policyLookup([...buildPolicies(files).values()]);
}

let shipped: PolicyRegistry | null = null;
/** The shipped policies with a clerk's 政策表 among them, while one is in use. */
let withUser: PolicyRegistry | null = null;

/** The registry of the shipped files, without a clerk's 政策表. */
export function shippedRegistry(): PolicyRegistry {
  shipped ??= createRegistry(ISSUER_FILES);
  return shipped;
}

/** The registry every front door uses: the shipped files, and the clerk's 政策表 in use. */
export function policyRegistry(): PolicyRegistry {
  return withUser ?? shippedRegistry();
}

/** Makes a clerk's 政策表 the policy of its region and year (null: back to the shipped ones). */
export function useUserPolicy(model: PolicyModel | null): void {
  withUser = model ? withPolicy(shippedRegistry(), model) : null;
}

export function listPolicies(): PolicyModel[] {
  return policyRegistry().list();
}

export function getPolicy(id: string): PolicyModel {
  return policyRegistry().get(id);
}

/** The policies of one region, one per insurance year, oldest first (of the registry the model came from). */
export function familyOf(model: PolicyModel): readonly PolicyModel[] {
  if (withUser && withUser.list().includes(model)) return withUser.family(model);
  return familyByModel.get(model) ?? policyRegistry().family(model);
}
