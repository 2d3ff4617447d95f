/**
 * The claim workbook as printed: LibreOffice converts the written .xlsx to PDF with the
 * sheets' own page setup. A 20-person claim's 申报汇总 is one page, each department's sheet
 * one page wide (and here, one page), every page carries its title and 第 N 页 共 M 页, and
 * the table has borders. PDFs and PNGs are kept in test-output/ to look at.
 */
import ExcelJS from "exceljs";
import { buildClaim } from "../../src/core/claim/build";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy } from "../../src/core/policy/registry";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { printXlsx } from "../helpers/pdf";
import { twentyPeople } from "./workbookFixtures";

const SHIZHU = getPolicy("cq-shizhu-2025");

describe("a 20-person claim printed through LibreOffice", () => {
  jest.setTimeout(180_000);
  const result = buildClaim([twentyPeople()], SHIZHU);
  const wb = claimWorkbook(result, SHIZHU, { publicNotice: true });

  test("the fixture is 20 people, none rejected", () => {
    expect(result.people).toHaveLength(20);
    expect(result.rejected).toEqual([]);
  });

  test("申报汇总 on one page; each department sheet one page; title and page numbers on every page", async () => {
    const printed = printXlsx(await writeXlsx(wb.sheets), "claim-20", { png: true });
    const summaryTitle = wb.sheets[0].print!.title!;
    expect(printed.pagesWith(summaryTitle)).toHaveLength(1);
    for (const [dept, name] of Object.entries(wb.names.departments)) {
      const spec = wb.sheets.find((s) => s.name === name)!;
      expect({ dept, pages: printed.pagesWith(spec.print!.title!).length }).toEqual({ dept, pages: 1 });
    }
    // Every page has 第 N 页 共 M 页 in its footer.
    printed.text.forEach((t) => expect(t).toMatch(/第\s*\d+\s*页\s*共\s*\d+\s*页/));
    // The amounts stand on the same page as their categories: the summary page holds the total.
    const page = printed.text[printed.pagesWith(summaryTitle)[0]];
    expect(page).toContain("合计（各部门）");
    expect(page).toContain("城乡低保对象");
    // 公示名单: one page, its second header line printed in full (not cut to one line).
    const notice = wb.sheets.find((s) => s.name === wb.names.notice)!;
    const noticePages = printed.pagesWith(notice.print!.title!);
    expect(noticePages).toHaveLength(1);
    const squeezed = (t: string) => t.replace(/\s+/g, "");
    expect(squeezed(printed.text[noticePages[0]])).toContain(squeezed(String(notice.cells[1][0]!.value)));
    // The whole workbook, detail and notice included, is a handful of pages, not 36.
    expect(printed.pages).toBeLessThanOrEqual(wb.sheets.length + 2);
  });

  test("every sheet is set to fit one page wide, repeats its header and has borders on its table", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(wb.sheets)) as unknown as ArrayBuffer);
    for (const ws of book.worksheets) {
      expect({ sheet: ws.name, fit: ws.pageSetup.fitToPage, wide: ws.pageSetup.fitToWidth }).toEqual({
        sheet: ws.name,
        fit: true,
        wide: 1,
      });
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(ws.headerFooter.oddFooter).toContain("第 &P 页 共 &N 页");
      const header = Number(ws.pageSetup.printTitlesRow!.split(":")[0]);
      expect(ws.getCell(header, 1).border?.top?.style).toBe("thin");
      if (ws.actualRowCount > header) expect(ws.getCell(header + 1, 2).border?.left?.style).toBe("thin");
    }
    expect(book.getWorksheet("申报汇总")!.pageSetup.orientation).toBe("landscape");
  });
});
