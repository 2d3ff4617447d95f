/**
 * A 石柱 附件1 written part by part, the way Excel saves it, for what exceljs cannot write:
 * shared formulas, threaded comments with their legacy placeholder, a macro-enabled workbook.
 *
 * Rows 6–17 are the 12 villages. 任务数 (C) is `=ROUND(D6*1.02,1)` filled down as one shared formula
 * (C6 the first cell, C7:C17 "as C6"), so every target is a decimal and each is an error;
 * D is 已缴费人数. Row 18 totals C and D with one shared `SUM(C6:C16)` that misses the
 * last village, so both totals are wrong and each has a fix.
 */
import JSZip from "jszip";
import { SHIZHU_UNITS } from "./fixtures";

export interface PackageOptions {
  /** A threaded comment (with its reply and the legacy placeholder) on C7. */
  threaded?: boolean;
  /** A macro-enabled workbook (.xlsm) with a vbaProject.bin. */
  macro?: boolean;
  /** No 合计 row: the sheet's used range ends at D17. */
  noTotal?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TC_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
export const THREAD_ROOT = "{3A5B2C10-1D2E-4F30-8A41-5B6C7D8E9F01}";
export const CLERK_PERSON = "{7F0E1D2C-3B4A-4958-8776-655443322110}";
export const VBA_BYTES = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);

/** Last year's enrolment by village: the targets are 1.02 times these. */
export const LAST_YEAR = SHIZHU_UNITS.map(([, t]) => Math.round(t / 1.02));

/** The targets in tenths, as ROUND(D*1.02,1) gives them (102·D is even: never a tie). */
const TENTHS = LAST_YEAR.map((d) => Math.round((d * 102) / 10));

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

export const PLACEHOLDER =
  "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    柏树社区的任务数请再核一下\nReply:\n    已核，按县里下达的数";

