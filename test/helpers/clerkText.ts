/**
 * What a clerk reads must be Chinese: no internal codes (NOT_INTEGER), keys (fiscalSubsidy,
 * exception.newbornWithin90), policy ids (cq-shizhu-2025) or command-line flags (--set).
 * Excel's own words (SUM, Excel, WPS), cell addresses and amounts are fine.
 */
import ExcelJS from "exceljs";

const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: "code", pattern: /\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b/ },
  { what: "policy id", pattern: /\b[a-z]{2}-[a-z]+-\d{4}\b/ },
  // camelCase, or dotted (exception.newbornWithin90, subsidy.特困人员).
  { what: "key", pattern: /\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[a-z]+\.[a-z\u4e00-\u9fff][\w\u4e00-\u9fff.]*/ },
  { what: "flag", pattern: /(^|\s)--[a-z]/ },
];

/** The forbidden words in a text, as "what: match". */
export function englishWords(text: string): string[] {
  const out: string[] = [];
  for (const f of FORBIDDEN) {
    const m = f.pattern.exec(text);
    if (m) out.push(`${f.what}: ${m[0].trim()}`);
  }
  return out;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && !(v instanceof Date)) {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if ("formula" in o || "sharedFormula" in o) return o.result === undefined ? "" : String(o.result);
    if (typeof o.text === "string") return o.text;
  }
  return String(v);
}

/** Every sheet name, cell value and cell note of a workbook with an English word in it. */
export async function englishInWorkbook(xlsx: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state === "veryHidden") continue;
    for (const w of englishWords(ws.name)) out.push(`${ws.name}: ${w}`);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const note = cell.note as unknown;
        const noteText =
          typeof note === "string"
            ? note
            : ((note as { texts?: { text: string }[] } | undefined)?.texts ?? []).map((t) => t.text).join("");
        for (const t of [cellText(cell.value), noteText])
          for (const w of englishWords(t)) out.push(`${ws.name}!${cell.address}: ${w} in “${t.slice(0, 80)}”`);
      })
    );
  }
  return out;
}
