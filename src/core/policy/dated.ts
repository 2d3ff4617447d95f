/**
 * Dated values, in OpenFisca's manner: in an issuer file a value that changes from year to
 * year is a map from the insurance year it applies to ("2025") to the value for that year.
 * Resolving a file for one year keeps each map's entry for that year, and only that year:
 * nothing is carried from another year unless the entry says so ({"carriedOver": 2025}).
 * An entry of null states that the year has no such value (the new notice dropped it).
 */

const YEAR_KEY = /^\d{4}$/;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(node: unknown): node is JsonObject {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

/** A map from insurance years to values: a non-empty object whose keys are all years. */
export function isDated(node: unknown): node is JsonObject {
  if (!isObject(node)) return false;
  const keys = Object.keys(node);
  return keys.length > 0 && keys.every((k) => YEAR_KEY.test(k));
}

export interface CarriedOver {
  carriedOver: number;
  note?: string;
}

export function isCarriedOver(entry: unknown): entry is CarriedOver {
  return isObject(entry) && typeof entry.carriedOver === "number";
}

/** One dated entry met while resolving: where it sits in the file, and what it says for the year. */
export interface DatedEntry {
  /** Dotted path of the dated map in the file, e.g. categories.低保边缘户.subsidy.一档. */
  path: string;
  year: number;
  /** The value for the year; null when the file states the year has none. */
  value: Json;
  /** The year the value was carried over from, when the entry says so. */
  carriedFrom?: number;
}

/** Every dated map in a file, with its dotted path. */
export function datedMaps(
  node: Json,
  at = "",
  out: Array<[string, JsonObject]> = []
): Array<[string, JsonObject]> {
  if (isDated(node)) out.push([at, node]);
  else if (isObject(node))
    for (const [k, v] of Object.entries(node)) datedMaps(v, at ? `${at}.${k}` : k, out);
  return out;
}

/** The years a file has entries for. */
export function yearsOf(node: Json): number[] {
  const years = new Set<number>();
  for (const [, map] of datedMaps(node)) for (const k of Object.keys(map)) years.add(Number(k));
  return [...years].sort((a, b) => a - b);
}

const ABSENT = Symbol("absent");

/** The entry of one dated map for a year, following a carry-over to the year it names. */
function entryFor(
  map: JsonObject,
  path: string,
  year: number,
  entries: DatedEntry[]
): Json | typeof ABSENT {
  if (!(String(year) in map)) return ABSENT;
  const entry = map[String(year)];
  if (isCarriedOver(entry)) {
    const from = entry.carriedOver;
    const source = map[String(from)];
    // A missing or chained source is reported by the checks; resolve to nothing here.
    if (from >= year || source === undefined || isCarriedOver(source)) return ABSENT;
    entries.push({ path, year, value: source, carriedFrom: from });
    return source;
  }
  entries.push({ path, year, value: entry });
  return entry;
}

function hasDated(node: Json): boolean {
  return isDated(node) || (isObject(node) && Object.values(node).some((v) => hasDated(v)));
}

/**
 * A file's tree for one year: dated maps replaced by that year's entry, objects whose
 * dated parts all lack the year left out. Undated parts (aliases, kinds) are kept.
 */
export function resolveYear(
  node: Json,
  year: number,
  entries: DatedEntry[] = [],
  at = ""
): Json | undefined {
  const r = resolveNode(node, year, entries, at);
  return r === ABSENT ? undefined : r;
}

function resolveNode(
  node: Json,
  year: number,
  entries: DatedEntry[],
  at: string
): Json | typeof ABSENT {
  if (isDated(node)) return entryFor(node, at, year, entries);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  let datedSeen = false;
  let datedFound = false;
  for (const [k, v] of Object.entries(node)) {
    const dated = hasDated(v);
    datedSeen ||= dated;
    const r = resolveNode(v, year, entries, at ? `${at}.${k}` : k);
    if (r === ABSENT) continue;
    if (dated) datedFound = true;
    out[k] = r;
  }
  return datedSeen && !datedFound ? ABSENT : out;
}

/**
 * Several fragments of one issuer's file merged into one: the shipped file and, say, a new
 * year's entries kept apart. Dated maps are joined; a year stated twice, or an undated
 * value stated differently, is refused.
 */
export function mergeFragments(a: Json, b: Json, at: string, file: string): Json {
  if (isObject(a) && isObject(b)) {
    const out: JsonObject = { ...a };
    for (const [k, v] of Object.entries(b)) {
      const here = at ? `${at}.${k}` : k;
      if (!(k in out)) out[k] = v;
      else if (isDated(a) && isDated(b)) {
        throw new Error(`${file}：${at} 的${k}年度写了两次。改法：删去其中一处。`);
      } else out[k] = mergeFragments(out[k], v, here, file);
    }
    return out;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error(`${file}：${at} 在两处写得不一样。改法：只在一处写，或写成相同的值。`);
  }
  return a;
}
