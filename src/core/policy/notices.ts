/**
 * From notice files to policies, in OpenFisca's manner: each notice file states only what its
 * notice states, and a value stays in force until a later notice changes it. A region's policy
 * for an insurance year overlays, oldest first, the notices of the regions it lies within (the
 * city's values, 市) and its own (区县, 乡镇) of that year and before; at one year the nearer
 * region wins. A value a notice left open is in force for that notice's year only (checks).
 */
import { z } from "zod";
import { isObject, type Json, type JsonObject } from "./json";
import { noticeFileSchema, type NoticeFile, type NoticeRegion } from "./noticeSchema";

export interface Notice {
  /** The file name messages point at: the document number and .json. */
  file: string;
  data: NoticeFile;
}

/** One set of values a notice states for one region: its own, or the city-wide ones it restates. */
export interface Layer {
  notice: Notice;
  region: NoticeRegion;
  /** How far down the region lies: 0 for a city or a region within none. */
  depth: number;
  year: number;
  /** Where the values sit in the notice file (values, cityWide.values). */
  at: string;
  units: Map<string, Json>;
}

/** Collections whose items are stated field by field: a notice restates only the fields it changes. */
const BY_FIELD = ["tiers", "categories"];

/**
 * The units a value is stated and replaced in: each field of a tier or a category
 * (tiers.一档.personal, categories.低保边缘户.subsidy), each exception as a whole, each other
 * part as a whole (collection, goals…).
 */
export function unitsOf(values: JsonObject): Map<string, Json> {
  const units = new Map<string, Json>();
  for (const [part, v] of Object.entries(values)) {
    if (BY_FIELD.includes(part) && isObject(v)) {
      for (const [id, item] of Object.entries(v)) {
        if (item === null) units.set(`${part}.${id}`, null);
        else if (isObject(item))
          for (const [k, x] of Object.entries(item)) units.set(`${part}.${id}.${k}`, x);
      }
    } else if (part === "exceptions" && isObject(v)) {
      for (const [key, x] of Object.entries(v)) units.set(`${part}.${key}`, x);
    } else units.set(part, v);
  }
  return units;
}

export function formatZodError(file: string, what: string, error: z.ZodError): string {
  const lines = error.issues
    .slice(0, 10)
    .map((i) => `  ${i.path.join(".") || "（整个文件）"}: ${i.message}`);
  return `政策文件 ${file}${what} 格式不对：\n${lines.join("\n")}`;
}

/** A notice file as the registry receives it: its name and its parsed content. */
export interface NoticeSourceFile {
  name: string;
  data: unknown;
}

/** Parses the notice files; a file must be named by its document. */
export function readNotices(files: readonly NoticeSourceFile[]): Notice[] {
  const seen = new Map<string, string>();
  return files.map(({ name, data }) => {
    const result = noticeFileSchema.safeParse(data);
    if (!result.success) throw new Error(formatZodError(name, "", result.error));
    const expected = `${result.data.document}.json`;
    if (name !== expected) {
      throw new Error(
        `政策文件 ${name} 的文件名应为它的文号：${expected}。改法：把文件改名为 ${expected}。`
      );
    }
    const other = seen.get(result.data.document);
    if (other)
      throw new Error(
        `文号 ${result.data.document} 有两个政策文件：${other} 和 ${name}。改法：删去其中一个。`
      );
    seen.set(result.data.document, name);
    return { file: name, data: result.data };
  });
}

/** The regions the notices name, by id, each region's fields agreeing in every notice that names it. */
export function regionsOf(notices: readonly Notice[]): Map<string, NoticeRegion> {
  const regions = new Map<string, { region: NoticeRegion; file: string }>();
  const add = (region: NoticeRegion, file: string): void => {
    const before = regions.get(region.id);
    if (!before) regions.set(region.id, { region, file });
    else if (JSON.stringify(before.region) !== JSON.stringify(region)) {
      throw new Error(
        `${file}：region “${region.id}” 与 ${before.file} 写的不一样。改法：同一地区在各通知文件中照抄同样的 region。`
      );
    }
  };
  for (const n of notices) {
    add(n.data.region, n.file);
    if (n.data.cityWide) add(n.data.cityWide.region, n.file);
  }
  for (const { region, file } of regions.values()) {
    if (region.within && !regions.has(region.within)) {
      throw new Error(
        `${file}：region “${region.id}” 的 within 写的 ${region.within} 没有哪个通知文件写过。改法：改正 within。`
      );
    }
  }
  return new Map([...regions].map(([id, r]) => [id, r.region]));
}

