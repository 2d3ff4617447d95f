/**
 * A shared formula (<f t="shared" ref si>) has its text on its first cell only; the other cells
 * of the group say "as the first, moved by my offset". When yibao writes a fix over that first
 * cell, each of the others gets its own formula text: the first one's, with its relative
 * references moved as Excel moves them when it copies a formula.
 */
import { columnName } from "./xlsxPatchXml";

const colNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * Strings ("..."), quoted sheet names ('...') and everything else in turn; in the rest, an A1
 * reference not followed by "(" (a function such as LOG10) and not part of a longer name.
 */
const TOKEN =
  /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])|[^"']/g;

/** The formula text as it reads `rows` rows down and `cols` columns right of where it was written. */
export function slideFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(
    TOKEN,
    (whole, str, sheet, colAbs: string, col: string, rowAbs: string, row: string) => {
      if (str !== undefined || sheet !== undefined || col === undefined) return whole;
      const c = colNumber(col);
      if (c > 16383) return whole; // a name such as ABCD1 is not a cell
      const newCol = colAbs ? c : c + cols;
      const newRow = rowAbs ? Number(row) : Number(row) + rows;
      if (newCol < 0 || newCol > 16383 || newRow < 1 || newRow > 1048576) return "#REF!";
      return `${colAbs}${columnName(newCol)}${rowAbs}${newRow}`;
    }
  );
}
