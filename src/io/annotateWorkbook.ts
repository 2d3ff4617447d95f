/**
 * The annotated copy of the clerk's own workbook (下载标注后的工作簿, `yibao targets --out`):
 * the original package with marks added and nothing taken away. The cells found at fault get
 * a fill (a copy of their own format with the fill, so borders, fonts and number formats stay)
 * and a note; the fixes the clerk applied on the page are written in; 检查结果 and 进度汇总 are
 * added as new sheets. Every other part (sheets, formulas with their cached results, merges,
 * widths, lists, charts, pictures, the clerk's own notes) is copied as it is.
 *
 * The copy is made at the level of the package's XML rather than by loading it into a
 * spreadsheet model: only the checked sheet's text is rewritten, in one pass that skips
 * unchanged rows, so a sheet of 100,000 units costs tens of MB, not gigabytes, and what no
 * library models is kept too. A CSV (and an old binary .xls) has only values: its copy is
 * built from them.
 */
import type { SheetData } from "../core/sheet/address";
import type { SheetSpec } from "../core/sheet/spec";
import { annotateTargets, findingMarks, reportSheets } from "../core/targets/annotate";
import type { TargetFix, TargetReport } from "../core/targets/types";
import { isCsvName } from "./workbook";
import { Book } from "./xlsxPatchBook";
import { graftSheetRows } from "./xlsxGraftRows";
import { addComments, addNoteShapes, type Note, vmlBlocks } from "./xlsxPatchComments";
import { patchSheetXml, type CellEdit, type SheetEdits } from "./xlsxPatchSheet";
import { addReplies, threadRoots, THREADS, withPerson } from "./xlsxPatchThreads";
import { Package } from "./xlsxPackage";
import { columnName, CONTENT, NS, prefixFor, resolveTarget, rootPrefix } from "./xlsxPatchXml";
import { WRITER_APPLICATION } from "./xlsxBookWriter";
import { writeXlsx } from "./xlsxWriter";
import { withQuotePrefix } from "./quotePrefix";

export interface AnnotateInput {
  /** The opened file as it is on disk. */
  bytes: Uint8Array;
  fileName: string;
  /** The checked sheet as read (on the page: with the fixes applied). */
  sheet: SheetData;
  report: TargetReport;
  /** Fixes the clerk applied since the file was opened, in order (written into the copy). */
  applied?: TargetFix[];
  /**
   * Writes the added sheets as a workbook of their own, to be grafted in. The CLI passes the
   * streaming writer (src/io/xlsxStream), since 进度汇总 has a row per unit; the default, the
   * in-memory writer, also runs in the browser.
   */
  writeSheets?: (specs: SheetSpec[]) => Promise<Uint8Array>;
}

/** Who wrote the notes, as Excel shows it beside a note. */
const NOTE_AUTHOR = "任务分解表检查";

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b;

function editsOf(input: AnnotateInput): { edits: SheetEdits; notes: Note[] } {
  const edits: SheetEdits = new Map();
  const at = (row: number, col: number): CellEdit => {
    let line = edits.get(row);
    if (!line) edits.set(row, (line = new Map()));
    let e = line.get(col);
    if (!e) line.set(col, (e = {}));
    return e;
  };
  for (const fix of input.applied ?? []) {
    const e = at(fix.row, fix.col);
    if (fix.kind === "textToNumber") e.value = { number: fix.value };
    else {
      const now = input.sheet.rows[fix.row]?.[fix.col];
      e.value = { formula: fix.formula, result: typeof now === "number" ? now : undefined };
    }
  }
  const notes: Note[] = [];
  for (const m of findingMarks(input.report.findings)) {
    at(m.row, m.col).fill = m.fill;
    notes.push({ row: m.row, col: m.col, text: m.note });
  }
  return { edits, notes };
}

/** yibao's entry in the workbook's person list (made, with the list, when missing). */
async function notePerson(pkg: Package, book: Book): Promise<string> {
  const rel = (await pkg.rels(book.path)).find((r) => r.type === THREADS.personRel);
  const path = rel
    ? resolveTarget(book.path, rel.target)
    : pkg.freeName(`${book.dir}persons/person`, ".xml");
  const { xml, id } = withPerson(rel ? await pkg.text(path) : null, NOTE_AUTHOR);
  pkg.set(path, xml);
  if (!rel) {
    await pkg.addRel(book.path, THREADS.personRel, path);
    await pkg.contentType(path, THREADS.personContent);
  }
  return id;
}

