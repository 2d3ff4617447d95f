/**
 * Issue 23 §4 in the readers: every input row is accounted for or the file is refused with
 * its line (an unclosed CSV quote, a repeated <row r="2">, a bad byte), and a sheet is
 * counted by its rows, not the dimension it claims.
 */
import { zipSync, strToU8 } from "fflate";
import { zlibInflater } from "../../src/io/files";
import { readWorkbookBytes } from "../../src/io/workbook";

const csv = (text: string): Promise<unknown> =>
  readWorkbookBytes(new TextEncoder().encode(text), "花名册.csv", zlibInflater);

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
    await expect(readWorkbookBytes(bytes, "a.csv", zlibInflater)).rejects.toThrow(
      /第3行有无法识别的字符.*损坏/
    );
  });
  it("UTF-16 with its BOM (Excel's Unicode text) is read", async () => {
    const body = "姓名\t身份证号码\r\n张三\t1\r\n";
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + 2 * i] = body.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = body.charCodeAt(i) >> 8;
    }
    const [sheet] = await readWorkbookBytes(bytes, "a.csv", zlibInflater);
    expect(sheet.rows).toEqual([
      ["姓名", "身份证号码"],
      ["张三", "1"],
    ]);
  });
});

describe("xlsx", () => {
  it('two <row r="2"> elements are refused, not one dropped', async () => {
    const bytes = xlsx(row(1, "姓名") + row(2, "张三") + row(2, "李四"));
    await expect(readWorkbookBytes(bytes, "花名册.xlsx", zlibInflater)).rejects.toThrow(
      /第2行在文件中出现了不止一次.*损坏/
    );
  });
  it("a shared string the file does not have is a damaged file", async () => {
    const bytes = xlsx(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`);
    await expect(readWorkbookBytes(bytes, "花名册.xlsx", zlibInflater)).rejects.toThrow(/损坏/);
  });
  it("an 11-row sheet whose dimension claims A1:I1048576 is read as 11 rows", async () => {
    let data = "";
    for (let r = 1; r <= 11; r++) data += row(r, `第${r}行`);
    const [sheet] = await readWorkbookBytes(xlsx(data, "A1:I1048576"), "花名册.xlsx", zlibInflater);
    expect(sheet.rows).toHaveLength(11);
  });
});
