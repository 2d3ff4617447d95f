/**
 * A column header's comparison key, one for every table the core reads (rosters, paid lists,
 * target sheets, cash ledgers and tax exports): width-folded, without white space, and
 * without the marks templates add to a header: a required *, a colon, and a note in
 * brackets such as (必填), (18位) or (元). Other brackets stay: 村（社区） is 村(社区).
 */
import { cellText, squeezeKey } from "../text";

const NOTES = /\((必填|选填|必选|可选|18位|十八位|文本|文本格式|元)\)/g;

export function headerKey(value: unknown): string {
  return squeezeKey(cellText(value)).replace(/[*:]/g, "").replace(NOTES, "");
}
