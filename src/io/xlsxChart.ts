/**
 * The writer (./xlsxBookWriter) writes no charts, so a line chart is added to the written
 * package here: a DrawingML chart part, a drawing that anchors it on its sheet, the relationships and the
 * content types (ECMA-376 Part 1, 21.2 and 20.5). The series carry cached values, so a viewer
 * that does not recalculate still draws the lines; Excel and LibreOffice read the ranges.
 */
import { quotedSheetName } from "../core/sheet/address";
import { Package } from "./xlsxPackage";
import { escapeXml } from "./xlsxPatchXml";
import type { LineChartSpec } from "../core/progress/sheets";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

const COLORS = [
  "C00000",
  "1F77B4",
  "2CA02C",
  "FF7F0E",
  "9467BD",
  "8C564B",
  "E377C2",
  "17BECF",
  "BCBD22",
  "7F7F7F",
  "393B79",
  "AD494A",
  "637939",
];

function ref(sheet: string, a1: string): string {
  const [a, b] = a1.split(":");
  const abs = (x: string) => x.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${quotedSheetName(sheet)}!${abs(a)}:${abs(b)}`;
}

function seriesXml(spec: LineChartSpec, i: number): string {
  const s = spec.series[i];
  const color = COLORS[i % COLORS.length];
  const pts = s.cache
    .map((v, k) => (v === null ? "" : `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  const cats = spec.categoryCache
    .map((v, k) => `<c:pt idx="${k}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join("");
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="${s.dashed ? 31750 : 22225}"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
    (s.dashed ? `<a:prstDash val="dash"/>` : "") +
    `</a:ln></c:spPr>` +
    `<c:marker><c:symbol val="${s.dashed ? "none" : "circle"}"/><c:size val="5"/></c:marker>` +
    `<c:cat><c:strRef><c:f>${escapeXml(ref(spec.sheet, spec.categories))}</c:f><c:strCache><c:ptCount val="${spec.categoryCache.length}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(ref(spec.sheet, s.values))}</c:f><c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val="${s.cache.length}"/>${pts}</c:numCache></c:numRef></c:val>` +
    `<c:smooth val="0"/></c:ser>`
  );
}

/** The chart part's XML (c:chartSpace with one line chart). */
export function lineChartXml(spec: LineChartSpec): string {
  const series = spec.series.map((_, i) => seriesXml(spec, i)).join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    `<c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="0.2"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

function drawingXml(spec: LineChartSpec): string {
  const a = spec.anchor;
  const marker = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(a.col, a.row)}</xdr:from><xdr:to>${marker(a.col + a.cols, a.row + a.rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

/** The sheet's part path inside the package, from workbook.xml and its relationships. */
async function sheetPath(pkg: Package, sheetName: string): Promise<string> {
  const wb = (await pkg.text("xl/workbook.xml")) ?? "";
  const rels = (await pkg.text("xl/_rels/workbook.xml.rels")) ?? "";
  const m = new RegExp(
    `<sheet [^>]*name="${escapeXml(sheetName).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`
  ).exec(wb);
  if (!m) throw new Error(`工作簿中没有工作表“${sheetName}”，无法加入图表`);
  const t =
    new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  if (!t) throw new Error(`工作表“${sheetName}”的关系缺失，无法加入图表`);
  return t[1].startsWith("/") ? t[1].slice(1) : `xl/${t[1]}`;
}

/** Adds line charts to an .xlsx yibao wrote (sheets without drawings of their own). */
export async function addLineCharts(
  xlsx: Uint8Array,
  charts: LineChartSpec[]
): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const pkg = await Package.open(xlsx);
  let types = (await pkg.text("[Content_Types].xml"))!;
  let n = 0;
  for (const spec of charts) {
    n++;
    const path = await sheetPath(pkg, spec.sheet);
    const file = path.split("/").pop()!;
    const relsPath = `xl/worksheets/_rels/${file}.rels`;
    pkg.set(`xl/charts/chart${n}.xml`, lineChartXml(spec));
    pkg.set(`xl/drawings/yibaoDrawing${n}.xml`, drawingXml(spec));
    pkg.set(
      `xl/drawings/_rels/yibaoDrawing${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/></Relationships>`
    );
    const relId = "rIdYibaoChart";
    const existing = await pkg.text(relsPath);
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/yibaoDrawing${n}.xml"/>`;
    if (existing) {
      pkg.set(relsPath, existing.replace("</Relationships>", `${rel}</Relationships>`));
    } else {
      pkg.set(
        relsPath,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`
      );
    }
    let sheet = (await pkg.text(path))!;
    if (/<drawing /.test(sheet)) throw new Error(`工作表“${spec.sheet}”已有绘图，无法加入图表`);
    if (!/xmlns:r=/.test(sheet))
      sheet = sheet.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
    // <drawing> comes after the page setup elements and before legacy drawings / tables (CT_Worksheet order).
    const before =
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[ >/]/.exec(
        sheet
      );
    const tag = `<drawing r:id="${relId}"/>`;
    sheet = before
      ? sheet.slice(0, before.index) + tag + sheet.slice(before.index)
      : sheet.replace("</worksheet>", `${tag}</worksheet>`);
    pkg.set(path, sheet);
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/>` +
        `<Override PartName="/xl/drawings/yibaoDrawing${n}.xml" ContentType="${CT_DRAWING}"/></Types>`
    );
  }
  pkg.set("[Content_Types].xml", types);
  return pkg.bytes();
}
