/**
 * A script's optional parameters as Excel and Power Automate pass them: text that may be
 * empty, numbers that may be missing. Read as strictly as the CLI reads its options (the
 * core's parseDate and readCount), with the same Chinese messages; src/cli/options.ts
 * itself reads files too, which a script cannot carry.
 */
import { Day, parseDate } from "../core/dates";
import { readCount } from "../core/numbers";
import { clip } from "../core/text";

const DATE_FORMS = "可写 2025-03-01、2025/3/1、2025.3.1 或 2025年3月1日";

/** Text the user left empty (Power Automate passes "" for a blank field) counts as not given. */
export function given(text: string | undefined | null): text is string {
  return text !== undefined && text !== null && String(text).trim() !== "";
}

export function dateParam(text: string, what: string): Day {
  const d = parseDate(text);
  if (d === null) throw new Error(`${what}“${clip(text)}”不是有效日期（${DATE_FORMS}）`);
  return d;
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
