/**
 * Checks every XML part of a workbook against the ISO/IEC 29500 transitional schemas
 * (test/fixtures/ooxml-schemas, from scanny/python-pptx) with xmllint: the part's content type
 * ([Content_Types].xml) picks the schema; a part no vendored schema covers (VML, threaded
 * comments, persons, core properties, whose Dublin Core schemas are not vendored) is still
 * parsed with its namespaces, so an undeclared prefix is caught everywhere.
 * See docs/dev/workbook-checks.md.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";

const SCHEMAS = path.join(__dirname, "..", "fixtures", "ooxml-schemas");
const CT = "application/vnd.openxmlformats-officedocument.";

/** The schema file for a content type, or null for a well-formedness check only. */
function schemaFor(contentType: string, part: string): string | null {
  if (part === "[Content_Types].xml") return "opc-contentTypes.xsd";
  if (contentType === "application/vnd.openxmlformats-package.relationships+xml")
    return "opc-relationships.xsd";
  if (
    contentType.startsWith(`${CT}spreadsheetml.`) ||
    contentType === "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
  )
    return "sml.xsd";
  if (contentType === `${CT}drawingml.chart+xml`) return "dml-chart.xsd";
  if (contentType === `${CT}drawing+xml`) return "dml-spreadsheetDrawing.xsd";
  if (contentType === `${CT}theme+xml`) return "dml-main.xsd";
  if (contentType === `${CT}extended-properties+xml`) return "shared-documentPropertiesExtended.xsd";
  return null;
}

/**
 * Excel itself writes xml:space="preserve" on <t>, which the transitional schema does not
 * declare (SpreadsheetML's CT_Xstring has no attributes); it is the one error let through.
 */
const EXCEL_XML_SPACE =
  /Element '\{http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main\}t', attribute '\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}space': The attribute '\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}space' is not allowed\./;

export interface PartProblem {
  part: string;
  message: string;
}

function contentTypes(xml: string): (part: string) => string {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const name = /PartName="([^"]*)"/.exec(m[0])?.[1];
    const type = /ContentType="([^"]*)"/.exec(m[0])?.[1];
    if (name && type) overrides.set(name.replace(/^\//, "").toLowerCase(), type);
  }
  for (const m of xml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) {
    const ext = /Extension="([^"]*)"/.exec(m[0])?.[1];
    const type = /ContentType="([^"]*)"/.exec(m[0])?.[1];
    if (ext && type) defaults.set(ext.toLowerCase(), type);
  }
  return (part) =>
    overrides.get(part.toLowerCase()) ??
    defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase()) ??
    "";
}

/** Every schema error of every XML part, as part and xmllint's message. */
export async function schemaProblems(bytes: Uint8Array): Promise<PartProblem[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [{ part: "", message: "not a zip" }];
  }
  const ctPart = zip.file("[Content_Types].xml");
  if (!ctPart) return [{ part: "[Content_Types].xml", message: "missing" }];
  const typeOf = contentTypes(await ctPart.async("string"));
  const parts = Object.values(zip.files).filter((f) => !f.dir);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-xsd-"));
  const problems: PartProblem[] = [];
  try {
    const bySchema = new Map<string, { part: string; file: string }[]>();
    let n = 0;
    for (const part of parts.values()) {
      const type = typeOf(part.name);
      const xml = /\.(xml|rels|vml)$/i.test(part.name) || /xml/.test(type);
      if (!xml) continue;
      const file = path.join(dir, `${n++}.xml`);
      fs.writeFileSync(file, await part.async("uint8array"));
      const schema = schemaFor(type, part.name) ?? "";
      if (!bySchema.has(schema)) bySchema.set(schema, []);
      bySchema.get(schema)!.push({ part: part.name, file });
    }
    for (const [schema, files] of bySchema) {
      const args = ["--noout", "--nonet"];
      if (schema) args.push("--schema", path.join(SCHEMAS, schema));
      const r = spawnSync("xmllint", [...args, ...files.map((f) => f.file)], {
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
      if (r.error) throw r.error;
      const partOf = new Map(files.map((f) => [f.file, f.part]));
      for (const line of r.stderr.split("\n")) {
        if (!line.trim() || / validates$/.test(line)) continue;
        const file = line.slice(0, line.indexOf(":"));
        const part = partOf.get(file);
        if (part === undefined) {
          // xmllint's context lines (the source line and a caret) follow a parse error.
          continue;
        }
        if (/ fails to validate$/.test(line)) continue;
        if (EXCEL_XML_SPACE.test(line)) continue;
        problems.push({ part, message: line.slice(file.length + 1) });
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

/** The problems as lines, for a readable failure. */
export function problemLines(problems: PartProblem[]): string[] {
  return problems.map((p) => `${p.part}: ${p.message}`);
}
