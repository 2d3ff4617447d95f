/**
 * The one .xlsx writer (src/io/xlsxWriter → xlsxBookWriter → xlsxSheetPart, zip): what each
 * SheetSpec asks for is what exceljs reads back from the file, cell by cell (value, formula
 * and cached result, number format, font, fill, alignment, border, note) and sheet by sheet
 * (frozen rows, widths, text columns, merges, lists, print setup, print titles). The file the
 * CLI writes through zlib holds the same parts as the bytes the page makes; text a formula
 * could start, characters XML cannot hold, and a WebView without a compressor are covered.
 */
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { buildClaim } from "../../src/core/claim/build";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { templateSheets } from "../../src/core/claim/templates";
import { getPolicy } from "../../src/core/policy/registry";
import { printPlan } from "../../src/core/sheet/print";
import type { CellSpec, SheetSpec } from "../../src/core/sheet/spec";
import { writeXlsxFile } from "../../src/io/xlsxFile";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { storedDeflate } from "../../src/io/zip";
import { LISTS_SHEET } from "../../src/core/sheet/newSheets";
import { withCheck } from "../claim/fixtures";

function values(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: "array", cellFormula: true });
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function claimSpecs(): SheetSpec[] {
  const policy = getPolicy("cq-shizhu-2025");
  const rows = [
    ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
    [1, '=HYPERLINK("http://x")', "王一", withCheck("50024019800101001"), "城乡低保对象", "一档"],
    [2, "白鹤村", "-张三", withCheck("50024019800101002"), "特困人员", "一档"],
    [3, "高平村", "李三", withCheck("50024019800101003"), "城乡孤儿", "二档"],
    [4, "高平村", "李三", withCheck("50024019800101003"), "城乡孤儿", "二档"],
    [5, "高平村", "赵五", "123", "城乡孤儿", "二档"],
  ];
  const result = buildClaim([{ name: "民政", rows }], policy);
  expect(result.merged).toHaveLength(1);
  expect(result.rejected).toHaveLength(1);
  return claimWorkbook(result, policy, { publicNotice: true }).sheets;
}

