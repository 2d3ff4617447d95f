/// <reference types="et-jsapi-declare" />
/**
 * A text longer than one custom document property holds (255 characters), kept across
 * numbered properties of one name: "<name>.0001", "<name>.0002", … and "<name>.length", the
 * whole text's length, written last. A set that does not add up (a part missing or edited by
 * hand, a save cut short) reads as no text at all, never as a piece of one.
 */

/** What a property's text holds in WPS and Office (Kso.DocumentProperties.Add refuses more). */
export const PART_CHARS = 255;
/** Kso.MsoDocProperties (declared, not defined, at run time). */
const TYPE_NUMBER = 1;
const TYPE_STRING = 4;
const LENGTH = ".length";

export interface NamedValue {
  Name: string;
  Value: unknown;
}

/** Pieces of at most PART_CHARS UTF-16 units, a surrogate pair never split (a lone half would not survive saving). */
export function splitText(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + PART_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts;
}

/** Whether a property belongs to the set of `name` (its parts or its length). */
export function inTextSet(property: string, name: string): boolean {
  return property.startsWith(`${name}.`) && /^(\d+|length)$/.test(property.slice(name.length + 1));
}

/** The text kept under `name` among these properties; null when there is none or the set is incomplete. */
export function readPropertyText(properties: readonly NamedValue[], name: string): string | null {
  let length: number | null = null;
  const parts = new Map<number, string>();
  for (const p of properties) {
    if (!inTextSet(p.Name, name)) continue;
    const v = p.Value;
    if (p.Name === name + LENGTH) {
      const n = typeof v === "string" ? Number(v) : v;
      if (typeof n === "number" && Number.isInteger(n) && n > 0) length = n;
    } else {
      if (typeof v !== "string") return null;
      parts.set(Number(p.Name.slice(name.length + 1)), v);
    }
  }
  if (length === null) return null;
  let text = "";
  for (let i = 1; i <= parts.size; i++) {
    const part = parts.get(i);
    if (part === undefined) return null;
    text += part;
  }
  return text.length === length ? text : null;
}

const partName = (name: string, i: number): string => `${name}.${String(i).padStart(4, "0")}`;

/** Replaces the text kept under `name` (null or "" removes it): the old set goes, length first. */
export function writePropertyText(
  properties: Kso.DocumentProperties,
  name: string,
  text: string | null
): void {
  const old: Kso.DocumentProperty[] = [];
  for (let i = 1; i <= properties.Count; i++) {
    const p = properties.Item(i);
    if (inTextSet(p.Name, name)) old.push(p);
  }
  // Without its length an old set never reads as whole, whatever else is left of it.
  old.sort((a, b) => Number(b.Name === name + LENGTH) - Number(a.Name === name + LENGTH));
  for (const p of old) p.Delete();
  if (text === null || text === "") return;
  splitText(text).forEach((part, i) =>
    properties.Add(partName(name, i + 1), false, TYPE_STRING, part)
  );
  properties.Add(name + LENGTH, false, TYPE_NUMBER, text.length);
}
