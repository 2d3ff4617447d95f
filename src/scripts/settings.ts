/**
 * The values a notice leaves open, inside an embedded script (Office Script, WPS macro or
 * AirScript). The taskpane keeps them in the workbook's settings, which a script cannot read,
 * so a script takes them from a sheet named
 * 政策设置 in the workbook (项目 and 值, the items as the pane shows them) and from its
 * `settings` parameter (项目=值；项目=值, for a flow), read and checked by the core
 * (supplyFrom), the same reader as the pane's. A problem stops the script before it writes.
 */
import type { PolicyModel, Supplied } from "../core/policy/model";
import { SETTINGS_SHEET, supplyFrom } from "../core/policy/settingsTable";
import { given } from "./params";
import { getSheet, readSheet, type Book } from "./host";

/** The parameter's name as a clerk sees it in a message. */
const PARAMETER = "运行参数“政策设置”";

export function suppliedValues(
  book: Book,
  model: PolicyModel,
  settings: string | undefined
): Supplied {
  const ws = getSheet(book, SETTINGS_SHEET);
  const sheet = ws ? readSheet(ws) : undefined;
  return supplyFrom(model, {
    sheet: sheet ? { name: sheet.name, rows: sheet.rows } : undefined,
    text: given(settings) ? settings : undefined,
    textName: PARAMETER,
  });
}
