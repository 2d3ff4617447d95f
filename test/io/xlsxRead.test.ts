/**
 * The fast .xlsx reader gives exactly the values the SheetJS path gives, on a workbook with
 * the cell kinds a roster may hold; what it does not know it leaves to SheetJS.
 */
import { SSF } from "@e965/xlsx";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { inflateRawSync } from "zlib";
import { readWorkbookBytes } from "../../src/io/workbook";
import { isBuiltinDate } from "../../src/io/xlsxCells";
import { readXlsxFast } from "../../src/io/xlsxRead";
import { crc32 } from "../../src/io/zip";
import { type InflateChunks, inflateRaw } from "../../src/io/zipRead";

/** A part's bytes in pieces of 1 to 7 bytes: every tag, entity and UTF-8 character is cut somewhere. */
function* crumbs(deflated: Uint8Array): Iterable<Uint8Array> {
  const all = inflateRawSync(deflated);
  for (let p = 0, k = 0; p < all.length; p += 1 + (k++ % 7)) yield all.subarray(p, p + 1 + (k % 7));
}

async function tricky(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("花名册&<表>");
  ws.addRow(["序号", "姓名 & <x>", "缴费日期", "公式", "错误", "布尔", "富文本", "空串"]);
  ws.addRow([
    1,
    "张三",
    new Date(Date.UTC(2024, 10, 15)),
    { formula: "A2*2", result: 2 },
    { error: "#N/A" },
    true,
    { richText: [{ text: "红" }, { text: "色", font: { bold: true } }] },
    "",
  ]);
  ws.addRow([
    2,
    "a\r\nb",
    45611.5,
    { formula: 'B2&""', result: "" },
    { formula: "1/0", result: { error: "#DIV/0!" } },
    false,
    "  前后空格  ",
    null,
  ]);
  ws.getCell("C2").numFmt = "yyyy-mm-dd";
  ws.getCell("C3").numFmt = 'yyyy"年"m"月"d"日"';
  ws.addRow([]);
  ws.addRow(["合并"]);
  ws.mergeCells("A5:C6");
  ws.getCell("J8").value = -12345678901234;
  ws.getCell("K8").value = "'=SUM(1)";
  wb.addWorksheet("隐藏", { state: "hidden" }).addRow(["x"]);
  wb.addWorksheet("空表");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsxFast", () => {
  it("knows the built-in date formats as SheetJS does, without loading it", () => {
    // SheetJS adds each file's own formats (ids from 164) to this table as it reads them.
    const table = SSF.get_table() as Record<number, string>;
    const ids = Object.keys(table)
      .map(Number)
      .filter((id) => id < 164);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect([id, isBuiltinDate(id)]).toEqual([id, SSF.is_date(table[id])]);
  });

  it("reads what SheetJS reads, cell for cell", async () => {
    const bytes = await tricky();
    const fast = await readWorkbookBytes(bytes, "花名册.xlsx", inflateRaw);
    const sheetjs = await readWorkbookBytes(bytes, "花名册.xlsx", null);
    expect(await readXlsxFast(bytes)).not.toBeNull();
    expect(fast).toEqual(sheetjs);
    const rows = fast[0].rows;
    expect(fast.map((s) => s.name)).toEqual(["花名册&<表>", "隐藏", "空表"]);
    expect(rows[1]).toEqual([
      1,
      "张三",
      new Date(Date.UTC(2024, 10, 15)),
      2,
      "#N/A",
      true,
      "红色",
      "",
    ]);
    expect(rows[2].slice(0, 5)).toEqual([
      2,
      "a\nb",
      new Date(Date.UTC(2024, 10, 15, 12)),
      null,
      "#DIV/0!",
    ]);
    expect(rows[3]).toEqual([]);
    expect(rows[4].slice(0, 3)).toEqual(["合并", "合并", "合并"]);
    expect(rows[5].slice(0, 3)).toEqual(["合并", "合并", "合并"]);
    expect(rows[7].slice(9)).toEqual([-12345678901234, "'=SUM(1)"]);
  });

  it.each([
    ["DecompressionStream (Node and the page's Web Worker)", inflateRaw],
    ["pieces of a few bytes", crumbs],
  ])("reads the same with its parts unpacked by %s", async (_, inflate: InflateChunks) => {
    const bytes = await tricky();
    expect(await readXlsxFast(bytes, inflate)).not.toBeNull();
    expect(await readWorkbookBytes(bytes, "花名册.xlsx", inflate)).toEqual(
      await readWorkbookBytes(bytes, "花名册.xlsx", null)
    );
  });

  it("reads a roster of shared strings and inline strings across many pieces", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("花名册");
    ws.addRow(["序号", "姓名", "身份证号码", "参保档次"]);
    for (let i = 1; i <= 3000; i++)
      ws.addRow([
        i,
        `张${i % 97}`,
        `5002431990${String(i).padStart(8, "0")}`,
        i % 3 ? "一档" : "二档",
      ]);
    ws.getCell("E2").value = { richText: [{ text: "备" }, { text: "注&<>" }] };
    const shared = new Uint8Array(await wb.xlsx.writeBuffer());
    // The bench's roster as ExcelJS' streaming writer gives it: t="str" cells, no shared strings.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xlsxRead-")), "inline.xlsx");
    const stream = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useSharedStrings: false,
    });
    const sheet = stream.addWorksheet("花名册");
    ws.eachRow((row) => sheet.addRow((row.values as ExcelJS.CellValue[]).slice(1)).commit());
    sheet.commit();
    await stream.commit();
    const inline = new Uint8Array(fs.readFileSync(file));
    for (const bytes of [shared, inline]) {
      const sheetjs = await readWorkbookBytes(bytes, "花名册.xlsx", null);
      expect(sheetjs[0].rows).toHaveLength(3001);
      expect(sheetjs[0].rows[3000]).toEqual([3000, "张90", "500243199000003000", "二档"]);
      for (const inflate of [inflateRaw, crumbs])
        expect(await readXlsxFast(bytes, inflate)).toEqual(sheetjs);
    }
  }, 60_000);

  it("refuses a part that does not unpack to its directory's size as a damaged file", async () => {
    const bytes = await tricky();
    function* broken(deflated: Uint8Array): Iterable<Uint8Array> {
      yield inflateRawSync(deflated).subarray(0, 100);
    }
    await expect(readWorkbookBytes(bytes, "花名册.xlsx", broken)).rejects.toThrow(
      /文件内容与其目录不符，文件可能已损坏/
    );
  });

  it("leaves a sheet with prefixed elements to SheetJS", async () => {
    const xml = (s: string): Buffer => Buffer.from(s);
    // A minimal stored (uncompressed) zip: the fast reader sees x:worksheet and declines.
    const files: [string, Buffer][] = [
      [
        "xl/workbook.xml",
        xml(
          '<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
      ],
      [
        "xl/_rels/workbook.xml.rels",
        xml(
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
      ],
      ["xl/worksheets/sheet1.xml", xml('<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>')],
    ];
    const local: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const [name, data] of files) {
      const n = Buffer.from(name);
      const h = Buffer.alloc(30);
      h.writeUInt32LE(0x04034b50, 0);
      h.writeUInt32LE(crc32(data), 14);
      h.writeUInt32LE(data.length, 18);
      h.writeUInt32LE(data.length, 22);
      h.writeUInt16LE(n.length, 26);
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt32LE(crc32(data), 16);
      c.writeUInt32LE(data.length, 20);
      c.writeUInt32LE(data.length, 24);
      c.writeUInt16LE(n.length, 28);
      c.writeUInt32LE(offset, 42);
      local.push(h, n, data);
      central.push(c, n);
      offset += 30 + n.length + data.length;
    }
    const dir = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    const zip = new Uint8Array(Buffer.concat([...local, dir, end]));
    expect(await readXlsxFast(zip)).toBeNull();
  });
});