function sheetXml(threaded: boolean, total: boolean): { sheet: string; sst: string } {
  const strings: string[] = [];
  const s = (text: string): number => {
    const at = strings.indexOf(text);
    if (at >= 0) return at;
    strings.push(text);
    return strings.length - 1;
  };
  const str = (ref: string, text: string, style = 0): string =>
    `<c r="${ref}" s="${style}" t="s"><v>${s(text)}</v></c>`;
  const rows: string[] = [];
  rows.push(`<row r="1">${str("A1", "附件1")}</row>`);
  rows.push(`<row r="2">${str("A2", "下路街道2025年度城乡居民基本医疗保险参保任务分解表")}</row>`);
  rows.push(`<row r="4">${str("C4", "单位：人")}</row>`);
  rows.push(
    `<row r="5">${str("A5", "序号", 1)}${str("B5", "村社区", 1)}${str("C5", "任务数", 1)}${str("D5", "已缴费人数", 1)}</row>`
  );
  SHIZHU_UNITS.forEach(([name], i) => {
    const r = 6 + i;
    const f =
      i === 0 ? `<f t="shared" ref="C6:C17" si="0">ROUND(D6*1.02,1)</f>` : `<f t="shared" si="0"/>`;
    const result = TENTHS[i] / 10;
    rows.push(
      `<row r="${r}"><c r="A${r}" s="1"><v>${i + 1}</v></c>${str(`B${r}`, name, 1)}` +
        `<c r="C${r}" s="1">${f}<v>${result}</v></c><c r="D${r}" s="1"><v>${LAST_YEAR[i]}</v></c></row>`
    );
  });
  const c16 = TENTHS.slice(0, 11).reduce((a, b) => a + b, 0) / 10;
  const d16 = LAST_YEAR.slice(0, 11).reduce((a, b) => a + b, 0);
  if (total)
    rows.push(
      `<row r="18">${str("A18", "合计", 1)}<c r="B18" s="1"/>` +
        `<c r="C18" s="1"><f t="shared" ref="C18:D18" si="1">SUM(C6:C16)</f><v>${c16}</v></c>` +
        `<c r="D18" s="1"><f t="shared" si="1"/><v>${d16}</v></c></row>`
    );
  const sheet =
    XML_HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:D${total ? 18 : 17}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="1" width="7" customWidth="1"/><col min="2" max="2" width="18" customWidth="1"/><col min="3" max="4" width="13" customWidth="1"/></cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<mergeCells count="1"><mergeCell ref="A2:D2"/></mergeCells>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    (threaded ? `<legacyDrawing r:id="rId3"/>` : "") +
    `</worksheet>`;
  const sst =
    XML_HEAD +
    `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((t) => `<si><t>${t}</t></si>`).join("") +
    `</sst>`;
  return { sheet, sst };
}

export async function shizhuPackage(options: PackageOptions = {}): Promise<Uint8Array> {
  const { sheet, sst } = sheetXml(!!options.threaded, !options.noTotal);
  const cachedTotal = options.noTotal ? 0 : TENTHS.slice(0, 11).reduce((a, b) => a + b, 0) / 10;
  const macro = !!options.macro;
  const threaded = !!options.threaded;
  const zip = new JSZip();
  const main = macro
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  zip.file(
    "[Content_Types].xml",
    XML_HEAD +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      (macro
        ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`
        : "") +
      (threaded
        ? `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`
        : "") +
      `<Override PartName="/xl/workbook.xml" ContentType="${main}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      (threaded
        ? `<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>` +
          `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>` +
          `<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>`
        : "") +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
      `</Types>`
  );
  zip.file(
    "_rels/.rels",
    XML_HEAD +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
      `</Relationships>`
  );
  zip.file(
    "docProps/core.xml",
    XML_HEAD +
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>下路街道社保所</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-12-20T08:00:00Z</dcterms:created></cp:coreProperties>`
  );
  zip.file(
    "docProps/app.xml",
    XML_HEAD +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`
  );
  zip.file(
    "xl/workbook.xml",
    XML_HEAD +
      `<workbook xmlns="${MAIN}" xmlns:r="${R}">` +
      (macro ? `<workbookPr codeName="ThisWorkbook"/>` : `<workbookPr/>`) +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
      `<sheets><sheet name="附件1" sheetId="1" r:id="rId1"/><sheet name="汇总" sheetId="2" r:id="rId2"/></sheets>` +
      `<calcPr calcId="191029"/></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    XML_HEAD +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId4" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` +
      (macro
        ? `<Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`
        : "") +
      (threaded
        ? `<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>`
        : "") +
      `</Relationships>`
  );
  zip.file(
    "xl/styles.xml",
    XML_HEAD +
      `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
      `<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
  zip.file("xl/sharedStrings.xml", sst);
  zip.file("xl/worksheets/sheet1.xml", sheet);
  zip.file(
    "xl/worksheets/sheet2.xml",
    XML_HEAD +
      `<worksheet xmlns="${MAIN}"><dimension ref="A1:B1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>全街道任务</t></is></c>` +
      `<c r="B1"><f>附件1!C18</f><v>${cachedTotal}</v></c></row></sheetData></worksheet>`
  );
  if (macro) zip.file("xl/vbaProject.bin", VBA_BYTES);
  if (threaded) {
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>` +
        `<Relationship Id="rId2" Type="${R}/comments" Target="../comments1.xml"/>` +
        `<Relationship Id="rId3" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
        `</Relationships>`
    );
    zip.file(
      "xl/threadedComments/threadedComment1.xml",
      XML_HEAD +
        `<ThreadedComments xmlns="${TC_NS}" xmlns:x="${MAIN}">` +
        `<threadedComment ref="C7" dT="2024-12-20T08:30:00.00" personId="${CLERK_PERSON}" id="${THREAD_ROOT}"><text>柏树社区的任务数请再核一下</text></threadedComment>` +
        `<threadedComment ref="C7" dT="2024-12-20T09:00:00.00" personId="${CLERK_PERSON}" id="{3A5B2C10-1D2E-4F30-8A41-5B6C7D8E9F02}" parentId="${THREAD_ROOT}"><text>已核，按县里下达的数</text></threadedComment>` +
        `</ThreadedComments>`
    );
    zip.file(
      "xl/persons/person.xml",
      XML_HEAD +
        `<personList xmlns="${TC_NS}" xmlns:x="${MAIN}"><person displayName="张三" id="${CLERK_PERSON}" userId="张三" providerId="None"/></personList>`
    );
    zip.file(
      "xl/comments1.xml",
      XML_HEAD +
        `<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
        `<authors><author>tc=${THREAD_ROOT}</author></authors><commentList>` +
        `<comment ref="C7" authorId="0" shapeId="0" xr:uid="${THREAD_ROOT}"><text><t xml:space="preserve">${PLACEHOLDER}</t></text></comment>` +
        `</commentList></comments>`
    );
    zip.file(
      "xl/drawings/vmlDrawing1.vml",
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
        `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>` +
        `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
        `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:108pt;height:59pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 5, 10, 5, 15, 9, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>6</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>`
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
