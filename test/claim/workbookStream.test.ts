/**
 * `yibao claim --out` writes with the streaming writer (src/io/xlsxStream): the workbook it
 * gives must be the one the in-memory writer gives, cell by cell (value, formula with its
 * cached result, style and border, note), and sheet by sheet (page setup, header and footer,
 * frozen rows, merges, lists, column widths and formats), with the quote prefix and recalc flag.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildClaim } from "../../src/core/claim/build";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy } from "../../src/core/policy/registry";
import { writeXlsxStreamed } from "../../src/io/xlsxStream";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { withCheck } from "./fixtures";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** What a cell looks like, as a person sees it (not how the file spells its default font). */
function look(s: Partial<ExcelJS.Style>): unknown {
  const side = (b?: Partial<ExcelJS.Border>) => b?.style ?? null;
  const fill = s.fill as ExcelJS.FillPattern | undefined;
  return {
    numFmt: s.numFmt ?? null,
    bold: s.font?.bold ?? false,
    size: s.font?.size ?? 11,
    border: [side(s.border?.top), side(s.border?.left), side(s.border?.bottom), side(s.border?.right)],
    fill: fill?.pattern === "solid" ? fill.fgColor?.argb : null,
    alignment: s.alignment ?? null,
    protection: s.protection ?? null,
  };
}

async function differences(a: Uint8Array, b: Uint8Array): Promise<string[]> {
  const [A, B] = [await load(a), await load(b)];
  const out: string[] = [];
  const names = (w: ExcelJS.Workbook) => w.worksheets.map((s) => `${s.name}:${s.state}`);
  if (JSON.stringify(names(A)) !== JSON.stringify(names(B))) out.push("sheets");
  for (const x of A.worksheets) {
    const y = B.getWorksheet(x.name);
    if (!y) continue;
    const sheet = (w: ExcelJS.Worksheet) =>
      JSON.stringify([
        w.pageSetup,
        w.headerFooter,
        w.views,
        (w.model as { merges: unknown }).merges,
        (w as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
        // exceljs leaves out a column of the default width (9) when it writes; a width of 9 is the same.
        (w.columns ?? []).map((c) => [c.width ?? 9, c.numFmt]),
      ]);
    if (sheet(x) !== sheet(y)) out.push(`${x.name}: sheet`);
    for (let r = 1; r <= Math.max(x.rowCount, y.rowCount); r++) {
      if (x.getRow(r).height !== y.getRow(r).height) out.push(`${x.name}!${r}: height`);
      for (let c = 1; c <= 16; c++) {
        const cell = (w: ExcelJS.Worksheet) => {
          const k = w.getCell(r, c);
          // An empty text and a blank cell look the same; the streamed file writes the blank.
          return JSON.stringify([k.value === "" ? null : k.value, look(k.style), k.note]);
        };
        if (cell(x) !== cell(y)) out.push(`${x.name}!${r},${c}`);
      }
    }
  }
  return out;
}

test("the streamed claim workbook (with 公示名单, rejected and merged rows) equals the in-memory one", async () => {
  const policy = getPolicy("cq-shizhu-2025");
  const rows = [
    ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
    [1, "=HYPERLINK(\"http://x\")", "王一", withCheck("50024019800101001"), "城乡低保对象", "一档"],
    [2, "白鹤村", "-张三", withCheck("50024019800101002"), "特困人员", "一档"],
    [3, "高平村", "李三", withCheck("50024019800101003"), "城乡孤儿", "二档"],
    [4, "高平村", "李三", withCheck("50024019800101003"), "城乡孤儿", "二档"],
    [5, "高平村", "赵五", "123", "城乡孤儿", "二档"],
  ];
  const result = buildClaim([{ name: "民政", rows }], policy);
  expect(result.merged).toHaveLength(1);
  expect(result.rejected).toHaveLength(1);
  const specs = claimWorkbook(result, policy, { publicNotice: true }).sheets;
  const streamed = await writeXlsxStreamed(specs);
  expect(await differences(await writeXlsx(specs), streamed)).toEqual([]);
  const zip = await JSZip.loadAsync(streamed);
  expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/fullCalcOnLoad="1"/);
  expect(await zip.file("xl/styles.xml")!.async("string")).toMatch(/quotePrefix="1"/);
  const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheet1).toMatch(/<printOptions horizontalCentered="1"\/><pageMargins/);
  expect(sheet1).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
});
