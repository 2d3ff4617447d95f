/**
 * The annotated copy of a package written the way Excel writes it (test/targets/packageFixture):
 * shared formulas stay whole when their cells are marked or a fix overwrites their first cell,
 * the used range grows to a cell yibao adds, every part yibao had no reason to touch is copied
 * byte for byte, and the copy prints (附件1 with its marks, 检查结果 with its header and page
 * numbers) through LibreOffice.
 */
import JSZip from "jszip";
import { getPolicy } from "../../src/core/policy/registry";
import { checkTargets } from "../../src/core/targets/check";
import type { TargetFix } from "../../src/core/targets/types";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  annotatedCopyName,
  annotatedWorkbook,
  copyNameProblem,
} from "../../src/io/annotateWorkbook";
import { readWorkbookBytes } from "../../src/io/workbook";
import { recalcXlsx } from "../helpers/libreoffice";
import { printXlsx } from "../helpers/pdf";
import ExcelJS from "exceljs";
import {
  CLERK_PERSON,
  LAST_YEAR,
  type PackageOptions,
  PLACEHOLDER,
  shizhuPackage,
  THREAD_ROOT,
  VBA_BYTES,
} from "./packageFixture";
import { tmpDir, yibao } from "./fixtures";

jest.setTimeout(180_000);

async function annotate(
  options: PackageOptions = {},
  apply: (fixes: TargetFix[]) => TargetFix[] = () => []
) {
  const bytes = await shizhuPackage(options);
  const fileName = options.macro ? "石柱附件1.xlsm" : "石柱附件1.xlsx";
  const sheets = await readWorkbookBytes(bytes, fileName);
  const sheet = sheets[0];
  const report = checkTargets(sheet, {
    policy: getPolicy("cq-shizhu-2025"),
    source: "xlsx",
    otherSheets: sheets.slice(1),
  });
  const applied = apply(report.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
  for (const fix of applied)
    if (fix.kind === "sumFormula") {
      // As the page does: the total becomes the sum of the units it now covers.
      const col = fix.col;
      sheet.rows[fix.row][col] = sheet.rows
        .slice(5, fix.row)
        .reduce<number>((n, r) => n + (typeof r[col] === "number" ? (r[col] as number) : 0), 0);
    }
  const out = await annotatedWorkbook({ bytes, fileName, sheet, report, applied });
  return { bytes, out, report };
}

async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async("uint8array"));
  return out;
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async("string");
}

/** The cell element of `ref` in a sheet's XML. */
function cellXml(sheet: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(sheet);
  if (!m) throw new Error(`no cell ${ref}`);
  return m[0];
}

/** A note's text, whether exceljs reads it as a string or as rich text runs. */
function noteText(c: ExcelJS.Cell): string {
  const n = c.note as string | { texts?: { text: string }[] } | undefined;
  return typeof n === "string" ? n : (n?.texts ?? []).map((t) => t.text).join("");
}

const VILLAGE_ROWS = LAST_YEAR.map((_, i) => 6 + i);

