/**
 * The sheets yibao adds to a clerk's workbook (检查结果, 进度汇总) written straight into its
 * package: each sheet part is made row by row by ./xlsxSheetPart in the clerk's own cell
 * format numbers, so a big 进度汇总 is never written as a workbook of its own, read back and
 * rewritten.
 */
import type { SheetRows } from "../core/sheet/rowSource";
import { CellStyles, type CellLook } from "./xlsxCellStyles";
import type { Book } from "./xlsxPatchBook";
import { Styles } from "./xlsxPatchStyles";
import { Utf8Builder } from "./xlsxPatchXml";
import { printTitlesName, type StyleIndex, writeSheetPart } from "./xlsxSheetPart";

/** Looks numbered in the clerk's styles: each new look is made here, then brought over. */
function clerkStyles(styles: Styles): StyleIndex {
  const own = new CellStyles();
  const theirs = new Map<number, number>();
  return {
    index(look: CellLook): number {
      const n = own.index(look);
      let m = theirs.get(n);
      if (m === undefined) {
        m = styles.graft(new Styles(own.xml()))(n);
        theirs.set(n, m);
      }
      return m;
    },
  };
}

export async function graftSheetRows(
  book: Book,
  styles: Styles,
  sheets: SheetRows[]
): Promise<void> {
  const index = clerkStyles(styles);
  for (const rows of sheets) {
    if ((rows.spec.validations ?? []).length > 0)
      throw new Error(`internal: added sheet ${rows.spec.name} has lists`);
    const xml = new Utf8Builder();
    const written = await writeSheetPart({ write: (t) => xml.push(t) }, rows, index, [], false);
    if (written.notes.length > 0)
      throw new Error(`internal: added sheet ${rows.spec.name} has notes`);
    const at = await book.addSheet(rows.spec.name, xml.bytes());
    if (written.repeatRows)
      book.addDefinedName(printTitlesName(rows.spec.name, written.repeatRows, at), at);
  }
}
