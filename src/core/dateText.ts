/**
 * A date the user typed as an option or a parameter (the CLI's --date, a script's date):
 * read strictly by parseDate, refused with one Chinese message that lists the forms it takes.
 */
import { Day, parseDate } from "./dates";
import { clip } from "./text";

export const DATE_FORMS = "可写 2025-03-01、2025/3/1、2025.3.1 或 2025年3月1日";

/** The day, or the error `refuse` makes of the message (each front door its own kind). */
export function typedDate(text: string, what: string, refuse: (message: string) => Error): Day {
  const d = parseDate(text);
  if (d === null) throw refuse(`${what}“${clip(text)}”不是有效日期（${DATE_FORMS}）`);
  return d;
}