describe("shared formulas in the annotated copy", () => {
  test("marking the first cell of a shared formula and the cells that share it keeps every formula; LibreOffice computes the same values", async () => {
    const { bytes, out, report } = await annotate();
    const marked = report.findings.map((f) => f.cell);
    expect(marked).toEqual(expect.arrayContaining(["C6", "C7", "C18", "D18"]));
    const sheet = await part(out, "xl/worksheets/sheet1.xml");
    // The first cell keeps its range, group and text; its fill is a new format.
    expect(cellXml(sheet, "C6")).toMatch(
      /^<c r="C6" s="(\d+)"><f t="shared" ref="C6:C17" si="0">ROUND\(D6\*1\.02,1\)<\/f>/
    );
    expect(cellXml(sheet, "C6")).not.toMatch(/s="1"/);
    expect(cellXml(sheet, "C7")).toMatch(/<f t="shared" si="0"\/>/);
    expect(cellXml(sheet, "D18")).toMatch(/<f t="shared" si="1"\/>/);

    const before = await recalcXlsx(bytes);
    const after = await recalcXlsx(out);
    for (const r of VILLAGE_ROWS) {
      expect(after.isFormula("附件1", `C${r}`)).toBe(true);
      expect(after.value("附件1", `C${r}`)).toBe(before.value("附件1", `C${r}`));
    }
    for (const ref of ["C18", "D18"]) {
      expect(after.isFormula("附件1", ref)).toBe(true);
      expect(after.value("附件1", ref)).toBe(before.value("附件1", ref));
    }
    expect(after.value("汇总", "B1")).toBe(before.value("汇总", "B1"));
  });

  test("a fix written over the first cell of a shared formula: the cells that shared it get their own formula text", async () => {
    const { bytes, out } = await annotate({}, (fixes) =>
      fixes.filter((f) => f.kind === "sumFormula" && f.col === 2)
    );
    const sheet = await part(out, "xl/worksheets/sheet1.xml");
    expect(cellXml(sheet, "C18")).toMatch(/<f>SUM\(C6:C17\)<\/f>/);
    // D18 shared C18's formula; it keeps its own (still missing the last village: not fixed).
    expect(cellXml(sheet, "D18")).toMatch(/<f>SUM\(D6:D16\)<\/f>/);
    expect(sheet).not.toMatch(/si="1"/);
    // The village formulas are untouched.
    expect(cellXml(sheet, "C7")).toMatch(/<f t="shared" si="0"\/>/);

    const before = await recalcXlsx(bytes);
    const after = await recalcXlsx(out);
    expect(after.value("附件1", "D18")).toBe(before.value("附件1", "D18"));
    const villages = VILLAGE_ROWS.map((r) => before.value("附件1", `C${r}`) as number);
    expect(after.value("附件1", "C18") as number).toBeCloseTo(
      villages.reduce((a, b) => a + b, 0),
      6
    );
    expect(after.value("汇总", "B1")).toBe(after.value("附件1", "C18"));
  });

  test("a number written over the first cell of a shared formula filled down: every cell below keeps its formula", async () => {
    // As the page writes a fix the clerk applied: C6 becomes the number 4162.
    const { bytes, out } = await annotate({}, () => [
      { kind: "textToNumber", row: 5, col: 2, value: 4162 },
    ]);
    const sheet = await part(out, "xl/worksheets/sheet1.xml");
    expect(cellXml(sheet, "C6")).toMatch(/^<c r="C6" s="\d+"><v>4162<\/v><\/c>$/);
    for (const r of VILLAGE_ROWS.slice(1))
      expect(cellXml(sheet, `C${r}`)).toContain(`<f>ROUND(D${r}*1.02,1)</f>`);
    expect(sheet).not.toMatch(/si="0"/);
    // The total's shared formula is another group: left as it was.
    expect(cellXml(sheet, "D18")).toMatch(/<f t="shared" si="1"\/>/);
    const before = await recalcXlsx(bytes);
    const after = await recalcXlsx(out);
    expect(after.value("附件1", "C6")).toBe(4162);
    for (const r of VILLAGE_ROWS.slice(1)) {
      expect(after.isFormula("附件1", `C${r}`)).toBe(true);
      expect(after.value("附件1", `C${r}`)).toBe(before.value("附件1", `C${r}`));
    }
    expect(after.value("附件1", "D18")).toBe(before.value("附件1", "D18"));
  });
});

