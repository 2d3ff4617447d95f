/**
 * From issuer files to policies: a region's policy for one insurance year is its city's
 * values of that year overlaid with its own. Collections are keyed in the files (tier id,
 * category name, exception id) and become the arrays the engine reads.
 */
import { z } from "zod";
import {
  DatedEntry,
  isObject,
  Json,
  JsonObject,
  mergeFragments,
  resolveYear,
  yearsOf,
} from "./dated";
import { DATED_PARTS, IssuerFile, issuerFileSchema, PolicyDocument } from "./schema";

export interface Issuer {
  id: string;
  /** The file name messages point at. */
  file: string;
  data: IssuerFile;
  /** The dated parts only, as a tree. */
  values: JsonObject;
}

export function fileName(issuer: string): string {
  return `${issuer}.json`;
}

/** Parses the files and joins fragments of the same issuer (a new year's entries kept apart). */
export function readIssuers(files: unknown[]): Map<string, Issuer> {
  const joined = new Map<string, Json>();
  for (const raw of files) {
    const id = isObject(raw) && typeof raw.issuer === "string" ? raw.issuer : "?";
    const before = joined.get(id);
    joined.set(
      id,
      before === undefined ? (raw as Json) : mergeFragments(before, raw as Json, "", fileName(id))
    );
  }
  const out = new Map<string, Issuer>();
  for (const [id, raw] of joined) {
    const result = issuerFileSchema.safeParse(raw);
    if (!result.success) throw new Error(formatZodError(fileName(id), "", result.error));
    const values: JsonObject = {};
    for (const k of DATED_PARTS) {
      const v = (raw as JsonObject)[k];
      if (v !== undefined) values[k] = v;
    }
    out.set(id, { id, file: fileName(id), data: result.data, values });
  }
  for (const issuer of out.values()) chainOf(out, issuer.id);
  return out;
}

export function formatZodError(file: string, year: string, error: z.ZodError): string {
  const lines = error.issues
    .slice(0, 10)
    .map((i) => `  ${i.path.join(".") || "（整个文件）"}: ${i.message}`);
  return `政策文件 ${file}${year} 格式不对：\n${lines.join("\n")}`;
}

/** The issuer and the files it extends, nearest first. */
export function chainOf(issuers: Map<string, Issuer>, id: string): Issuer[] {
  const chain: Issuer[] = [];
  let current: string | undefined = id;
  while (current !== undefined) {
    const issuer = issuers.get(current);
    if (!issuer) {
      throw new Error(
        `${fileName(chain[chain.length - 1]?.id ?? id)}：extends 写的 ${current} 没有对应的政策文件。改法：改正 extends，或加上 ${fileName(current)}。`
      );
    }
    if (chain.includes(issuer)) {
      throw new Error(
        `政策文件的 extends 成环：${[...chain, issuer].map((i) => i.file).join(" → ")}`
      );
    }
    chain.push(issuer);
    current = issuer.data.extends;
  }
  return chain;
}

/** The documents an issuer may cite: its own and those of the files it extends. */
export function documentsOf(
  issuers: Map<string, Issuer>,
  id: string
): Record<string, PolicyDocument> {
  const out: Record<string, PolicyDocument> = {};
  for (const issuer of chainOf(issuers, id).reverse())
    Object.assign(out, issuer.data.documents ?? {});
  return out;
}

/** The years a concrete issuer has a policy for: those its own file states. */
export function policyYears(issuer: Issuer): number[] {
  return issuer.data.abstract ? [] : yearsOf(issuer.values);
}

/** An issuer's own values for one year, with collections as arrays; a removed item is kept as a marker. */
function ownParts(issuer: Issuer, year: number, entries: DatedEntry[]): JsonObject {
  const tree = (resolveYear(issuer.values, year, entries) ?? {}) as JsonObject;
  const out: JsonObject = { ...tree };
  const keyed = (key: string, idField: string, alive: (v: JsonObject) => boolean): void => {
    if (!isObject(tree[key])) return;
    out[key] = Object.entries(tree[key] as JsonObject).map(([k, v]) =>
      isObject(v) && alive(v)
        ? { [idField]: k, ...(dropNulls(v) as JsonObject) }
        : { [idField]: k, removed: true }
    );
  };
  // Only an explicit null removes; a part merely missing is left for the schema to report.
  keyed("tiers", "id", (t) => t.personal !== null);
  keyed("categories", "name", (c) => c.cite !== null);
  keyed("exceptions", "id", () => true);
  return out;
}

type Item = JsonObject & { removed?: boolean };

/** Inside a tier, category or exception a null can only be a dated "none this year" (a note, a tier's subsidy). */
function dropNulls(node: Json): Json {
  if (Array.isArray(node)) return node.map((v) => dropNulls(v));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) if (v !== null) out[k] = dropNulls(v);
  return out;
}

function byKey(base: Json, own: Json, key: string, ownFirst: boolean): Json[] {
  const b = (Array.isArray(base) ? base : []) as Item[];
  const o = (Array.isArray(own) ? own : []) as Item[];
  const mine = new Set(o.map((x) => x[key]));
  const inherited = b.filter((x) => !mine.has(x[key]));
  const all = ownFirst ? [...o, ...inherited] : [...inherited, ...o];
  return all.filter((x) => !x.removed);
}

/** The values of one year along an issuer's chain: each file's own over the one it extends. */
export function partsFor(
  issuers: Map<string, Issuer>,
  id: string,
  year: number,
  entries: DatedEntry[] = []
): JsonObject {
  let merged: JsonObject = {};
  for (const issuer of chainOf(issuers, id).reverse()) {
    const own = ownParts(issuer, year, entries);
    merged = {
      ...merged,
      ...own,
      // A county's own category or tier replaces the city's of the same name; its exceptions are tried first.
      ...(merged.tiers || own.tiers ? { tiers: byKey(merged.tiers, own.tiers, "id", false) } : {}),
      ...(merged.categories || own.categories
        ? { categories: byKey(merged.categories, own.categories, "name", false) }
        : {}),
      ...(merged.exceptions || own.exceptions
        ? { exceptions: byKey(merged.exceptions, own.exceptions, "id", true) }
        : {}),
    };
  }
  // null states "none this year": kept where the schema has a "none" (nextMonthWindow), dropped elsewhere.
  for (const [k, v] of Object.entries(merged))
    if (v === null && k !== "nextMonthWindow") delete merged[k];
  return merged;
}

/** The policy object of one region and year, before validation. */
export function policyObject(issuers: Map<string, Issuer>, id: string, year: number): JsonObject {
  const issuer = issuers.get(id)!;
  const parts = partsFor(issuers, id, year);
  // The year's own documents, and the older ones its values cite (standing rules, carried-over values).
  const cited = new Set<string>();
  const visit = (n: Json): void => {
    if (Array.isArray(n)) n.forEach((v) => visit(v));
    else if (isObject(n)) {
      if (typeof n.doc === "string") cited.add(n.doc);
      Object.values(n).forEach((v) => visit(v));
    }
  };
  visit(parts);
  const documents = Object.fromEntries(
    Object.entries(documentsOf(issuers, id)).filter(([no, d]) => d.year === year || cited.has(no))
  );
  return {
    id: `${id}-${year}`,
    family: id,
    ...(issuer.data.extends ? { extends: issuer.data.extends } : {}),
    region: issuer.data.region as unknown as JsonObject,
    year,
    documents: documents as unknown as JsonObject,
    ...parts,
  };
}
