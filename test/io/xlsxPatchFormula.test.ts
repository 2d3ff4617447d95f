/**
 * A shared formula's text moved to another cell of its group, as Excel moves a copied formula:
 * relative references move, $-anchored parts stay, text in quotes and function names do not.
 */
import { slideFormula } from "../../src/io/xlsxPatchFormula";

test.each([
  ["SUM(C6:C16)", 0, 1, "SUM(D6:D16)"],
  ["ROUND(D6*1.02,1)", 3, 0, "ROUND(D9*1.02,1)"],
  ["$C$6+C$6+$C6", 2, 2, "$C$6+E$6+$C8"],
  ['IF(B6="A1",LOG10(C6),0)', 1, 0, 'IF(B7="A1",LOG10(C7),0)'],
  ["'附件 1'!C6+附件1!C6", 1, 1, "'附件 1'!D7+附件1!D7"],
  ["C6*税率", 0, 1, "D6*税率"],
  ["A1-1", -1, 0, "#REF!-1"],
  ["XFD1048576", 1, 0, "#REF!"],
])("%s moved %i rows, %i columns: %s", (formula, rows, cols, expected) => {
  expect(slideFormula(formula, rows, cols)).toBe(expected);
});
