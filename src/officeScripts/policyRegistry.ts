/**
 * The policy registry inside an Office Script: the lookups of src/core/policy/registry.ts
 * over the embedded policies. The bundler puts this module in the registry's place, so the
 * rules engine runs unchanged in a script.
 */
import { PolicyModel } from "../core/policy/model";
import { RuleError } from "../core/rules/errors";
import { EMBEDDED_POLICIES } from "./embeddedPolicies";

let models: PolicyModel[] | null = null;

function all(): PolicyModel[] {
  models ??= EMBEDDED_POLICIES.map((p) => new PolicyModel(p)).sort((a, b) =>
    a.id.localeCompare(b.id)
  );
  return models;
}

export function listPolicies(): PolicyModel[] {
  return [...all()];
}

export function getPolicy(id: string): PolicyModel {
  const key = id.trim().toLowerCase();
  const found =
    all().find((m) => m.id === key) ??
    all()
      .filter((m) => m.policy.family === key)
      .pop();
  if (found) return found;
  const known = all()
    .map((p) => p.label)
    .join("、");
  throw new RuleError("UNKNOWN_POLICY", `没有这项政策。可用的政策：${known}`);
}

/** The policies of one region, one per insurance year, oldest first. */
export function familyOf(model: PolicyModel): readonly PolicyModel[] {
  return all()
    .filter((m) => m.policy.family === model.policy.family)
    .sort((a, b) => a.year - b.year);
}
