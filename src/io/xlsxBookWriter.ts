/**
 * An .xlsx package written sheet by sheet into a zip as it is made (see ./zip and
 * ./xlsxSheetPart): the workbook, its styles, a comments part and note drawing for each sheet
 * with notes, and a very hidden sheet for each dropdown list too long to write inline. The
 * workbook asks Excel, WPS and LibreOffice to recalculate every formula on open; viewers that
 * do not recalculate show the cached results.
 */
import { quotedSheetName } from "../core/sheet/address";
import { LISTS_SHEET, listFitsInline } from "../core/sheet/newSheets";
import type { SheetRows } from "../core/sheet/rowSource";
import type { ListValidation } from "../core/sheet/spec";
import { CellStyles } from "./xlsxCellStyles";
import { addComments, addNoteShapes, type Note } from "./xlsxPatchComments";
import { columnName, CONTENT, xmlAttr } from "./xlsxPatchXml";
import { type ListRef, printTitlesName, writeSheetPart } from "./xlsxSheetPart";
import { type ByteSink, type Crc32, type DeflateFactory, ZipWriter } from "./zip";

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
/** The author Excel shows for yibao's notes and workbooks (the status bar, File › Info). */
const NOTE_AUTHOR = "医保助手";

/**
 * The application yibao names in docProps/app.xml. Excel, WPS and LibreOffice write their
 * own name there on every save, so a file that still says this one is as yibao wrote it:
 * the CLI replaces such a file, and refuses any other without --force (src/io/files.ts).
 */
export const WRITER_APPLICATION = "yibao 医保助手";

interface BookSheet {
  name: string;
  hidden: boolean;
  repeatRows: { first: number; last: number } | null;
  notes: boolean;
}

function relationships(rels: { id: string; type: string; target: string }[]): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

export interface XlsxTarget {
  sink: ByteSink;
  deflate: DeflateFactory;
  crc?: Crc32;
}

