/**
 * Small tools for editing an .xlsx package in place (see annotateWorkbook.ts): the text of
 * its XML parts is edited where the change goes and left byte for byte elsewhere, so there
 * is no parse-and-rewrite that could drop what a library does not model.
 */
// The column letters are the core's (one implementation for reading and writing).
export { columnName } from "../core/sheet/address";

export const NS = {
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
};

export const CONTENT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"
  );
}

// The control characters XML 1.0 cannot hold (and CR, which a parser would make LF) are
// what these look for.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const ILLEGAL_ALL = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Cell and note text: markup escaped; characters XML cannot hold as Excel escapes them
 * (_xHHHH_), and a literal "_x0041_" escaped in turn so that it reads back as typed.
 */
export function xmlText(s: string): string {
  let out = s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
  if (ILLEGAL.test(out))
    out = out.replace(ILLEGAL_ALL, (c) =>
      c === "_" ? "_x005F_" : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    );
  return out;
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** An attribute of a start tag (the text from `<` to `>`), unescaped. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    tag
  );
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The tag with the attribute set (replaced where it is, else added at the end). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const v = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, lead: string) => lead + v);
  return tag.replace(/\s*(\/?)>$/, (_, slash: string) => ` ${name}=${v}${slash}>`);
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** The namespace prefix (with its colon, or "") of the document's root element. */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(xml);
  return m?.[1] ?? "";
}

/** The prefix a start tag itself binds to a namespace, or null. */
export function declaredPrefix(tag: string, uri: string): string | null {
  const m = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${uri.replace(/[.]/g, "\\.")}["']`).exec(
    tag
  );
  return m ? m[1] : null;
}

/** The root element's start tag. */
function rootTag(xml: string): string {
  const m = /<(?![?!])[A-Za-z_][\w.:-]*(?:"[^"]*"|'[^']*'|[^>"'])*>/.exec(xml);
  return m ? m[0] : "";
}

/**
 * The prefix bound to a namespace on the root element, so in scope everywhere in the part, or
 * null. A declaration further down holds only inside its own element (openpyxl declares r: on
 * its first <sheet>, and on a sheet's <hyperlink>): an element yibao adds elsewhere must
 * declare the prefix itself.
 */
export function prefixFor(xml: string, uri: string): string | null {
  return declaredPrefix(rootTag(xml), uri);
}

/** One element at the top of a region: its local name and where its text starts and ends. */
export interface Span {
  name: string;
  start: number;
  end: number;
}

/**
 * The child elements of the region [from, to) at its top level. Text, comments and processing
 * instructions are skipped; every `<` in XML text starts markup, so counting tags is exact.
 */
export function children(xml: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let open: Span | null = null;
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    if (xml.startsWith("<!--", lt)) {
      i = xml.indexOf("-->", lt) + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      i = xml.indexOf("]]>", lt) + 3;
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (xml[lt + 1] === "?" || xml[lt + 1] === "!") {
      i = gt + 1;
      continue;
    }
    const closing = xml[lt + 1] === "/";
    const selfClosing = xml[gt - 1] === "/";
    if (closing) {
      depth--;
      if (depth === 0 && open) {
        open.end = gt + 1;
        out.push(open);
        open = null;
      }
    } else {
      const name = /^<([\w.:-]+)/.exec(xml.slice(lt, lt + 80))![1].replace(/^[\w.-]+:/, "");
      if (depth === 0) {
        if (selfClosing) out.push({ name, start: lt, end: gt + 1 });
        else open = { name, start: lt, end: -1 };
      }
      if (!selfClosing) depth++;
    }
    i = gt + 1;
  }
  return out;
}

/** The content region of the root element: after its start tag, before its end tag. */
export function rootContent(xml: string): { from: number; to: number } {
  const root = children(xml, 0, xml.length).find((s) => s.end > 0)!;
  return {
    from: xml.indexOf(">", root.start) + 1,
    to: xml.lastIndexOf("<", root.end - 1),
  };
}

/** A cell reference's 0-based row and column, or null. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** A relationship of a part's .rels. */
export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The .rels part that holds a part's relationships. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a path in the package (targets are relative to the source's folder). */
export function resolveTarget(source: string, target: string): string {
  const parts = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const p of target.replace(/^\//, "").split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/** A path relative to the folder of `source`, as a relationship's Target. */
export function relativeTarget(source: string, path: string): string {
  const from = source.split("/").slice(0, -1);
  const to = path.split("/");
  let k = 0;
  while (k < from.length && k < to.length - 1 && from[k] === to[k]) k++;
  return [...new Array(from.length - k).fill(".."), ...to.slice(k)].join("/");
}

/**
 * A part's new text, built piece by piece and kept as UTF-8: a big sheet's rewrite then never
 * holds its pieces, or the whole text as a (two-byte) string, at once.
 */
export class Utf8Builder {
  private readonly encoder = new TextEncoder();
  private readonly done: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  push(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.done.push(this.encoder.encode(this.pending.join("")));
    this.pending = [];
    this.pendingLength = 0;
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.done.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of this.done) {
      out.set(b, at);
      at += b.length;
    }
    this.done.length = 0;
    return out;
  }
}