/**
 * The findings on cells with a threaded comment become replies in the thread (what Excel
 * shows); their legacy note copy gets them as a "Reply:", as Excel writes it.
 */
async function addThreadReplies(
  pkg: Package,
  book: Book,
  sheetPath: string,
  notes: Note[]
): Promise<Note[]> {
  const rel = (await pkg.rels(sheetPath)).find((r) => r.type === THREADS.rel);
  if (!rel) return notes;
  const path = resolveTarget(sheetPath, rel.target);
  const xml = await pkg.text(path);
  if (xml === null) return notes;
  const roots = threadRoots(xml);
  const refOf = (n: Note): string => `${columnName(n.col)}${n.row + 1}`;
  const onThreads = notes.filter((n) => roots.has(refOf(n)));
  if (onThreads.length === 0) return notes;
  const person = await notePerson(pkg, book);
  pkg.set(
    path,
    addReplies(
      xml,
      onThreads.map((n) => ({ ref: refOf(n), text: n.text })),
      person,
      new Date()
    )
  );
  return notes.map((n) =>
    roots.has(refOf(n))
      ? { ...n, appendText: `\nReply:\n    ${n.text.replace(/\n/g, "\n    ")}` }
      : n
  );
}

/** The notes go into the sheet's comments part and its VML drawing, each made when missing. */
async function addNotes(
  pkg: Package,
  book: Book,
  sheetPath: string,
  sheetXml: string,
  findings: Note[]
): Promise<string | undefined> {
  if (findings.length === 0) return undefined;
  const notes = await addThreadReplies(pkg, book, sheetPath, findings);
  const rels = await pkg.rels(sheetPath);
  const commentsRel = rels.find((r) => r.type === NS.comments);
  const commentsPath = commentsRel
    ? resolveTarget(sheetPath, commentsRel.target)
    : pkg.freeName(`${book.dir}comments`, ".xml");
  const { xml, fresh } = addComments(await pkg.text(commentsPath), notes, NOTE_AUTHOR);
  pkg.set(commentsPath, xml);
  if (!commentsRel) {
    await pkg.addRel(sheetPath, NS.comments, commentsPath);
    await pkg.contentType(commentsPath, CONTENT.comments);
  }

  const legacy = /<(?:[\w.-]+:)?legacyDrawing[\s/>][^>]*>/.exec(sheetXml);
  const legacyId = legacy ? /\s[\w.-]+:id="([^"]*)"/.exec(legacy[0])?.[1] : undefined;
  const vmlRel = rels.find((r) => r.id === legacyId);
  const vmlPath = vmlRel
    ? resolveTarget(sheetPath, vmlRel.target)
    : pkg.freeName(`${book.dir}drawings/vmlDrawing`, ".vml");
  const taken = new Set<number>();
  for (const name of pkg.names().filter((n) => n.endsWith(".vml") && n !== vmlPath))
    for (const b of vmlBlocks((await pkg.text(name)) ?? "")) taken.add(b);
  const vml = vmlRel ? await pkg.text(vmlPath) : null;
  if (fresh.length > 0 || !vmlRel) pkg.set(vmlPath, addNoteShapes(vml, fresh, taken));
  if (vmlRel) return undefined;
  await pkg.contentType(vmlPath, CONTENT.vml, true);
  return pkg.addRel(sheetPath, NS.vml, vmlPath);
}

/** The checked sheet with its marks, fixes and notes (its original text is let go of here). */
async function markSheet(
  pkg: Package,
  book: Book,
  input: AnnotateInput,
  restyle: (xf: number, fill: string) => number
): Promise<void> {
  const name = input.sheet.name;
  const target = book.sheets.find((s) => s.name === name && s.path);
  const sheetXml = target ? await pkg.text(target.path) : null;
  if (!target || sheetXml === null)
    throw new Error(`${input.fileName} 中没有工作表“${name}”，没有生成标注副本`);
  const { edits, notes } = editsOf(input);
  const legacyDrawing = await addNotes(pkg, book, target.path, sheetXml, notes);
  pkg.setBytes(
    target.path,
    patchSheetXml(sheetXml, {
      edits,
      restyle,
      legacyDrawing,
      relPrefix: prefixFor(sheetXml, NS.rel),
    })
  );
}

const APP_PART = "docProps/app.xml";
const APP_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
const APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

/**
 * Names yibao as the application in docProps/app.xml, as every workbook yibao writes does
 * (xlsxBookWriter's WRITER_APPLICATION): the copy is yibao's file, so the same command may
 * replace it without --force, while the clerk's original, saved by Excel or WPS, stays
 * protected (src/io/files.ts writtenByYibao). The rest of the part is kept.
 */