describe("a finding on a cell with a threaded comment", () => {
  test("goes into the thread as a reply (what Excel shows) and into its legacy copy as a Reply; the clerk's thread stays", async () => {
    const { bytes, out, report } = await annotate({ threaded: true });
    const note = report.findings
      .filter((f) => f.cell === "C7")
      .map((f) => `【错误】${f.message}`)
      .join("\n");
    expect(note).toContain("柏树社区");
    const threads = await part(out, "xl/threadedComments/threadedComment1.xml");
    const original = await part(bytes, "xl/threadedComments/threadedComment1.xml");
    // The clerk's comment and reply, as they were, then the finding.
    const theirs = /<threadedComment\b[\s\S]*<\/threadedComment>/.exec(original)![0];
    expect(threads).toContain(theirs);
    const mine = [...threads.matchAll(/<threadedComment\b[^>]*>[\s\S]*?<\/threadedComment>/g)].map(
      (m) => m[0]
    );
    expect(mine).toHaveLength(3);
    const reply = mine[2];
    expect(reply).toMatch(
      new RegExp(`ref="C7"[^>]*parentId="${THREAD_ROOT.replace(/[{}]/g, "\\$&")}"`)
    );
    expect(reply).toContain(`<text>${note}</text>`);
    expect(reply).toMatch(/dT="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d"/);
    const id = /personId="([^"]*)"/.exec(reply)![1];
    expect(id).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
    expect(id).not.toBe(CLERK_PERSON);
    // The reply's author is in the person list, beside the clerk.
    const persons = await part(out, "xl/persons/person.xml");
    expect(persons).toContain(`displayName="张三" id="${CLERK_PERSON}"`);
    expect(persons).toContain(`displayName="任务分解表检查" id="${id}"`);

    // The legacy copy: still the thread's placeholder, one per cell, with the finding as a reply.
    const comments = await part(out, "xl/comments1.xml");
    expect(comments.match(/<comment ref="C7"/g)).toHaveLength(1);
    expect(comments).toContain(`<author>tc=${THREAD_ROOT}</author>`);
    // One plain text, as Excel writes the placeholder (exceljs reads only runs: read the XML).
    const c7 = /<comment ref="C7"[^>]*><text><t xml:space="preserve">([^<]*)<\/t><\/text>/.exec(
      comments
    );
    expect(c7?.[1]).toBe(`${PLACEHOLDER}\nReply:\n    ${note.replace(/\n/g, "\n    ")}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("附件1")!;
    // Other findings get notes of their own; C7 keeps its one box.
    expect(noteText(ws.getCell("C6"))).toMatch(/^【错误】C6：/);
    const vml = await part(out, "xl/drawings/vmlDrawing1.vml");
    expect(vml.match(/<x:Row>6<\/x:Row><x:Column>2<\/x:Column>/g)).toHaveLength(1);
    // LibreOffice opens the copy and computes it as before.
    const after = await recalcXlsx(out);
    expect(after.value("附件1", "C7")).toBe((await recalcXlsx(bytes)).value("附件1", "C7"));
  });
});

test("a note on an empty cell below the table grows the sheet's used range to it", async () => {
  const { out, report } = await annotate({ noTotal: true });
  // No 合计 row: the finding is on the row under the last village, outside A1:D17.
  expect(report.findings.some((f) => f.row === 17)).toBe(true);
  const sheet = await part(out, "xl/worksheets/sheet1.xml");
  expect(/<dimension ref="([^"]*)"/.exec(sheet)?.[1]).toBe("A1:D18");
  expect(sheet).toMatch(/<row r="18">/);
});

test.each([
  ["a plain workbook", {}, []],
  [
    "one with a threaded comment",
    { threaded: true },
    [
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/threadedComments/threadedComment1.xml",
      "xl/persons/person.xml",
    ],
  ],
  ["an .xlsm", { macro: true }, []],
] as [string, PackageOptions, string[]][])(
  "every part yibao did not need to change is byte-identical in the copy: %s",
  async (_, options, alsoEdited) => {
    const { bytes, out } = await annotate(options);
    const original = await entries(bytes);
    const copy = await entries(out);
    // The parts the marks go into, and the ones a new sheet, note or format is declared in.
    const edited = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
      // yibao names itself as the copy's application (so --out may replace its own copy).
      "docProps/app.xml",
      ...alsoEdited,
    ]);
    for (const [name, data] of original) {
      expect(copy.has(name)).toBe(true);
      if (edited.has(name)) continue;
      expect([name, Buffer.from(copy.get(name)!).equals(Buffer.from(data))]).toEqual([name, true]);
    }
    // What is new: the notes' parts, the sheet's relationships to them, 检查结果 and 进度汇总.
    const added = [...copy.keys()].filter((n) => !original.has(n)).sort();
    const notes = options.threaded
      ? []
      : ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/worksheets/_rels/sheet1.xml.rels"];
    expect(added).toEqual(
      [...notes, "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"].sort()
    );
    // The sheet's own relationships change only where the notes' parts are new.
    if (options.threaded)
      expect(copy.get("xl/worksheets/_rels/sheet1.xml.rels")).toEqual(
        original.get("xl/worksheets/_rels/sheet1.xml.rels")
      );
  }
);

test("the annotated copy prints: 附件1 with its marks, 检查结果 with its title and page numbers, one page a sheet", async () => {
  const { out, report } = await annotate();
  const printed = printXlsx(out, "targets-annotated-copy", { png: true });
  const sheetPages = printed.pagesWith("已缴费人数");
  const reportPages = printed.pagesWith("建议的修改");
  expect(sheetPages.length).toBeGreaterThanOrEqual(1);
  expect(reportPages).toHaveLength(1);
  const page = printed.text[reportPages[0]];
  // The sheet's title, and the same in the page header above it.
  expect(page.split("任务分解表检查结果：附件1").length - 1).toBe(2);
  // LibreOffice numbers the pages through the whole workbook.
  expect(page).toMatch(
    new RegExp(`第\\s*${reportPages[0] + 1}\\s*页\\s*共\\s*${printed.pages}\\s*页`)
  );
  // Every finding is listed on it, by cell.
  for (const f of report.findings) expect(page).toContain(f.cell);
  // 附件1, 汇总 (with the total it reads), 检查结果 and 进度汇总: one page each.
  // (its header 已缴费人数 is on the first page, and again on 检查结果's and 进度汇总's)
  expect(sheetPages[0]).toBe(0);
  expect(printed.pagesWith("全街道任务")).toEqual([1]);
  expect(printed.text[1]).toContain("31392.6");
  expect(printed.pagesWith("进度汇总：附件1")).toEqual([3]);
  expect(printed.pages).toBe(4);
});

describe("a macro-enabled workbook (.xlsm)", () => {
  test("its copy keeps the macros and the macro-enabled workbook type", async () => {
    const { bytes, out } = await annotate({ macro: true });
    const original = await entries(bytes);
    const copy = await entries(out);
    expect(Buffer.from(copy.get("xl/vbaProject.bin")!).equals(Buffer.from(VBA_BYTES))).toBe(true);
    expect(original.get("xl/vbaProject.bin")).toEqual(copy.get("xl/vbaProject.bin"));
    const types = await part(out, "[Content_Types].xml");
    expect(types).toContain(
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>`
    );
    expect(types).toContain(
      `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`
    );
    expect(await part(out, "xl/_rels/workbook.xml.rels")).toContain('Target="vbaProject.bin"');
    expect(await part(out, "xl/workbook.xml")).toContain('<workbookPr codeName="ThisWorkbook"/>');
  });

  test("the copy's name keeps .xlsm", () => {
    expect(annotatedCopyName("/data/石柱附件1.xlsm")).toBe("石柱附件1-检查结果.xlsm");
    expect(annotatedCopyName("C:\\表\\石柱附件1.XLSX")).toBe("石柱附件1-检查结果.xlsx");
    expect(copyNameProblem("a.xlsm", "b.XLSM")).toBeNull();
    expect(copyNameProblem("a.xlsx", "b.xlsx")).toBeNull();
    expect(copyNameProblem("a.xlsx", "b.xlsm")).toMatch(/应为 \.xlsx 文件.*“b\.xlsx”/);
  });

  test("yibao targets reads the .xlsm; --out x.xlsx is refused in words, --out x.xlsm writes the copy with its macros", async () => {
    const dir = tmpDir();
    const file = join(dir, "石柱附件1.xlsm");
    writeFileSync(file, await shizhuPackage({ macro: true }));
    const wrong = join(dir, "副本.xlsx");
    const refused = await yibao("targets", file, "--policy", "cq-shizhu-2025", "--out", wrong);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("原文件“石柱附件1.xlsm”含宏");
    expect(refused.stderr).toContain(`须保存为 .xlsm 文件，否则 Excel 打不开`);
    expect(refused.stderr).toContain(join(dir, "副本.xlsm"));
    expect(existsSync(wrong)).toBe(false);

    const right = join(dir, "副本.xlsm");
    const r = await yibao("targets", file, "--policy", "cq-shizhu-2025", "--out", right);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("C7");
    const copy = await entries(new Uint8Array(readFileSync(right)));
    expect(Buffer.from(copy.get("xl/vbaProject.bin")!).equals(Buffer.from(VBA_BYTES))).toBe(true);
    expect(copy.has("xl/comments1.xml")).toBe(true);
  });
});
