/**
 * Sheet names made from village and department names (issue 23 §2): what Excel, XML and
 * LibreOffice refuse is dropped, a surrogate pair is never cut, and names stay unique
 * ignoring case after cleaning.
 */
import { safeSheetName } from "../../src/core/sheet/spec";
import { sheetNameWithSuffix } from "../../src/core/sheet/sheetName";

/** What Excel accepts as a sheet name (and XML can hold). */
function excelAccepts(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF[\]:*?/\\]/.test(name) &&
    !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history"
  );
}

describe("safeSheetName", () => {
  const emoji = "😀"; // two UTF-16 units
  test.each([
    ["a control character", "未缴-龙\u0001潭村", "未缴-龙潭村"],
    ["NUL", "未缴-龙\u0000潭村", "未缴-龙潭村"],
    ["U+FFFF and U+FFFE", "未缴-龙\uFFFF潭\uFFFE村", "未缴-龙潭村"],
    ["a lone high surrogate", "未缴-龙\uD83D潭村", "未缴-龙潭村"],
    ["a lone low surrogate", "未缴-龙\uDE00潭村", "未缴-龙潭村"],
    ["an apostrophe at the end", "未缴-石柱村'", "未缴-石柱村"],
    ["an apostrophe at the start", "'石柱村", "石柱村"],
    ["apostrophes at both ends", "''石柱村''", "石柱村"],
    ["an apostrophe inside, kept", "石柱'村", "石柱'村"],
    ["the forbidden []:*?/\\", "龙[潭]:村*?/\\", "龙_潭__村____"],
    ["History (reserved by Excel)", "History", "History(1)"],
    ["history in another case", "hIsToRy", "hIsToRy(1)"],
    ["nothing left", "\u0001''", "工作表"],
    ["an emoji at the 31st unit", "未".repeat(30) + emoji + "村", "未".repeat(30)],
    ["an emoji that fits", "未".repeat(29) + emoji + "村", "未".repeat(29) + emoji],
    ["an apostrophe brought to the end by the cut", "未".repeat(30) + "'村", "未".repeat(30)],
  ])("%s", (_, input, expected) => {
    const got = safeSheetName(input);
    expect(got).toBe(expected);
    expect(excelAccepts(got)).toBe(true);
  });

  test("names stay unique ignoring case after cleaning", () => {
    const taken = ["未缴-石柱村", "Sheet"];
    expect(safeSheetName("未缴-石柱村'", taken)).toBe("未缴-石柱村(2)");
    expect(safeSheetName("SHEET", taken)).toBe("SHEET(2)");
    expect(safeSheetName("history", ["History(1)"])).toBe("history(2)");
    const names: string[] = [];
    for (const v of ["龙潭村", "龙潭村'", "龙潭村\u0001", "'龙潭村", "龙潭村"])
      names.push(safeSheetName(v, names));
    expect(names).toEqual(["龙潭村", "龙潭村(2)", "龙潭村(3)", "龙潭村(4)", "龙潭村(5)"]);
  });

  test("the number added for uniqueness never cuts a surrogate pair", () => {
    const long = "未".repeat(27) + emoji + "村";
    const first = safeSheetName(long);
    const second = safeSheetName(long, [first]);
    expect(second).toBe("未".repeat(27) + "(2)");
    expect(excelAccepts(second)).toBe(true);
  });

  test("a suffix keeps its place within 31 units", () => {
    expect(sheetNameWithSuffix("申报表-" + "部".repeat(30), "(2)")).toBe(
      "申报表-" + "部".repeat(24) + "(2)"
    );
    expect(sheetNameWithSuffix("'申报表'", "(2)")).toBe("申报表(2)");
  });
});
