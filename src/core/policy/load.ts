/**
 * Builds and checks the policies from the notice files. Each region's year is resolved from the
 * values in force (notices.ts) and refused, with the file, the value and the fix, when:
 *  - a notice restates a value in force differently without listing it under `changes`;
 *  - a value left open by an earlier year's notice would be carried into this year;
 *  - the resolved year lacks a part or has one of the wrong shape (policySchema);
 *  - a date is out of order or outside its year, an amount is not in its quote, a cited clause
 *    is not in the notice's outline, or a cited document is unknown or of a later year (consistency.ts).
 */
import { isObject, type Json, type JsonObject } from "./json";
import {
  citedDocuments,
  formatZodError,
  inForce,
  layersFor,
  layersOf,
  chainOf,
  readNotices,
  regionsOf,
  treeOf,
  type InForce,
  type Notice,
  type NoticeSourceFile,
} from "./notices";
import { policySchema, type Policy, type PolicyDocument } from "./schema";
import { citesIn, keyedPolicy, policyProblems, type NoticeSource } from "./consistency";

/** Whether a value is, or holds, one the notice left open. */
function holdsOpen(node: Json): boolean {
  if (Array.isArray(node)) return node.some(holdsOpen);
  return (
    isObject(node) &&
    (node.open === true || node.kind === "open" || Object.values(node).some(holdsOpen))
  );
}

const WORDING = [
  "cite",
  "note",
  "remark",
  "label",
  "text",
  "aliases",
  "formerNames",
  "reason",
  "department",
];

/**
 * What a value says, without its citations and explanations, and with each date as its place in
 * the insurance year (the same day of a later year is no change): what two notices must agree on.
 */
function substance(node: Json, year: number): Json {
  if (typeof node === "string" && /^\d{4}-\d{2}-\d{2}$/.test(node))
    return `${Number(node.slice(0, 4)) - year}${node.slice(4)}`;
  if (Array.isArray(node)) return node.map((n) => substance(n, year));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) if (!WORDING.includes(k)) out[k] = substance(v, year);
  return out;
}

export interface ResolvedYear {
  policy: Policy;
  /** Each unit's value in force, with the notice file that states it. */
  units: Map<string, InForce>;
}

function documentsFor(
  notices: readonly Notice[],
  tree: JsonObject
): Record<string, PolicyDocument> {
  const known: Record<string, PolicyDocument> = {};
  for (const n of notices) {
    Object.assign(known, n.data.references ?? {});
    const d = n.data;
    known[d.document] = {
      ...(d.seed ? { file: d.seed } : {}),
      title: d.title,
      issuer: d.issuer,
      ...(d.date ? { date: d.date } : {}),
      year: d.year,
    };
  }
  return Object.fromEntries(
    [...citedDocuments(tree)].filter((no) => known[no]).map((no) => [no, known[no]])
  );
}

/** The notice file that states the value at a path (the unit it lies in). */
function fileOf(units: Map<string, InForce>, path: string): string {
  let best = "";
  for (const unit of units.keys()) {
    if ((path === unit || path.startsWith(`${unit}.`)) && unit.length > best.length) best = unit;
    else if (!best && unit.startsWith(`${path}.`)) best = unit; // a category named as a whole: any of its fields
  }
  return best ? units.get(best)!.layer.notice.file : "?";
}

/** Reads, checks and resolves the notice files; throws with every problem found. */
export function resolveNotices(files: readonly NoticeSourceFile[]): ResolvedYear[] {
  const notices = readNotices(files);
  const regions = regionsOf(notices);
  const layers = layersOf(notices, regions);
  const byDocument = new Map(notices.map((n) => [n.data.document, n]));
  const problems = new Set<string>();
  const out: ResolvedYear[] = [];
  const ownYears = new Map<string, Set<number>>();
  for (const n of notices)
    ownYears.set(n.data.region.id, (ownYears.get(n.data.region.id) ?? new Set()).add(n.data.year));

  for (const [regionId, years] of ownYears) {
    const chain = chainOf(regions, regionId);
    for (const year of [...years].sort()) {
      const units = inForce(layersFor(layers, chain, year));
      for (const [path, u] of units) {
        const file = u.layer.notice.file;
        const last = u.before[u.before.length - 1];
        if (
          last &&
          last.value !== null &&
          !WORDING.includes(path.split(".").pop()!) &&
          !holdsOpen(last.value) &&
          u.value !== null &&
          JSON.stringify(substance(u.value, u.layer.year)) !==
            JSON.stringify(substance(last.value, last.layer.year)) &&
          !(u.layer.notice.data.changes ?? {})[path]
        ) {
          problems.add(
            `${file}：${path} 与现行的 ${last.layer.notice.data.document}（${last.layer.notice.file}）写的不一样。` +
              `改法：新通知确实改了它的，在 changes 里写上 "${path}": "改了什么"；只是重述的，照抄现行的值。`
          );
        }
        if (u.value !== null && u.layer.year < year && holdsOpen(u.value)) {
          problems.add(
            `${file}：${path} 是 ${u.layer.year} 年度通知未定的值，不能沿用到 ${year} 年度（${regionId}）。` +
              `改法：在 ${year} 年度的通知文件里写出它的值，或再写成 open 并引用新通知的原文。`
          );
        }
      }
      const tree = treeOf(units);
      const region = { ...regions.get(regionId)! } as JsonObject;
      delete region.id;
      delete region.within;
      const candidate = {
        id: `${regionId}-${year}`,
        family: regionId,
        ...(regions.get(regionId)!.within ? { extends: regions.get(regionId)!.within } : {}),
        region,
        year,
        documents: documentsFor(notices, tree),
        ...tree,
      };
      const own = notices
        .filter((n) => n.data.region.id === regionId && n.data.year === year)
        .map((n) => n.file);
      const parsed = policySchema.safeParse(candidate);
      if (!parsed.success) {
        problems.add(
          formatZodError(own.join("、"), `（${regionId} ${year}年度）`, parsed.error) +
            `\n改法：在 ${own.join(" 或 ")} 的 values 里写上缺的或写错的项（全市统一的由市级通知文件写）。`
        );
        continue;
      }
      const policy = parsed.data;
      for (const [path, { doc: c }] of citesIn(keyedPolicy(policy))) {
        const ref = policy.documents[c];
        if (!ref)
          problems.add(
            `${fileOf(units, path)}：${path} 引用的文件“${c}”没有登记。改法：为它加一个通知文件，或在 references 里登记它。`
          );
        else if (ref.year > year)
          problems.add(
            `${fileOf(units, path)}：${path} 在 ${year} 年度引用了 ${ref.year} 年度的文件“${c}”。改法：改引本年度或以前的通知。`
          );
      }
      const sources = (doc: string): NoticeSource | undefined => {
        const n = byDocument.get(doc);
        return n ? { outline: n.data.outline } : undefined;
      };
      for (const p of policyProblems(policy, sources)) {
        problems.add(
          `${fileOf(units, p.path)}：${p.path}（${regionId} ${year}年度）${p.problem}。改法：${p.fix}。`
        );
      }
      out.push({ policy, units });
    }
  }
  if (problems.size > 0) {
    throw new Error(
      `政策数据有 ${problems.size} 处问题：\n${[...problems].map((p) => `  ${p}`).join("\n")}`
    );
  }
  return out;
}