/** Writes the sheets as a workbook into the target; resolves once the last byte is written. */
export async function writeBook(sheets: SheetRows[], target: XlsxTarget): Promise<void> {
  const zip = new ZipWriter(target.sink, target.deflate, target.crc);
  const styles = new CellStyles();
  const book: BookSheet[] = [];
  // Lists too long to write inline (or holding a comma or a quote), one a column.
  const lists: string[][] = [];
  let shapeBlock = 1;

  const listFormula = (v: ListValidation): string => {
    if (listFitsInline(v.values)) return `"${v.values.join(",")}"`;
    lists.push(v.values);
    const col = columnName(lists.length - 1);
    return `${quotedSheetName(LISTS_SHEET)}!$${col}$1:$${col}$${v.values.length}`;
  };

  for (const rows of sheets) {
    const n = book.length + 1;
    const refs: ListRef[] = (rows.spec.validations ?? [])
      // A list with nothing to choose from is no list (an empty inline list is not valid).
      .filter((v) => v.values.length > 0)
      .map((v) => ({
        range: v.range,
        formula: listFormula(v),
        error: v.error,
      }));
    let written!: Awaited<ReturnType<typeof writeSheetPart>>;
    await zip.entry(`xl/worksheets/sheet${n}.xml`, async (entry) => {
      written = await writeSheetPart(entry, rows, styles, refs, n === 1);
    });
    book.push({
      name: rows.spec.name,
      hidden: false,
      repeatRows: written.repeatRows,
      notes: written.notes.length > 0,
    });
    if (written.notes.length > 0) {
      shapeBlock = await writeNotes(zip, n, written.notes, shapeBlock);
    }
  }
  if (lists.length > 0) {
    const n = book.length + 1;
    const height = Math.max(...lists.map((l) => l.length));
    const cells = Array.from({ length: height }, (_, r) =>
      lists.map((l) => (r < l.length ? { value: l[r] } : null))
    );
    await zip.entry(`xl/worksheets/sheet${n}.xml`, async (entry) => {
      await writeSheetPart(entry, { spec: { name: LISTS_SHEET, cells } }, styles, [], false);
    });
    book.push({ name: LISTS_SHEET, hidden: true, repeatRows: null, notes: false });
  }

  await zip.file("xl/styles.xml", styles.xml());
  await zip.file("xl/workbook.xml", workbookXml(book));
  await zip.file(
    "xl/_rels/workbook.xml.rels",
    relationships([
      ...book.map((_, i) => ({
        id: `rId${i + 1}`,
        type: `${REL}/worksheet`,
        target: `worksheets/sheet${i + 1}.xml`,
      })),
      { id: `rId${book.length + 1}`, type: `${REL}/styles`, target: "styles.xml" },
    ])
  );
  await zip.file("docProps/core.xml", coreXml());
  await zip.file(
    "docProps/app.xml",
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${WRITER_APPLICATION}</Application></Properties>`
  );
  await zip.file(
    "_rels/.rels",
    relationships([
      { id: "rId1", type: `${REL}/officeDocument`, target: "xl/workbook.xml" },
      {
        id: "rId2",
        type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        target: "docProps/core.xml",
      },
      { id: "rId3", type: `${REL}/extended-properties`, target: "docProps/app.xml" },
    ])
  );
  await zip.file("[Content_Types].xml", contentTypes(book));
  await zip.finish();
}

/** The sheet's comments part, its note drawing, and the sheet's relationships to them. */
async function writeNotes(
  zip: ZipWriter,
  n: number,
  notes: Note[],
  block: number
): Promise<number> {
  await zip.file(`xl/comments${n}.xml`, addComments(null, notes, NOTE_AUTHOR).xml);
  const taken = new Set(Array.from({ length: block - 1 }, (_, i) => i + 1));
  const vml = addNoteShapes(null, notes, taken);
  await zip.file(`xl/drawings/vmlDrawing${n}.vml`, vml);
  await zip.file(
    `xl/worksheets/_rels/sheet${n}.xml.rels`,
    relationships([
      { id: "rId1", type: `${REL}/vmlDrawing`, target: `../drawings/vmlDrawing${n}.vml` },
      { id: "rId2", type: `${REL}/comments`, target: `../comments${n}.xml` },
    ])
  );
  // Each drawing claims whole blocks of 1024 shape ids.
  return block + Math.ceil((notes.length + 1) / 1024);
}

function workbookXml(book: BookSheet[]): string {
  const sheets = book
    .map(
      (s, i) =>
        `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ` state="veryHidden"` : ""} r:id="rId${i + 1}"/>`
    )
    .join("");
  const names = book
    .map((s, i) => (s.repeatRows ? printTitlesName(s.name, s.repeatRows, i) : ""))
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    `<calcPr calcId="191029" fullCalcOnLoad="1"/>` +
    `</workbook>`
  );
}

/**
 * When the workbook was made: now, or SOURCE_DATE_EPOCH where a build sets it (the
 * reproducible-builds convention), so the release's blank templates are the same bytes each time.
 */
function madeAt(): Date {
  const epoch = typeof process === "undefined" ? undefined : process.env?.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

function coreXml(): string {
  const now = madeAt()
    .toISOString()
    .replace(/\.\d+Z$/, "Z");
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${NOTE_AUTHOR}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

function contentTypes(book: BookSheet[]): string {
  const parts = [
    [
      `/xl/workbook.xml`,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    ],
    [`/xl/styles.xml`, CONTENT.styles],
    [`/docProps/core.xml`, "application/vnd.openxmlformats-package.core-properties+xml"],
    [`/docProps/app.xml`, "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  ];
  book.forEach((s, i) => {
    parts.push([`/xl/worksheets/sheet${i + 1}.xml`, CONTENT.worksheet]);
    if (s.notes) parts.push([`/xl/comments${i + 1}.xml`, CONTENT.comments]);
  });
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="vml" ContentType="${CONTENT.vml}"/>` +
    parts.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("") +
    `</Types>`
  );
}
