/**
 * Threaded comments (Excel 365's "comments", xl/threadedComments/*.xml, authors in
 * xl/persons/person.xml; MS-XLSX 2.6.205). Excel shows a cell's thread, not its legacy note:
 * the legacy note beside a thread only holds a "[Threaded comment] ... Comment: ... Reply: ..."
 * copy for older versions and for other programs. So a finding on a cell with a thread is
 * added to the thread as a reply by 任务分解表检查, and to the legacy copy as a "Reply:", the
 * way Excel keeps the two in step. The clerk's own comments are left as they are.
 */
import { attr, children, escapeXml, rootContent, rootPrefix } from "./xlsxPatchXml";

export const THREADS = {
  rel: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  personRel: "http://schemas.microsoft.com/office/2017/10/relationships/person",
  personContent: "application/vnd.ms-excel.person+xml",
  ns: "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments",
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A new GUID as Excel writes them ({XXXXXXXX-...}), random (version 4). */
export function newGuid(): string {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join("");
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}}`;
}

/** The threads of a threadedComments part: each cell's root comment id. */
export function threadRoots(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?threadedComment\b[^>]*>/g)) {
    const ref = attr(m[0], "ref")?.toUpperCase();
    const id = attr(m[0], "id");
    if (ref && id && attr(m[0], "parentId") === undefined && !out.has(ref)) out.set(ref, id);
  }
  return out;
}

/** The person list with `name` in it (a new entry unless one of that name is there); its id. */
export function withPerson(existing: string | null, name: string): { xml: string; id: string } {
  const xml =
    existing ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<personList xmlns="${THREADS.ns}" xmlns:x="${MAIN}"></personList>`;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?person\b[^>]*>/g))
    if (attr(m[0], "displayName") === name) return { xml, id: attr(m[0], "id") ?? "" };
  const id = newGuid();
  const p = rootPrefix(xml);
  const n = escapeXml(name);
  const person = `<${p}person displayName="${n}" id="${id}" userId="${n}" providerId="None"/>`;
  const { from, to } = rootContent(xml);
  // Before the list's extLst, if it has one.
  const ext = children(xml, from, to).find((s) => s.name === "extLst");
  const selfClosing = /<(?:[\w.-]+:)?personList\b[^>]*\/>/.exec(xml);
  if (selfClosing)
    return {
      xml:
        xml.slice(0, selfClosing.index) +
        selfClosing[0].replace(/\s*\/>$/, ">") +
        person +
        `</${p}personList>` +
        xml.slice(selfClosing.index + selfClosing[0].length),
      id,
    };
  const at = ext ? ext.start : to;
  return { xml: xml.slice(0, at) + person + xml.slice(at), id };
}

export interface Reply {
  /** The cell, as "C7". */
  ref: string;
  text: string;
}

/**
 * The threadedComments part with each reply put after the last comment of its cell's thread.
 * `when` is the reply's time (UTC, as Excel writes dT).
 */
export function addReplies(xml: string, replies: Reply[], personId: string, when: Date): string {
  const roots = threadRoots(xml);
  const p = rootPrefix(xml);
  const { from, to } = rootContent(xml);
  const spans = children(xml, from, to).filter((s) => s.name === "threadedComment");
  const dT = when.toISOString().slice(0, 22);
  const inserts: { at: number; text: string }[] = [];
  for (const r of replies) {
    const root = roots.get(r.ref.toUpperCase());
    if (!root) continue;
    const last = spans
      .filter((s) => {
        const tag = xml.slice(s.start, xml.indexOf(">", s.start) + 1);
        return attr(tag, "id") === root || attr(tag, "parentId") === root;
      })
      .pop()!;
    inserts.push({
      at: last.end,
      text:
        `<${p}threadedComment ref="${escapeXml(r.ref)}" dT="${dT}" personId="${personId}" id="${newGuid()}" parentId="${root}">` +
        `<${p}text>${escapeXml(r.text)}</${p}text></${p}threadedComment>`,
    });
  }
  // From the end, so the positions stay right; replies to one thread keep their order.
  let out = xml;
  for (const { at, text } of inserts
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => b.at - a.at || b.i - a.i))
    out = out.slice(0, at) + text + out.slice(at);
  return out;
}