/** A region and the regions it lies within, nearest first. */
export function chainOf(regions: Map<string, NoticeRegion>, id: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = id; at !== undefined; at = regions.get(at)?.within) {
    if (chain.includes(at)) throw new Error(`地区的 within 成环：${[...chain, at].join(" → ")}`);
    chain.push(at);
  }
  return chain;
}

/** Every layer of values the notices state, with the depth of its region. */
export function layersOf(notices: readonly Notice[], regions: Map<string, NoticeRegion>): Layer[] {
  const layer = (notice: Notice, region: NoticeRegion, at: string, values: JsonObject): Layer => ({
    notice,
    region,
    depth: chainOf(regions, region.id).length - 1,
    year: notice.data.year,
    at,
    units: unitsOf(values),
  });
  return notices.flatMap((n) => [
    layer(n, n.data.region, "values", n.data.values as JsonObject),
    ...(n.data.cityWide
      ? [layer(n, n.data.cityWide.region, "cityWide.values", n.data.cityWide.values as JsonObject)]
      : []),
  ]);
}

/** The layers in force for a region's year, in the order they overlay: older first, at one year the nearer region last. */
export function layersFor(
  layers: readonly Layer[],
  chain: readonly string[],
  year: number
): Layer[] {
  return layers
    .filter((l) => l.year <= year && chain.includes(l.region.id))
    .sort(
      (a, b) =>
        a.year - b.year ||
        a.depth - b.depth ||
        (a.notice.data.date ?? "").localeCompare(b.notice.data.date ?? "") ||
        a.notice.data.document.localeCompare(b.notice.data.document)
    );
}

/** One unit's value in force and the layer that stated it; earlier statements of it, oldest first. */
export interface InForce {
  value: Json;
  layer: Layer;
  before: Array<{ value: Json; layer: Layer }>;
}

/** Each unit in force after the layers, with where it was stated; a null states "no longer". */
export function inForce(layers: readonly Layer[]): Map<string, InForce> {
  const out = new Map<string, InForce>();
  for (const layer of layers) {
    for (const [path, value] of layer.units) {
      const prior = out.get(path);
      // A whole tier or category set to null drops its fields.
      if (value === null && /^(tiers|categories)\.[^.]+$/.test(path)) {
        for (const k of [...out.keys()]) if (k.startsWith(`${path}.`)) out.delete(k);
      }
      const before = prior ? [...prior.before, { value: prior.value, layer: prior.layer }] : [];
      // Re-inserted, so a unit restated by a nearer region comes after the inherited ones (a county's categories follow the city's).
      out.delete(path);
      out.set(path, { value, layer, before });
    }
  }
  return out;
}

/** The policy tree of one region's year from the units in force, before validation. */
export function treeOf(units: Map<string, InForce>): JsonObject {
  const tree: JsonObject = {};
  const tiers: JsonObject = {};
  const categories: JsonObject = {};
  const exceptions: Array<{ depth: number; item: JsonObject }> = [];
  for (const [path, { value, layer }] of units) {
    const [part, key, field] = path.split(".");
    // null is "none this year": kept where the schema has a "none" (no Jan–Feb window), dropped elsewhere.
    if (value === null) {
      if (part === "nextMonthWindow") tree[part] = null;
      continue;
    }
    if (part === "tiers" && field) {
      tiers[key] = { ...((tiers[key] as JsonObject) ?? { id: key }), [field]: value };
    } else if (part === "categories" && field) {
      categories[key] = { ...((categories[key] as JsonObject) ?? { name: key }), [field]: value };
    } else if (part === "exceptions" && isObject(value))
      exceptions.push({ depth: layer.depth, item: { id: key, ...value } });
    else tree[part] = value;
  }
  if (Object.keys(tiers).length) tree.tiers = Object.values(tiers);
  if (Object.keys(categories).length) tree.categories = Object.values(categories);
  // Exceptions are tried in order: the nearer region's own first.
  tree.exceptions = exceptions.sort((a, b) => b.depth - a.depth).map((e) => e.item);
  return tree;
}

/** Every citation's document in a tree. */
export function citedDocuments(node: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => citedDocuments(n, out));
  else if (isObject(node)) {
    if (typeof node.doc === "string" && typeof node.clause === "string") out.add(node.doc);
    else Object.values(node).forEach((v) => citedDocuments(v, out));
  }
  return out;
}
