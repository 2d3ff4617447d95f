/**
 * The policy registry inside an Office Script: core/policy/lookup.ts over the embedded policies.
 * The bundler puts this module in the registry's place, so the rules engine runs unchanged in a script.
 */
import { policyLookup, type PolicyRegistry } from "../core/policy/lookup";
import { PolicyModel } from "../core/policy/model";
import { EMBEDDED_POLICIES } from "./embeddedPolicies";

let registry: PolicyRegistry | null = null;

function embedded(): PolicyRegistry {
  registry ??= policyLookup(EMBEDDED_POLICIES.map((p) => new PolicyModel(p)));
  return registry;
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
