/**
 * Finding a policy among resolved ones: by id (cq-pengshui-2025), by region for its latest year
 * (cq-pengshui), and a region's years. The one implementation behind the shipped registry and
 * every embedded script (which carries resolved policies, not the JSON files or zod).
 */
import type { PolicyModel } from "./model";
import { RuleError } from "../rules/errors";
import { clip } from "../text";

export interface PolicyRegistry {
  /** Every policy, by id. */
  list(): PolicyModel[];
  /** A policy by id (cq-pengshui-2025), by its name (重庆市彭水县大同镇2025年度), or by region alone for its latest year. */
  get(id: string): PolicyModel;
  /** The policies of one region, one per insurance year, oldest first. */
  family(model: PolicyModel): readonly PolicyModel[];
}

export function policyLookup(models: readonly PolicyModel[]): PolicyRegistry {
  const sorted = [...models].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(sorted.map((m) => [m.id, m] as [string, PolicyModel]));
  // The error below lists policies by name, so a name is as good as an id.
  const byLabel = new Map(sorted.map((m) => [m.label, m] as [string, PolicyModel]));
  const families = new Map<string, PolicyModel[]>();
  for (const m of sorted) {
    const family = families.get(m.policy.family) ?? [];
    family.push(m);
    families.set(m.policy.family, family);
  }
  for (const family of families.values()) family.sort((a, b) => a.year - b.year);
  return {
    list: () => [...sorted],
    get(id: string): PolicyModel {
      const key = id.trim().toLowerCase();
      const family = families.get(key);
      const model =
        byId.get(key) ?? byLabel.get(id.trim()) ?? (family ? family[family.length - 1] : undefined);
      if (model) return model;
      // Names only: the CLI adds the ids it takes (its --policy), a function takes either.
      const known = sorted.map((p) => p.label).join("、");
      throw new RuleError(
        "UNKNOWN_POLICY",
        `没有编号为“${clip(id)}”的政策。可用的政策：${known}。`
      );
    },
    family: (model) => families.get(model.policy.family) ?? [model],
  };
}

/**
 * A registry with one more policy (a clerk's 政策表): found by its id, its name and its
 * region, and in its region's years, in place of a shipped policy of the same region and year.
 */
export function withPolicy(registry: PolicyRegistry, model: PolicyModel): PolicyRegistry {
  return policyLookup([...registry.list().filter((m) => m.id !== model.id), model]);
}