async function stampWriter(pkg: Package): Promise<void> {
  const xml = await pkg.text(APP_PART);
  const app = `<Application>${WRITER_APPLICATION}</Application>`;
  if (xml === null) {
    pkg.set(
      APP_PART,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${APP_NS}">${app}</Properties>`
    );
    await pkg.contentType(
      APP_PART,
      "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    );
    if (!(await pkg.rels("")).some((r) => r.type === APP_REL))
      await pkg.addRel("", APP_REL, APP_PART);
    return;
  }
  const p = rootPrefix(xml);
  const element = new RegExp(`<${p}Application\\s*/>|<${p}Application>[^<]*</${p}Application>`);
  const stamped = `<${p}Application>${WRITER_APPLICATION}</${p}Application>`;
  const at = xml.lastIndexOf("</");
  pkg.set(
    APP_PART,
    element.test(xml) ? xml.replace(element, stamped) : xml.slice(0, at) + stamped + xml.slice(at)
  );
}

/** A macro-enabled workbook by its name (.xlsm): its copy must keep that extension. */
export const isMacroName = (fileName: string): boolean => /\.xlsm$/i.test(fileName);

/**
 * The default name of the annotated copy: the original's, with -检查结果, keeping .xlsm for
 * a workbook with macros (Excel refuses to open a macro-enabled package named .xlsx).
 */
export function annotatedCopyName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "任务分解表";
  return `${base}-检查结果${isMacroName(fileName) ? ".xlsm" : ".xlsx"}`;
}

/**
 * Why `outName` will not do for the copy of `inputName`, in the clerk's words, or null. The
 * copy keeps the original's macros, so an .xlsm's copy is an .xlsm; any other is an .xlsx.
 */
export function copyNameProblem(inputName: string, outName: string): string | null {
  const wanted = isMacroName(inputName) ? ".xlsm" : ".xlsx";
  if (outName.toLowerCase().endsWith(wanted)) return null;
  const shown = inputName.replace(/^.*[\\/]/, "");
  const suggested = `${outName.replace(/\.[^.\\/]*$/, "")}${wanted}`;
  return wanted === ".xlsm"
    ? `原文件“${shown}”含宏（.xlsm），标注副本保留了这些宏，须保存为 .xlsm 文件，否则 Excel 打不开。请把副本的文件名改为“${suggested}”`
    : `标注副本应为 .xlsx 文件，而不是“${outName.replace(/^.*[\\/]/, "")}”。请把副本的文件名改为“${suggested}”`;
}

/** What the 检查结果 sheet says the copy is. */
function copyNote(sheetName: string, applied: number): string {
  return (
    `本文件是原工作簿的副本：工作表“${sheetName}”中有问题的单元格标了颜色并加了批注，` +
    (applied > 0 ? `在页面上所做的 ${applied} 处修改已写入，` : "") +
    "其余内容与原文件相同；原文件没有改动。"
  );
}

export async function annotatedWorkbook(input: AnnotateInput): Promise<Uint8Array> {
  const { report, sheet } = input;
  const write = input.writeSheets ?? writeXlsx;
  if (isCsvName(input.fileName)) return write(annotateTargets(sheet, report, { source: "csv" }));
  // An old binary .xls cannot be edited in place: its copy is the values, and says so.
  if (!isZip(input.bytes)) return write(annotateTargets(sheet, report, { source: "xlsx" }));

  let pkg: Package;
  let book: Book;
  try {
    pkg = await Package.open(input.bytes);
    book = await Book.open(pkg);
  } catch {
    throw new Error(`无法读取 ${input.fileName}，没有生成标注副本`);
  }
  const { styles, save: saveStyles } = await book.styles();
  await markSheet(pkg, book, input, (xf, fill) => styles.withFill(xf, fill));
  if ((input.applied ?? []).length > 0) await book.dropCalcChain();

  const specs = reportSheets(
    report,
    book.sheets.map((s) => s.name),
    copyNote(sheet.name, (input.applied ?? []).length)
  );
  await graftSheetRows(
    book,
    styles,
    specs.map((spec) => ({ spec }))
  );

  book.fullCalcOnLoad();
  book.save();
  saveStyles();
  await stampWriter(pkg);
  // The clerk's own text that begins with = + - or @ is kept as text on F2 + Enter too.
  return withQuotePrefix(await pkg.bytes());
}
