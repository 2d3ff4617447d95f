/**
 * A job's answer as Office Scripts and Power Automate can pass it: Microsoft documents string,
 * number, boolean, arrays and objects of them as a script's return type, and no null. The CLI's
 * --json keeps null for "no value"; a script leaves such a member out instead.
 */
/** T with every member that may be null made optional and null-free, deeply. */
export type Answer<T> = T extends readonly (infer U)[]
  ? Answer<Exclude<U, null>>[]
  : T extends object
    ? { [K in keyof T]?: Answer<Exclude<T[K], null>> }
    : T;

/** The value without its null members (and without null items in its arrays). */
export function withoutNulls<T>(value: T): Answer<T> {
  return strip(value) as Answer<T>;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map((v) => strip(v));
  if (value === null || typeof value !== "object") return value;
  const obj = value as { [key: string]: unknown };
  const out: { [key: string]: unknown } = {};
  for (const k of Object.keys(obj)) if (obj[k] !== null) out[k] = strip(obj[k]);
  return out;
}
