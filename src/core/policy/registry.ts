/**
 * Loads the policy files, applies `extends`, validates them, and turns each into a
 * PolicyModel with day numbers and name lookups ready for the rules engine.
 */
import { z } from "zod";
import base2025 from "./data/cq-2025-base.json";
import pengshui2025 from "./data/cq-pengshui-2025.json";
import shizhu2025 from "./data/cq-shizhu-2025.json";
import tongnan2023 from "./data/cq-tongnan-2023.json";
import tongnan2025 from "./data/cq-tongnan-2025.json";
import shuangqing2025 from "./data/hn-shuangqing-2025.json";
import { PolicyFile, policyFileSchema, policySchema } from "./schema";
import { PolicyModel } from "./model";
import { RuleError } from "../rules/errors";

export const POLICY_FILES: unknown[] = [
  base2025,
  tongnan2025,
  pengshui2025,
  shizhu2025,
  tongnan2023,
  shuangqing2025,
];

function byName<T extends { name: string }>(baseItems: T[], ownItems: T[]): T[] {
  const own = new Set(ownItems.map((c) => c.name));
  return [...baseItems.filter((c) => !own.has(c.name)), ...ownItems];
}

/** A county file over its base: its own categories and exceptions come first and replace the base's of the same name. */
function applyBase(file: PolicyFile, base: PolicyFile): PolicyFile {
  const ownExceptions = file.exceptions ?? [];
  const ownIds = new Set(ownExceptions.map((e) => e.id));
  return {
    ...base,
    ...file,
    abstract: file.abstract ?? false,
    documents: { ...base.documents, ...(file.documents ?? {}) },
    categories: byName(base.categories ?? [], file.categories ?? []),
    exceptions: [...ownExceptions, ...(base.exceptions ?? []).filter((e) => !ownIds.has(e.id))],
  };
}

function formatZodError(id: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message}`);
  return `政策文件 ${id} 格式不对：\n${lines.join("\n")}`;
}

/** Parses and merges a set of policy files; throws with every problem found in the first bad file. */
export function buildPolicies(files: unknown[]): Map<string, PolicyModel> {
  const parsed = new Map<string, PolicyFile>();
  for (const raw of files) {
    const result = policyFileSchema.safeParse(raw);
    const id = (raw as { id?: string })?.id ?? "?";
    if (!result.success) throw new Error(formatZodError(id, result.error));
    if (parsed.has(result.data.id)) throw new Error(`政策编号重复：${result.data.id}`);
    parsed.set(result.data.id, result.data);
  }
  const resolved = new Map<string, PolicyFile>();
  const resolve = (id: string, chain: string[]): PolicyFile => {
    const done = resolved.get(id);
    if (done) return done;
    if (chain.includes(id)) throw new Error(`政策继承成环：${[...chain, id].join(" → ")}`);
    const file = parsed.get(id);
    if (!file) throw new Error(`政策 ${chain[chain.length - 1]} 继承的 ${id} 不存在`);
    const merged = file.extends ? applyBase(file, resolve(file.extends, [...chain, id])) : file;
    resolved.set(id, merged);
    return merged;
  };
  const models = new Map<string, PolicyModel>();
  for (const id of parsed.keys()) {
    const merged = resolve(id, []);
    if (merged.abstract) continue;
    // Only a concrete policy must be complete; a base may leave the county's parts out.
    const result = policySchema.safeParse(merged);
    if (!result.success) throw new Error(formatZodError(id, result.error));
    models.set(id, new PolicyModel(result.data));
  }
  return models;
}

let registry: Map<string, PolicyModel> | null = null;
let sorted: PolicyModel[] = [];
const families = new Map<string, PolicyModel[]>();

function all(): Map<string, PolicyModel> {
  if (!registry) {
    registry = buildPolicies(POLICY_FILES);
    sorted = [...registry.values()].sort((a, b) => a.id.localeCompare(b.id));
    for (const p of sorted)
      families.set(p.policy.family, [...(families.get(p.policy.family) ?? []), p]);
    for (const list of families.values()) list.sort((a, b) => a.year - b.year);
  }
  return registry;
}

export function listPolicies(): PolicyModel[] {
  all();
  return [...sorted];
}

export function getPolicy(id: string): PolicyModel {
  const key = id.trim().toLowerCase();
  const model = all().get(key);
  if (!model) {
    const known = listPolicies()
      .map((p) => `${p.id}（${p.policy.region.name}${p.year}年度）`)
      .join("、");
    throw new RuleError("UNKNOWN_POLICY", `没有编号为“${id}”的政策。可用的政策：${known}`);
  }
  return model;
}

/** The policies of one region, one per insurance year, oldest first. */
export function familyOf(model: PolicyModel): readonly PolicyModel[] {
  all();
  return families.get(model.policy.family) ?? [model];
}
