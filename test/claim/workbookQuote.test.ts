/**
 * Text that begins with = + - @ (a roster's village or name, a clerk's unit name) is written
 * with the cell's quote prefix in every workbook yibao writes (claim with 公示名单, templates,
 * the annotated copy), so F2 + Enter in Excel or a save as CSV never makes it a formula.
 */
import JSZip from "jszip";
import { buildClaim } from "../../src/core/claim/build";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy } from "../../src/core/policy/registry";
import { checkTargets } from "../../src/core/targets/check";
import { annotatedWorkbook } from "../../src/io/annotateWorkbook";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { recalcXlsx, valueOf } from "../helpers/libreoffice";
import { withCheck } from "./fixtures";

/** The text of every cell that has the quote prefix, and of every risky text cell without it. */
async function quoted(bytes: Uint8Array): Promise<{ quoted: string[]; bare: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  // Text is shared (the clerk's own package) or inline (the sheets yibao writes).
  const sst = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const plain = (t: string) =>
    t
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    plain([...m[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""))
  );
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const xfs = [
    .../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*>/g),
  ].map((m) => m[0]);
  const out = { quoted: [] as string[], bare: [] as string[] };
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(
      /<c r="[A-Z]+\d+"(?: s="(\d+)")? t="(?:s"><v>(\d+)<\/v>|inlineStr"><is><t(?:\s[^>]*)?>([^<]*)<\/t><\/is>)<\/c>/g
    )) {
      const text = m[2] !== undefined ? strings[Number(m[2])] : plain(m[3]);
      const q = /quotePrefix="1"/.test(xfs[Number(m[1] ?? 0)]);
      if (q) out.quoted.push(text);
      else if (/^[=+\-@]/.test(text)) out.bare.push(text);
    }
  }
  return out;
}

const RISKY = ['=HYPERLINK("http://x")', "+白鹤村", "-张三", "@高平村"];

test("claim workbook and 公示名单: roster text beginning with = + - @ has the quote prefix", async () => {
  const policy = getPolicy("cq-shizhu-2025");
  const rows = [
    ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
    [1, RISKY[0], "王一", withCheck("50024019800101001"), "城乡低保对象", "一档"],
    [2, RISKY[1], RISKY[2], withCheck("50024019800101002"), "特困人员", "一档"],
    [3, RISKY[3], "李三", withCheck("50024019800101003"), "城乡孤儿", "二档"],
  ];
  const result = buildClaim([{ name: "民政", rows }], policy);
  expect(result.people).toHaveLength(3);
  const bytes = await writeXlsx(claimWorkbook(result, policy, { publicNotice: true }).sheets);
  const q = await quoted(bytes);
  expect(q.bare).toEqual([]);
  for (const t of RISKY) expect(q.quoted).toContain(t);
  // Ordinary text is left alone.
  expect(q.quoted).not.toContain("王一");
  // A spreadsheet program opens it and keeps the text as text (LibreOffice, recalculating).
  const rc = await recalcXlsx(bytes);
  const notice = rc.workbook.getWorksheet("公示名单")!;
  const villages: unknown[] = [];
  notice.eachRow((row, n) => n > 3 && villages.push(valueOf(row.getCell(2))));
  expect(villages).toEqual(expect.arrayContaining(RISKY.filter((t) => t !== "-张三")));
}, 120_000);

test("a workbook without such text has no quote prefix", async () => {
  const bytes = await writeXlsx([{ name: "a", cells: [[{ value: "村" }, { value: 1 }]] }]);
  expect((await quoted(bytes)).quoted).toEqual([]);
});

test("annotated copy: the clerk's own text beginning with - gets the quote prefix too", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("附件1");
  ws.addRows([
    ["序号", "村（社区）", "参保目标"],
    [1, "-红岩社区", 100],
    [2, "柏树社区", 200],
    ["合计", null, 300],
  ]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const sheet = {
    name: "附件1",
    rows: [
      ["序号", "村（社区）", "参保目标"],
      [1, "-红岩社区", 100],
      [2, "柏树社区", 200],
      ["合计", null, 300],
    ],
  };
  const report = checkTargets(sheet, { source: "xlsx" });
  const out = await annotatedWorkbook({ bytes, fileName: "a.xlsx", sheet, report });
  const q = await quoted(out);
  expect(q.bare).toEqual([]);
  expect(q.quoted).toContain("-红岩社区");
});
