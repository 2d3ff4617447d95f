/**
 * Cell notes (Excel's legacy comments) added to a sheet of an existing package: the comments
 * part lists the text, a VML drawing holds the box each note shows in. A note on a cell that
 * already has one of the clerk's goes after the clerk's text; the clerk's notes stay as they are.
 */
import { attr, children, escapeXml, rootContent, rootPrefix, xmlText } from "./xlsxPatchXml";
import { columnName } from "./xlsxPatchXml";

export interface Note {
  row: number;
  col: number;
  text: string;
  /** What goes after the text of a note the cell already has, when not "\n" + text. */
  appendText?: string;
}

const COMMENTS_ROOT =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>`;

const VML_ROOT =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="BLOCKS"/></o:shapelayout>` +
  `</xml>`;

const NOTE_SHAPETYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** A run of note text, in the note's default font (as exceljs wrote the notes before). */
function run(p: string, text: string): string {
  return `<${p}r><${p}t xml:space="preserve">${xmlText(text)}</${p}t></${p}r>`;
}

/** Inserts `text` before the end tag of the element `name` (opening it if it is empty). */
function appendTo(xml: string, p: string, name: string, text: string): string {
  const close = `</${p}${name}>`;
  const at = xml.indexOf(close);
  if (at >= 0) return xml.slice(0, at) + text + xml.slice(at);
  const empty = new RegExp(`<${p}${name}(\\s[^>]*)?/>`).exec(xml);
  if (empty)
    return (
      xml.slice(0, empty.index) +
      `<${p}${name}${empty[1] ?? ""}>${text}${close}` +
      xml.slice(empty.index + empty[0].length)
    );
  throw new Error(`批注部件缺少 ${name}`);
}

/**
 * The comments part with the notes added. Returns it and the notes on cells that had none
 * (those need a box in the VML drawing).
 */
export function addComments(
  existing: string | null,
  notes: Note[],
  author: string
): { xml: string; fresh: Note[] } {
  let xml = existing ?? COMMENTS_ROOT;
  const p = rootPrefix(xml);
  const { from, to } = rootContent(xml);
  const sections = children(xml, from, to);
  const authorsSpan = sections.find((s) => s.name === "authors");
  const authors = authorsSpan
    ? [
        ...xml.slice(authorsSpan.start, authorsSpan.end).matchAll(/<(?:[\w.-]+:)?author>([^<]*)</g),
      ].map((m) => m[1])
    : [];
  let authorId = authors.indexOf(escapeXml(author));
  if (authorId < 0) {
    authorId = authors.length;
    xml = authorsSpan
      ? appendTo(xml, p, "authors", `<${p}author>${escapeXml(author)}</${p}author>`)
      : xml.replace(
          /(<(?:[\w.-]+:)?comments\b[^>]*>)/,
          `$1<${p}authors><${p}author>${escapeXml(author)}</${p}author></${p}authors>`
        );
  }

  // The clerk's notes, by cell: a finding on such a cell is added to its text.
  const byRef = new Map<string, number>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?comment\b[^>]*>/g)) {
    const ref = attr(m[0], "ref");
    if (ref) byRef.set(ref.toUpperCase(), m.index!);
  }
  const fresh: Note[] = [];
  const added: string[] = [];
  const appended = new Map<number, string>();
  for (const n of notes) {
    const ref = `${columnName(n.col)}${n.row + 1}`;
    const at = byRef.get(ref);
    if (at === undefined) {
      fresh.push(n);
      added.push(
        `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text>${run(p, n.text)}</${p}text></${p}comment>`
      );
    } else {
      appended.set(at, n.appendText ?? `\n${n.text}`);
    }
  }
  // From the end, so the positions found above stay right.
  for (const at of [...appended.keys()].sort((a, b) => b - a)) {
    const close = xml.indexOf(`</${p}text>`, at);
    const text = appended.get(at)!;
    const body = xml.slice(xml.indexOf(`<${p}text`, at), close);
    // A note of one plain <t> (Excel's placeholder beside a thread) keeps one: the text goes in it.
    const plain = !new RegExp(`<${p}r[\\s>]`).test(body) && body.endsWith(`</${p}t>`);
    if (plain) {
      const tEnd = close - `</${p}t>`.length;
      const tOpen = xml.lastIndexOf(`<${p}t`, tEnd);
      const tag = xml.slice(tOpen, xml.indexOf(">", tOpen) + 1);
      const preserved = /xml:space=/.test(tag) ? tag : tag.replace(/>$/, ' xml:space="preserve">');
      xml =
        xml.slice(0, tOpen) +
        preserved +
        xml.slice(tOpen + tag.length, tEnd) +
        escapeXml(text) +
        xml.slice(tEnd);
    } else xml = xml.slice(0, close) + run(p, text) + xml.slice(close);
  }
  if (added.length > 0) {
    xml = /<(?:[\w.-]+:)?commentList\b/.test(xml)
      ? appendTo(xml, p, "commentList", added.join(""))
      : xml.replace(
          /(<\/(?:[\w.-]+:)?authors>)/,
          `$1<${p}commentList>${added.join("")}</${p}commentList>`
        );
  }
  return { xml, fresh };
}

/** The shape blocks (o:idmap data) a VML drawing claims. */
export function vmlBlocks(vml: string): number[] {
  const m = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(vml);
  return m
    ? m[1]
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number)
    : [];
}

/**
 * The VML drawing with a hidden note box for each fresh note. `taken` are the shape blocks
 * other drawings of the workbook claim; a block holds 1024 shape ids.
 */
export function addNoteShapes(existing: string | null, fresh: Note[], taken: Set<number>): string {
  let vml = existing ?? VML_ROOT;
  const blocks = existing ? vmlBlocks(vml) : [];
  const ids = [...vml.matchAll(/\bid="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
  // New ids follow the drawing's own; a new drawing starts in the first block no other claims.
  let id =
    ids.length > 0
      ? Math.max(...ids)
      : blocks.length > 0
        ? Math.min(...blocks) * 1024
        : (Math.max(0, ...taken) + 1) * 1024;
  const mine = new Set(blocks);
  for (let b = Math.floor((id + 1) / 1024); b <= Math.floor((id + fresh.length) / 1024); b++)
    mine.add(b);
  const data = [...mine].sort((a, b) => a - b).join(",");
  vml = vml.replace(/(<o:idmap\b[^>]*\bdata=")[^"]*"/, `$1${data}"`);
  let shapes = vml.includes('id="_x0000_t202"') ? "" : NOTE_SHAPETYPE;
  for (const n of fresh) {
    id++;
    const lines = n.text.split("\n").length;
    const anchor = `${n.col + 1}, 15, ${Math.max(0, n.row - 1)}, 10, ${n.col + 5}, 15, ${n.row + 2 + Math.min(20, 2 * lines)}, 4`;
    shapes +=
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:${30 + 24 * lines}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
      `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`;
  }
  const end = vml.lastIndexOf("</xml>");
  return vml.slice(0, end) + shapes + vml.slice(end);
}
