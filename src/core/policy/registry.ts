/**
 * The policies: the notice files present (notices/index.ts, generated from the folder) resolved
 * for each region and insurance year its own notices cover, checked at load (load.ts) and
 * turned into PolicyModels with day numbers and name lookups ready for the rules engine.
 * A policy id is region + year (cq-pengshui-2025), as workbooks save it.
 */
import { NOTICE_FILES } from "./notices/index";
import { resolveNotices } from "./load";
import type { NoticeSourceFile } from "./notices";
import { PolicyModel } from "./model";
import { policyLookup, withPolicy, type PolicyRegistry } from "./lookup";

export type { PolicyRegistry, NoticeSourceFile };
export { NOTICE_FILES };

const familyByModel = new WeakMap<PolicyModel, readonly PolicyModel[]>();

/** Reads, checks and resolves a set of notice files; throws with every problem the checks find. */
export function buildPolicies(files: readonly NoticeSourceFile[]): Map<string, PolicyModel> {
  const models = new Map<string, PolicyModel>();
  for (const { policy } of resolveNotices(files)) models.set(policy.id, new PolicyModel(policy));
  const families = new Map<string, PolicyModel[]>();
  for (const m of models.values())
    families.set(m.policy.family, [...(families.get(m.policy.family) ?? []), m]);
  for (const family of families.values()) {
    family.sort((a, b) => a.year - b.year);
    for (const m of family) familyByModel.set(m, family);
  }
  return models;
}

export function createRegistry(files: readonly NoticeSourceFile[]): PolicyRegistry {
  return policyLookup([...buildPolicies(files).values()]);
}

let shipped: PolicyRegistry | null = null;
/** The shipped policies with a clerk's 政策表 among them, while one is in use. */
let withUser: PolicyRegistry | null = null;

/** The registry of the shipped notice files, without a clerk's 政策表. */
export function shippedRegistry(): PolicyRegistry {
  shipped ??= createRegistry(NOTICE_FILES);
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