/** Every way the spec's cells differ from what is read back: values by SheetJS, looks by exceljs. */
function differences(spec: SheetSpec, ws: ExcelJS.Worksheet, values: XLSX.WorkSheet): string[] {
  const out: string[] = [];
  const box = printPlan(spec).borders;
  const text = new Set(spec.textColumns ?? []);
  const merged = (ws.model as { merges: string[] }).merges;
  const inMerge = (r: number, c: number) =>
    merged.some((m) => {
      const [a, b] = m.split(":").map((x) => ws.getCell(x));
      return (
        r + 1 >= +a.row &&
        r + 1 <= +b.row &&
        c + 1 >= +a.col &&
        c + 1 <= +b.col &&
        !(r + 1 === +a.row && c + 1 === +a.col)
      );
    });
  spec.cells.forEach((row, r) =>
    row.forEach((cell: CellSpec | null, c) => {
      if (!cell || inMerge(r, c)) return;
      const got = ws.getCell(r + 1, c + 1);
      const at = `${spec.name}!${got.address}`;
      // exceljs reads a cached result of 0 as none, so values and results are read by SheetJS.
      const v = values[got.address] as XLSX.CellObject | undefined;
      const want =
        cell.formula !== undefined
          ? { f: cell.formula, v: cell.result }
          : { v: cell.value === "" ? undefined : (cell.value ?? undefined) };
      const read = cell.formula !== undefined ? { f: v?.f, v: v?.v } : { v: v?.v };
      if (JSON.stringify(read) !== JSON.stringify(want))
        out.push(`${at} value ${JSON.stringify(read)}`);
      if ((got.numFmt ?? undefined) !== (cell.numFmt ?? (text.has(c) ? "@" : undefined)))
        out.push(`${at} numFmt ${got.numFmt}`);
      if (!!got.font?.bold !== !!cell.bold) out.push(`${at} bold`);
      if ((got.font?.size ?? 11) !== (cell.fontSize ?? 11)) out.push(`${at} size`);
      const fill = (got.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
      if ((fill ?? undefined) !== (cell.fill ? `FF${cell.fill}` : undefined))
        out.push(`${at} fill ${fill}`);
      if ((got.alignment?.horizontal ?? undefined) !== cell.align) out.push(`${at} align`);
      if (!!got.alignment?.wrapText !== !!cell.wrap) out.push(`${at} wrap`);
      const noteText =
        typeof got.note === "string" ? got.note : got.note?.texts?.map((t) => t.text).join("");
      if ((noteText ?? undefined) !== cell.note) out.push(`${at} note ${noteText}`);
    })
  );
  if (box)
    for (let r = box.r0; r <= box.r1; r++)
      for (let c = box.c0; c <= box.c1; c++) {
        const b = ws.getCell(r + 1, c + 1).border;
        if ([b?.top, b?.left, b?.bottom, b?.right].some((s) => s?.style !== "thin"))
          out.push(`${spec.name}!${ws.getCell(r + 1, c + 1).address} border`);
        // A table's cells sit in the middle of their row (a wrapped neighbour makes it tall).
        if (ws.getCell(r + 1, c + 1).alignment?.vertical !== "middle")
          out.push(`${spec.name}!${ws.getCell(r + 1, c + 1).address} vertical`);
      }
  return out;
}

describe("the xlsx writer gives exactly what the SheetSpecs ask for", () => {
  test("a claim workbook (with 公示名单, merged and rejected rows): every cell and border", async () => {
    const specs = claimSpecs();
    const bytes = await writeXlsx(specs);
    const wb = await load(bytes);
    const sheets = values(bytes).Sheets;
    expect(wb.worksheets.map((w) => w.name)).toEqual(specs.map((s) => s.name));
    for (const spec of specs)
      expect(differences(spec, wb.getWorksheet(spec.name)!, sheets[spec.name])).toEqual([]);
  });

  test("each sheet's frozen rows, widths, merges and print setup", async () => {
    const specs = claimSpecs();
    const wb = await load(await writeXlsx(specs));
    for (const spec of specs) {
      const ws = wb.getWorksheet(spec.name)!;
      const plan = printPlan(spec);
      expect({
        sheet: spec.name,
        frozen: (ws.views[0] as { ySplit?: number }).ySplit ?? 0,
        widths: (spec.columnWidths ?? []).map((_, i) => ws.getColumn(i + 1).width),
        merges: [...(ws.model as { merges: string[] }).merges].sort(),
        orientation: ws.pageSetup.orientation,
        fit: [ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight],
        paper: ws.pageSetup.paperSize,
        centred: ws.pageSetup.horizontalCentered,
        titles: ws.pageSetup.printTitlesRow,
        header: ws.headerFooter.oddHeader,
        footer: ws.headerFooter.oddFooter,
      }).toEqual({
        sheet: spec.name,
        frozen: spec.frozenRows ?? 0,
        widths: spec.columnWidths ?? [],
        merges: [...(spec.merges ?? [])].sort(),
        orientation: plan.orientation,
        fit: [true, 1, plan.pagesTall],
        paper: 9,
        centred: true,
        titles: plan.repeatRows
          ? `${plan.repeatRows.first + 1}:${plan.repeatRows.last + 1}`
          : undefined,
        header: `&C${plan.header}`,
        footer: `&C${plan.footer}`,
      });
      for (const c of spec.textColumns ?? []) expect(ws.getColumn(c + 1).numFmt).toBe("@");
    }
  });

  test("Excel is asked to recalculate on open; text a formula could start keeps the quote prefix", async () => {
    const specs = claimSpecs();
    const bytes = await writeXlsx(specs);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/fullCalcOnLoad="1"/);
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = [...styles.slice(styles.indexOf("<cellXfs")).matchAll(/<xf\b[^>]*>/g)].map(
      (m) => m[0]
    );
    const detail = await zip
      .file(`xl/worksheets/sheet${specs.findIndex((x) => x.name === "资助明细") + 1}.xml`)!
      .async("string");
    // The roster's "=HYPERLINK(...)" village and "-张三" are text, shown as typed.
    for (const text of ['=HYPERLINK("http://x")', "-张三"]) {
      const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const cell = new RegExp(
        `<c r="[A-Z]+\\d+" s="(\\d+)" t="inlineStr"><is><t>${escaped.replace(/[()]/g, "\\$&")}</t>`
      ).exec(detail);
      expect(cell).not.toBeNull();
      expect(xfs[Number(cell![1])]).toMatch(/quotePrefix="1"/);
    }
    expect(detail).not.toMatch(/<f>HYPERLINK/);
  });

  test("lists: a short one inline, a long one on a very hidden sheet", async () => {
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}类人员`);
    const spec: SheetSpec = {
      name: "名单",
      cells: [[{ value: "类别" }, { value: "档次" }]],
      validations: [
        { range: "A2:A100", values: long, error: "请从列表中选" },
        { range: "B2:B100", values: ["一档", "二档"], error: "只能填一档或二档" },
      ],
    };
    const wb = await load(await writeXlsx([spec]));
    const hidden = wb.worksheets.find((w) => w.name !== "名单")!;
    expect(hidden.name).toBe(LISTS_SHEET);
    expect(hidden.state).toBe("veryHidden");
    expect(hidden.getColumn(1).values.slice(1)).toEqual(long);
    const dv0 = (
      wb.getWorksheet("名单") as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      }
    ).dataValidations.model;
    // exceljs reads a list back cell by cell.
    const dv = { "A2:A100": dv0.A2, "B2:B100": dv0.B2 };
    expect(dv0.A100).toEqual(dv0.A2);
    expect(dv["A2:A100"]).toMatchObject({
      type: "list",
      formulae: [`'${hidden.name}'!$A$1:$A$60`],
      error: "请从列表中选",
      showErrorMessage: true,
    });
    expect(dv["B2:B100"]).toMatchObject({
      type: "list",
      formulae: ['"一档,二档"'],
      error: "只能填一档或二档",
    });
  });

  test("the claim templates (lists, notes, text columns) read back as specified", async () => {
    const policy = getPolicy("cq-shizhu-2025");
    const specs = templateSheets("claim", policy);
    const bytes = await writeXlsx(specs);
    const wb = await load(bytes);
    const sheets = values(bytes).Sheets;
    for (const spec of specs)
      expect(differences(spec, wb.getWorksheet(spec.name)!, sheets[spec.name])).toEqual([]);
  });

  test("text XML cannot hold, markup, and Excel's own escapes come back as written", async () => {
    const texts = [
      "a\u0001b",
      "_x0041_",
      "<b>&amp;</b>",
      "  两头有空格  ",
      "第一行\n第二行",
      "\"引号'",
    ];
    const spec: SheetSpec = { name: "文本", cells: texts.map((t) => [{ value: t }]) };
    const book = XLSX.read(await writeXlsx([spec]), { type: "array" });
    const read = XLSX.utils
      .sheet_to_json<string[]>(book.Sheets["文本"], { header: 1 })
      .map((r) => r[0]);
    expect(read).toEqual(texts);
  });

  test("a note on a row a source makes, and several sheets with notes, each in its own drawing", async () => {
    const sheets = [1, 2].map((k) => ({
      spec: { name: `表${k}`, cells: [[{ value: "标题" }]] } as SheetSpec,
      rest: {
        count: 3,
        row: (i: number): CellSpec[] => [
          { value: i, note: i === 1 ? `第${k}表的说明` : undefined },
        ],
      },
    }));
    const wb = await load(await writeXlsx(sheets));
    for (const k of [1, 2])
      expect(wb.getWorksheet(`表${k}`)!.getCell("A3").note).toBe(`第${k}表的说明`);
    const zip = await JSZip.loadAsync(await writeXlsx(sheets));
    const ids = await Promise.all(
      [1, 2].map(async (k) =>
        [
          ...(await zip.file(`xl/drawings/vmlDrawing${k}.vml`)!.async("string")).matchAll(
            /id="_x0000_s(\d+)"/g
          ),
        ].map((m) => m[1])
      )
    );
    expect(ids[0].filter((id) => ids[1].includes(id))).toEqual([]);
  });

  test("the file the CLI writes (zlib) holds the same parts as the page's bytes; a stored zip opens too", async () => {
    const specs = claimSpecs();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-writer-"));
    try {
      const file = path.join(dir, "claim.xlsx");
      await writeXlsxFile(specs, file);
      const parts = async (bytes: Uint8Array) => {
        const zip = await JSZip.loadAsync(bytes);
        const out: Record<string, string> = {};
        for (const name of Object.keys(zip.files).sort())
          if (name !== "docProps/core.xml") out[name] = await zip.file(name)!.async("string");
        return out;
      };
      const page = await parts(await writeXlsx(specs));
      expect(await parts(new Uint8Array(fs.readFileSync(file)))).toEqual(page);
      const stored = await writeXlsx(specs, storedDeflate);
      expect(await parts(stored)).toEqual(page);
      expect((await load(stored)).worksheets).toHaveLength(specs.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a list value with a comma or a quote goes to the list sheet; an empty list is left out", async () => {
    const spec: SheetSpec = {
      name: "名单",
      cells: [[{ value: "单位" }]],
      validations: [
        { range: "A2:A9", values: ["张家村,李家村", '"新"村'], error: "请从列表中选" },
        { range: "B2:B9", values: [], error: "无" },
      ],
    };
    const bytes = await writeXlsx([spec]);
    const wb = await load(bytes);
    expect(wb.getWorksheet(LISTS_SHEET)!.getColumn(1).values.slice(1)).toEqual([
      "张家村,李家村",
      '"新"村',
    ]);
    const sheet = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(sheet).toContain(`<formula1>'${LISTS_SHEET}'!$A$1:$A$2</formula1>`);
    expect(sheet).not.toContain('sqref="B2:B9"');
  });

  test("a note with a control character is well-formed XML and reads back as written", async () => {
    const note = "“12\u000b34”不是数字";
    const spec: SheetSpec = { name: "表", cells: [[{ value: 1, note }]] };
    const bytes = await writeXlsx([spec]);
    const comments = await (await JSZip.loadAsync(bytes)).file("xl/comments1.xml")!.async("string");
    expect(comments).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(XLSX.read(bytes, { type: "array" }).Sheets["表"].A1.c[0].t).toBe(note);
  });

  test("rows stop at Excel's 409 points; a number that is not finite is refused, not written as text", async () => {
    const long = "很长的说明文字。".repeat(400);
    const bytes = await writeXlsx([
      { name: "表", columnWidths: [20], cells: [[{ value: long, wrap: true }]] },
    ]);
    const sheet = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(sheet).toContain('<row r="1" ht="409" customHeight="1">');
    await expect(writeXlsx([{ name: "表", cells: [[{ value: NaN }]] }])).rejects.toThrow(
      /internal/
    );
  });

  test("a stored zip (no CompressionStream) gives each entry's size and CRC in its own header", async () => {
    const bytes = await writeXlsx([{ name: "表", cells: [[{ value: "甲" }]] }], storedDeflate);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true) & 0x08).toBe(0); // no data descriptor
    expect(view.getUint16(8, true)).toBe(0); // stored
    const size = view.getUint32(22, true);
    expect(size).toBeGreaterThan(0);
    expect(view.getUint32(18, true)).toBe(size);
    expect((await load(bytes)).getWorksheet("表")!.getCell("A1").value).toBe("甲");
  });

  test("the workbook's author is in Chinese", async () => {
    const bytes = await writeXlsx([{ name: "表", cells: [[{ value: 1 }]] }]);
    expect((await load(bytes)).creator).toBe("医保助手");
  });
});
