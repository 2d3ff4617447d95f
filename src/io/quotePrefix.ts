/**
 * Text that begins with = + - or @ gets the cell's quote prefix (Excel's leading apostrophe),
 * in every workbook yibao writes. Without it the text is stored as text, but F2 + Enter in
 * Excel, or saving as CSV and opening that, turns it into a live formula.
 *
 * The writer (./xlsxSheetPart) gives its own cells the prefix as it writes them; this adjusts
 * a clerk's own package (the annotated copy): each such cell's style is cloned once with
 * quotePrefix="1". Files without such text are returned unchanged (the usual case costs one
 * look at the shared strings).
 */
import { Package } from "./xlsxPackage";

/** Text a spreadsheet could take for a formula. */
export const RISKY = /^[=+\-@]/;

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        );
    }
  });
}

/** Indexes of the shared strings whose text begins with = + - @. */
function riskyStrings(sst: string): Set<number> {
  const out = new Set<number>();
  let i = 0;
  for (const m of sst.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    const text = [...m[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("");
    if (RISKY.test(decodeXml(text))) out.add(i);
    i++;
  }
  return out;
}

export async function withQuotePrefix(bytes: Uint8Array): Promise<Uint8Array> {
  const pkg = await Package.open(bytes);
  const sst = await pkg.text("xl/sharedStrings.xml");
  const styles = await pkg.text("xl/styles.xml");
  if (sst === null || styles === null) return bytes;
  const risky = riskyStrings(sst);
  if (risky.size === 0) return bytes;

  const xfsMatch = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!xfsMatch) return bytes;
  const xfs = [...xfsMatch[1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const quoted = new Map<number, number>();
  const quotedStyle = (s: number): number => {
    let q = quoted.get(s);
    if (q === undefined) {
      const xf = xfs[s] ?? xfs[0];
      q = /quotePrefix="1"/.test(xf) ? s : xfs.length;
      if (q !== s) xfs.push(xf.replace(/^<xf\b/, '<xf quotePrefix="1"'));
      quoted.set(s, q);
    }
    return q;
  };

  const sheets = pkg.names().filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  for (const name of sheets) {
    const xml = (await pkg.text(name))!;
    let changed = false;
    const next = xml.replace(
      /<c r="([A-Z]+\d+)"(?: s="(\d+)")? t="s"><v>(\d+)<\/v><\/c>/g,
      (whole, ref: string, s: string | undefined, v: string) => {
        if (!risky.has(Number(v))) return whole;
        changed = true;
        return `<c r="${ref}" s="${quotedStyle(Number(s ?? 0))}" t="s"><v>${v}</v></c>`;
      }
    );
    if (changed) pkg.set(name, next);
    else pkg.forget(name);
  }
  if (quoted.size === 0) return bytes;
  const cellXfs = `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>`;
  pkg.set(
    "xl/styles.xml",
    styles.replace(xfsMatch[0], () => cellXfs)
  );
  return pkg.bytes();
}
