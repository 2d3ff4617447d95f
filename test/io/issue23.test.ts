/**
 * Issue 23 §4 in the readers: every input row is accounted for or the file is refused with
 * its line (an unclosed CSV quote, a repeated <row r="2">, a bad byte), and a sheet is
 * counted by its rows, not the dimension it claims.
 */
import { zipSync, strToU8 } from "fflate";
import { readWorkbookBytes } from "../../src/io/workbook";

const csv = (text: string): Promise<unknown> =>
  readWorkbookBytes(new TextEncoder().encode(text), "花名册.csv");

function xlsx(sheetData: string, dimension = "A1:B3"): Uint8Array {
  return zipSync({
    "xl/workbook.xml": strToU8(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${sheetData}</sheetData></worksheet>`
    ),
  });
}

const row = (r: number, a: string): string =>
  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${a}</t></is></c></row>`;

describe("CSV", () => {
  it("an unclosed quote is refused with its line, not 4 people read as 2", async () => {
    const text = '姓名,身份证号码\n张三,1\n"李四,2\n王五,3\n赵六,4\n';
    await expect(csv(text)).rejects.toThrow(/第3行的引号（"）没有配对/);
  });
  it("a byte that is neither UTF-8 nor GB18030 is a damaged file with its line", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("姓名\n张三\n"), 0xff, 0xff, 0x0a]);
    await expect(readWorkbookBytes(bytes, "a.csv")).rejects.toThrow(/第3行有无法识别的字符.*损坏/);
  });
  it("UTF-16 with its BOM (Excel's Unicode text) is read", async () => {
    const body = "姓名\t身份证号码\r\n张三\t1\r\n";
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + 2 * i] = body.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = body.charCodeAt(i) >> 8;
    }
    const [sheet] = await readWorkbookBytes(bytes, "a.csv");
    expect(sheet.rows).toEqual([
      ["姓名", "身份证号码"],
      ["张三", "1"],
    ]);
  });
});

/** The offsets of a part's central directory entry and its local header. */
function entryOf(zip: Uint8Array, name: string): { central: number; local: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  let p = view.getUint32(end + 16, true);
  for (let k = view.getUint16(end + 10, true); k > 0; k--) {
    const nameLength = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength)) === name)
      return { central: p, local: view.getUint32(p + 42, true) };
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  throw new Error(name);
}

/** A roster whose sheet part is damaged by `harm`, given its zip's bytes and entry. */
function damaged(
  harm: (view: DataView, at: { central: number; local: number }) => void
): Uint8Array {
  let data = row(1, "姓名");
  for (let r = 2; r <= 40; r++) data += row(r, `张${r}`);
  const zip = new Uint8Array(xlsx(data));
  harm(new DataView(zip.buffer), entryOf(zip, "xl/worksheets/sheet1.xml"));
  return zip;
}

const add = (view: DataView, at: number, n: number): void =>
  view.setUint32(at, view.getUint32(at, true) + n, true);

describe("a zip whose sizes or CRC disagree with its data is a damaged file", () => {
  it.each<[string, (view: DataView, at: { central: number; local: number }) => void]>([
    ["the directory's unpacked size too small", (v, e) => add(v, e.central + 24, -100)],
    ["the directory's unpacked size too large", (v, e) => add(v, e.central + 24, 100)],
    [
      "both unpacked sizes too small",
      (v, e) => (add(v, e.central + 24, -100), add(v, e.local + 22, -100)),
    ],
    ["the local header's unpacked size", (v, e) => add(v, e.local + 22, 7)],
    ["the local header's compressed size", (v, e) => add(v, e.local + 18, -10)],
    [
      "both compressed sizes too small",
      (v, e) => (add(v, e.central + 20, -10), add(v, e.local + 18, -10)),
    ],
    ["both CRCs", (v, e) => (add(v, e.central + 16, 1), add(v, e.local + 14, 1))],
    [
      "a byte of the compressed data",
      (v, e) => {
        const at = e.local + 30 + v.getUint16(e.local + 26, true) + 40;
        v.setUint8(at, v.getUint8(at) ^ 0x10);
      },
    ],
  ])("%s", async (_, harm) => {
    await expect(readWorkbookBytes(damaged(harm), "花名册.xlsx")).rejects.toThrow(
      /无法读取 花名册.xlsx：文件内容与其目录不符，文件可能已损坏/
    );
  });
  it("the same roster undamaged is read", async () => {
    const [sheet] = await readWorkbookBytes(
      damaged(() => undefined),
      "花名册.xlsx"
    );
    expect(sheet.rows).toHaveLength(40);
  });
});

describe("xlsx", () => {
  it('two <row r="2"> elements are refused, not one dropped', async () => {
    const bytes = xlsx(row(1, "姓名") + row(2, "张三") + row(2, "李四"));
    await expect(readWorkbookBytes(bytes, "花名册.xlsx")).rejects.toThrow(
      /第2行在文件中出现了不止一次.*损坏/
    );
  });
  it("a shared string the file does not have is a damaged file", async () => {
    const bytes = xlsx(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`);
    await expect(readWorkbookBytes(bytes, "花名册.xlsx")).rejects.toThrow(/损坏/);
  });
  it("an 11-row sheet whose dimension claims A1:I1048576 is read as 11 rows", async () => {
    let data = "";
    for (let r = 1; r <= 11; r++) data += row(r, `第${r}行`);
    const [sheet] = await readWorkbookBytes(xlsx(data, "A1:I1048576"), "花名册.xlsx");
    expect(sheet.rows).toHaveLength(11);
  });
});
