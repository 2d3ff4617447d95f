/**
 * A script's optional parameters as Excel and Power Automate pass them: text that may be
 * empty, numbers that may be missing. Read as strictly as the CLI reads its options (the
 * core's typedDate and readCount), with the same Chinese messages; src/cli/options.ts
 * itself reads files too, which a script cannot carry.
 */
import type { Day } from "../core/dates";
import { typedDate } from "../core/dateText";
import { readCount } from "../core/numbers";
import { clip } from "../core/text";

/** Text the user left empty (Power Automate passes "" for a blank field) counts as not given. */
export function given(text: string | undefined | null): text is string {
  return text !== undefined && text !== null && String(text).trim() !== "";
}

export function dateParam(text: string, what: string): Day {
  return typedDate(text, what, (m) => new Error(m));
}

export function countParam(
  n: number | undefined | null,
  what: string,
  max: number
): number | undefined {
  if (n === undefined || n === null) return undefined;
  const r = readCount(n, { max });
  if (!r.ok)
    throw new Error(
      `${what}应为不小于0的整数（至多 ${max}），而不是“${clip(String(n))}”（${r.reason}）`
    );
  return r.value;
}
