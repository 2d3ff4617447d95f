/**
 * The policy registry inside an Office Script: core/policy/lookup.ts over the embedded policies.
 * The bundler puts this module in the registry's place, so the rules engine runs unchanged in a script.
 */
import { policyLookup, withPolicy, type PolicyRegistry } from "../core/policy/lookup";
import { PolicyModel } from "../core/policy/model";
import { EMBEDDED_POLICIES } from "./embeddedPolicies";

let registry: PolicyRegistry | null = null;
/** The embedded policies with the workbook's 政策表 among them, while one is in use. */
let withUser: PolicyRegistry | null = null;

export function shippedRegistry(): PolicyRegistry {
  registry ??= policyLookup(EMBEDDED_POLICIES.map((p) => new PolicyModel(p)));
  return registry;
}

function embedded(): PolicyRegistry {
  return withUser ?? shippedRegistry();
}

/** Makes a 政策表 the policy of its region and year (null: back to the embedded ones). */
export function useUserPolicy(model: PolicyModel | null): void {
  withUser = model ? withPolicy(shippedRegistry(), model) : null;
}

export function listPolicies(): PolicyModel[] {
  return embedded().list();
}

export function getPolicy(id: string): PolicyModel {
  return embedded().get(id);
}

/** The policies of one region, one per insurance year, oldest first. */
export function familyOf(model: PolicyModel): readonly PolicyModel[] {
  return embedded().family(model);
}
