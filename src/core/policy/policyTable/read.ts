/**
 * Reads a 政策表 (plain 2-D arrays of its sheets) back into a resolved policy. The region's
 * shipped policy of that year, or else its latest before it, is the pattern: the table's
 * rows are found by their labels (fields.ts), each value read by its type, each row's
 * passages (文号, 条款, 原文) taken as its citations. Nothing is taken from the pattern's
 * values: a row left blank is a problem, or drops an optional value, never last year's number.
 * Every problem names its cell. No Office dependency and no zod: an Office Script runs this.
 */
import { cellDay, toIso } from "../../dates";
import { readCount, readNumber, readShare } from "../../numbers";
import { columnName } from "../../sheet/address";
import { clip, nameKey } from "../../text";
import type { Citation, Policy, PolicyDocument } from "../types";
import {
  AFTER_PAYMENT,
  EFFECT_WORDS,
  EVENT_YEAR_WORDS,
  Field,
  FULL_WORD,
  NO_LIMIT_WORD,
  nodeAt,
  OPEN_WORD,
  Path,
  policyFields,
  REGION_LABEL,
  SECTIONS,
  YEAR_LABEL,
} from "./fields";
import {
  DOCUMENTS_HEADER,
  DOCUMENTS_SHEET,
  TABLE_HEADER,
  TABLE_SHEET,
  TableColumn,
  TEXT_SHEET,
} from "./layout";

export interface SheetIn {
  name: string;
  rows: readonly (readonly unknown[])[];
}

/** One problem, in the clerk's words, at its cell (政策表!B12) or its sheet. */
export interface TableProblem {
  at: string;
  message: string;
}

/** A citation as read, with the cells it came from. */
export interface CiteRead {
  cite: Citation;
  docAt: string;
  clauseAt: string;
  quoteAt: string;
}

/** One row of the 政策表 as read. */
export interface RowRead {
  field: Field;
  /** The 值 cell. */
  at: string;
  /** The value as written to the policy (after reading its type); undefined when blank. */
  value: unknown;
  cites: CiteRead[];
}

export interface TableRead {
  /** The policy, built even where problems were found (for the checks); use it only without problems. */
  policy: Policy | null;
  rows: RowRead[];
  /** Each document's pasted text, by 文号. */
  texts: Map<string, { text: string; at: string }>;
  problems: TableProblem[];
}

const text = (v: unknown): string =>
  v === null || v === undefined
    ? ""
    : v instanceof Date
      ? toIso(Math.floor(v.getTime() / 864e5))
      : String(v).trim();

const sameWords = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

function findSheet(sheets: readonly SheetIn[], name: string): SheetIn | undefined {
  return sheets.find((s) => sameWords(s.name, name));
}

/** The header row's index and each named column's index, found in the first rows. */
function headerOf(
  sheet: SheetIn,
  names: readonly string[]
): { row: number; cols: Map<string, number> } | null {
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const cols = new Map<string, number>();
    sheet.rows[r].forEach((v, c) => {
      const name = names.find((n) => sameWords(text(v), n));
      if (name !== undefined && !cols.has(name)) cols.set(name, c);
    });
    if (cols.size === names.length) return { row: r, cols };
  }
  return null;
}

const cellAt = (sheet: string, r: number, c: number): string => `${sheet}!${columnName(c)}${r + 1}`;

type Parsed = { ok: true; value: unknown } | { ok: false; why: string };
const ok = (value: unknown): Parsed => ({ ok: true, value });
const no = (why: string): Parsed => ({ ok: false, why });

const isOpenWord = (t: string): boolean => nameKey(t).startsWith(OPEN_WORD);

/** An open value's reason: what follows 未定： in the cell, else the 说明, else a default. */
function openReason(t: string, note: string): string {
  const rest = t.replace(/^\s*未定\s*[：:]?\s*/, "");
  return rest || note || "通知未写明";
}

function money(v: unknown): Parsed {
  const r = readNumber(v);
  if (!r.ok || r.percent) return no("应为金额（元），例如 400");
  if (r.value < 0) return no("金额不能为负数");
  return ok(r.value);
}

function share(v: unknown): Parsed {
  const r = readShare(v);
  return r.ok ? ok(r.value) : no(`应为比例，例如 95%（${r.reason}）`);
}

/** The value of one field's cell, by its type (open and node-shaped types are built by the caller). */
function parseValue(f: Field, v: unknown): Parsed {
  const t = text(v);
  switch (f.type) {
    case "money":
      return money(v);
    case "date": {
      const d = cellDay(v as string | number | Date | null);
      return d === null || d === undefined ? no("应为日期，例如 2026-10-15") : ok(toIso(d));
    }
    case "count": {
      const r = readCount(v, { max: 100000 });
      return r.ok ? ok(r.value) : no(`应为整数（${r.reason}）`);
    }
    case "share":
      return share(v);
    case "shareOrNone":
      return sameWords(t, NO_LIMIT_WORD) ? ok(null) : share(v);
    case "text":
      return ok(t);
    case "list": {
      const names = t
        .split(/[、,，;；]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
      return ok(names);
    }
    case "bool":
      return t === "是" ? ok(true) : t === "否" ? ok(false) : no("应为“是”或“否”");
    case "constant":
      return sameWords(t, f.words ?? "") ? ok(t) : no(`应为“${f.words}”，不再有这项规定的请清空`);
    case "eventYear": {
      const k = (Object.keys(EVENT_YEAR_WORDS) as (keyof typeof EVENT_YEAR_WORDS)[]).find((x) =>
        sameWords(EVENT_YEAR_WORDS[x], t)
      );
      return k ? ok(k) : no(`应为“${EVENT_YEAR_WORDS.same}”或“${EVENT_YEAR_WORDS.previous}”`);
    }
    case "effect": {
      if (isOpenWord(t)) return ok({ kind: "open", reason: openReason(t, "") });
      const k = (Object.keys(EFFECT_WORDS) as (keyof typeof EFFECT_WORDS)[]).find((x) =>
        sameWords(EFFECT_WORDS[x], t)
      );
      if (k) return ok({ kind: k });
      const m = /^缴费(?:之日)?后(\d+)天/.exec(nameKey(t));
      if (m) return ok({ kind: "afterPayment", days: Number(m[1]) });
      return no(
        `应为${[...Object.values(EFFECT_WORDS), AFTER_PAYMENT(90)].map((w) => `“${w}”`).join("、")}或“${OPEN_WORD}”之一`
      );
    }
    default:
      return no("无法读取");
  }
}

function parentAndKey(
  root: unknown,
  path: Path
): [Record<string | number, unknown>, string | number] {
  return [
    nodeAt(root, path.slice(0, -1)) as Record<string | number, unknown>,
    path[path.length - 1],
  ];
}

interface RawRow {
  label: string;
  r: number;
  value: unknown;
  valueAt: string;
  /** The 文号 cell of its first line, where a missing citation is reported. */
  docAt: string;
  note: string;
  cites: CiteRead[];
}

/** The 政策表 sheet's labelled rows, further passages joined to the row above. */
function tableRows(sheet: SheetIn, problems: TableProblem[]): RawRow[] {
  const header = headerOf(sheet, TABLE_HEADER);
  if (!header) {
    problems.push({
      at: sheet.name,
      message: `找不到表头（${TABLE_HEADER.join("、")}）。请不要改动或删除表头行。`,
    });
    return [];
  }
  const col = (c: TableColumn) => header.cols.get(c)!;
  const sections = new Set<string>(Object.values(SECTIONS).map((s) => nameKey(s)));
  const out: RawRow[] = [];
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const get = (c: TableColumn) => row[col(c)];
    const label = text(get("项目"));
    const [doc, clause, quote] = [text(get("文号")), text(get("条款")), text(get("原文"))];
    const value = get("值");
    const hasValue = text(value) !== "";
    const at = (c: TableColumn) => cellAt(sheet.name, r, col(c));
    const cite: CiteRead | null =
      doc || clause || quote
        ? {
            cite: { doc, clause, ...(quote ? { quote } : {}) },
            docAt: at("文号"),
            clauseAt: at("条款"),
            quoteAt: at("原文"),
          }
        : null;
    if (label === "") {
      if (hasValue || text(get("说明")) !== "") {
        problems.push({
          at: at("项目"),
          message: "这一行有值而没有项目名称。请写回项目名称，或删去这一行。",
        });
      } else if (cite) {
        const last = out[out.length - 1];
        if (last) last.cites.push(cite);
        else problems.push({ at: at("项目"), message: "这一行的出处上面没有项目。" });
      }
      continue;
    }
    if (sections.has(nameKey(label)) && !hasValue && !cite) continue;
    out.push({
      label,
      r,
      value,
      valueAt: at("值"),
      docAt: at("文号"),
      note: text(get("说明")),
      cites: cite ? [cite] : [],
    });
  }
  return out;
}

function readDocuments(
  sheet: SheetIn | undefined,
  pattern: Policy,
  problems: TableProblem[]
): Record<string, PolicyDocument> {
  const docs: Record<string, PolicyDocument> = {};
  if (!sheet) {
    problems.push({
      at: DOCUMENTS_SHEET,
      message: `工作簿里没有“${DOCUMENTS_SHEET}”工作表。请用原来的政策表修改，不要删去工作表。`,
    });
    return docs;
  }
  const header = headerOf(sheet, DOCUMENTS_HEADER);
  if (!header) {
    problems.push({ at: sheet.name, message: `找不到表头（${DOCUMENTS_HEADER.join("、")}）。` });
    return docs;
  }
  const col = (c: (typeof DOCUMENTS_HEADER)[number]) => header.cols.get(c)!;
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const get = (c: (typeof DOCUMENTS_HEADER)[number]) => row[col(c)];
    const at = (c: (typeof DOCUMENTS_HEADER)[number]) => cellAt(sheet.name, r, col(c));
    const doc = text(get("文号"));
    if (DOCUMENTS_HEADER.every((c) => text(get(c)) === "")) continue;
    const say = (c: (typeof DOCUMENTS_HEADER)[number], m: string) =>
      problems.push({ at: at(c), message: m });
    if (doc === "") {
      say("文号", "这一行没有文号。");
      continue;
    }
    if (docs[doc]) {
      say("文号", `文号“${clip(doc)}”写了两次，请只留一行。`);
      continue;
    }
    const year = readCount(get("适用参保年度"), { min: 1990, max: 2100 });
    if (!year.ok) say("适用参保年度", "应为四位年份，即这份文件适用的参保年度（例如 2027）。");
    const [title, issuer] = [text(get("标题")), text(get("发文单位"))];
    if (title === "") say("标题", "请写上文件标题。");
    if (issuer === "") say("发文单位", "请写上发文单位。");
    const dateCell = get("发文日期");
    const day = cellDay(dateCell as string | number | Date | null);
    if (day === null) say("发文日期", "应为日期，例如 2026-10-16，或留空。");
    const standing = text(get("长期有效"));
    if (standing !== "" && standing !== "是" && standing !== "否")
      say("长期有效", "应为“是”或“否”。");
    const before = pattern.documents[doc];
    docs[doc] = {
      ...(before?.file !== undefined ? { file: before.file } : {}),
      title,
      issuer,
      ...(day !== null && day !== undefined ? { date: toIso(day) } : {}),
      year: year.ok ? year.value : 0,
      ...(standing === "是" ? { standing: true } : {}),
    };
  }
  return docs;
}

/** Each document's text from the 通知原文 sheet: a 文号 in column A starts its text, column B (or A) goes on. */
function readTexts(
  sheet: SheetIn | undefined,
  docs: Record<string, PolicyDocument>,
  year: number,
  problems: TableProblem[]
): Map<string, { text: string; at: string }> {
  const out = new Map<string, { text: string; at: string }>();
  if (!sheet) {
    problems.push({
      at: TEXT_SHEET,
      message: `工作簿里没有“${TEXT_SHEET}”工作表。请加上它，把通知全文粘贴进去。`,
    });
    return out;
  }
  const header = headerOf(sheet, ["文号", "通知原文"]);
  const from = header ? header.row + 1 : 0;
  const known = new Map(Object.keys(docs).map((d) => [nameKey(d), d] as [string, string]));
  const ofYear = Object.keys(docs).filter((d) => docs[d].year === year && !docs[d].standing);
  let current: string | undefined = ofYear.length === 1 ? ofYear[0] : undefined;
  for (let r = from; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r].map((v) => text(v));
    const first = cells[0] ?? "";
    const named = known.get(nameKey(first));
    if (named) current = named;
    const line = (named ? cells.slice(1) : cells).filter((c) => c !== "").join(" ");
    if (line === "") continue;
    if (current === undefined) {
      problems.push({
        at: cellAt(sheet.name, r, 0),
        message: "这段原文不知道属于哪份文件：请在它所在通知第一行的A列写上文号。",
      });
      continue;
    }
    const before = out.get(current);
    out.set(current, {
      text: before ? `${before.text}\n${line}` : line,
      at: before?.at ?? cellAt(sheet.name, r, 0),
    });
  }
  return out;
}

/** The region's pattern policy for a year: that year's, else its latest before, else its first. */
export function patternFor(
  patterns: readonly Policy[],
  region: string,
  year: number
): Policy | undefined {
  const family = patterns
    .filter((p) => sameWords(p.region.name, region))
    .sort((a, b) => a.year - b.year);
  return (
    family.find((p) => p.year === year) ??
    [...family].reverse().find((p) => p.year < year) ??
    family[0]
  );
}

/** Reads the 政策表; the patterns are the shipped policies (only the region's are used). */
export function readPolicyTable(
  sheets: readonly SheetIn[],
  patterns: readonly Policy[]
): TableRead {
  const problems: TableProblem[] = [];
  const none = (): TableRead => ({ policy: null, rows: [], texts: new Map(), problems });
  const main = findSheet(sheets, TABLE_SHEET);
  if (!main) {
    problems.push({
      at: "工作簿",
      message: `没有“${TABLE_SHEET}”工作表。请用“导出政策表”得到的工作簿修改。`,
    });
    return none();
  }
  const raw = tableRows(main, problems);
  const byLabel = new Map<string, RawRow>();
  for (const row of raw) {
    const key = nameKey(row.label);
    if (byLabel.has(key)) {
      problems.push({
        at: cellAt(main.name, row.r, 0),
        message: `“${clip(row.label)}”写了两行，请只留一行。`,
      });
    } else byLabel.set(key, row);
  }
  const regionRow = byLabel.get(nameKey(REGION_LABEL));
  const yearRow = byLabel.get(nameKey(YEAR_LABEL));
  if (!regionRow || !yearRow) {
    problems.push({ at: main.name, message: `缺少“${REGION_LABEL}”或“${YEAR_LABEL}”一行。` });
    return none();
  }
  const region = text(regionRow.value);
  const year = readCount(yearRow.value, { min: 2000, max: 2100 });
  if (!year.ok) {
    problems.push({ at: yearRow.valueAt, message: "参保年度应为四位年份，例如 2027。" });
    return none();
  }
  const pattern = patternFor(patterns, region, year.value);
  if (!pattern) {
    const regions = [...new Set(patterns.map((p) => p.region.name))].join("、");
    problems.push({
      at: regionRow.valueAt,
      message: `“${clip(region)}”不是已收录的地区。可用的地区：${regions}。地区名称请照导出时的写法。`,
    });
    return none();
  }
  const policy = JSON.parse(JSON.stringify(pattern)) as Policy;
  policy.year = year.value;
  policy.id = `${pattern.family}-${year.value}`;
  policy.documents = readDocuments(findSheet(sheets, DOCUMENTS_SHEET), pattern, problems);
  const texts = readTexts(findSheet(sheets, TEXT_SHEET), policy.documents, year.value, problems);

  const fields = policyFields(pattern);
  const known = new Set([
    nameKey(REGION_LABEL),
    nameKey(YEAR_LABEL),
    ...fields.map((f) => nameKey(f.label)),
  ]);
  for (const row of raw) {
    if (!known.has(nameKey(row.label)))
      problems.push({
        at: cellAt(main.name, row.r, 0),
        message: `不认识的项目“${clip(row.label)}”。政策表只能改值和出处，项目名称请照导出时的写法，不能增删。`,
      });
  }
  const rows: RowRead[] = [];
  const removals: Array<() => void> = [];
  for (const f of fields) {
    const row = byLabel.get(nameKey(f.label));
    if (!row) {
      if (!f.optional)
        problems.push({
          at: main.name,
          message: `缺少“${f.label}”一行${f.section === SECTIONS.subsidies ? "：本地区的每个人员类别都要有它的行" : ""}。请从导出的政策表里把这一行补回来。`,
        });
      else removals.push(remover(policy, f));
      continue;
    }
    const read = applyRow(policy, pattern, f, row, problems);
    if (read === "blank") removals.push(remover(policy, f));
    else if (read) rows.push(read);
  }
  // Drop after reading every row: a node's citing row and its other rows share the node.
  for (const drop of removals) drop();
  return { policy, rows, texts, problems };
}

/** Whether a blank optional row drops its whole node (a cited value) or only its property (a department). */
const dropsNode = (f: Field): boolean =>
  f.prop === "value" || f.type === "constant" || f.type === "moneyOrOpen" || f.type === "subsidy";

function remover(policy: Policy, f: Field): () => void {
  return () => {
    if (dropsNode(f)) {
      const [parent, key] = parentAndKey(policy, f.path);
      if (parent) delete parent[key];
    } else {
      const node = nodeAt(policy, f.path);
      if (node) delete node[f.prop];
    }
  };
}

/** Reads one row into the policy: its RowRead, "blank" for an optional value left blank, or null after a problem. */
function applyRow(
  policy: Policy,
  pattern: Policy,
  f: Field,
  row: RawRow,
  problems: TableProblem[]
): RowRead | "blank" | null {
  const say = (message: string) => {
    problems.push({ at: row.valueAt, message: `“${f.label}”${message}` });
    return null;
  };
  const t = text(row.value);
  const cites = row.cites.map((c) => c.cite);
  if (t === "" && !f.blankOk) {
    if (f.optional) return "blank";
    const openable =
      f.type === "moneyOrOpen" ||
      f.type === "subsidy" ||
      f.type === "effect" ||
      f.type === "monthsOrOpen";
    return say(
      `没有填写。请照新通知填写${openable ? "；通知没有写明的，写“未定”" : ""}。不会沿用往年的数值。`
    );
  }
  if (f.cites || f.type === "monthsOrOpen") {
    for (const c of row.cites) {
      if (c.cite.doc === "")
        problems.push({ at: c.docAt, message: "有条款或原文而没有文号，请写上文号。" });
      if (c.cite.clause === "")
        problems.push({ at: c.clauseAt, message: "没有写条款，例如 二（三） 或 附件2。" });
    }
  } else if (row.cites.length > 0) {
    problems.push({
      at: row.cites[0].docAt,
      message: `“${f.label}”的出处写在本组第一行，这一行不用写。`,
    });
  }
  const node = nodeAt(policy, f.path);
  const patternNode = nodeAt(pattern, f.path);
  const open = isOpenWord(t);
  const done = (value: unknown): RowRead => ({
    field: f,
    at: row.valueAt,
    value,
    cites: row.cites,
  });
  const needCites = () => {
    if (cites.length === 0)
      problems.push({ at: row.docAt, message: `“${f.label}”没有写出处：请写上文号、条款和原文。` });
  };
  const note = row.note;
  const withNote = <T extends object>(o: T): T => (note ? { ...o, note } : o);
  if (f.type === "moneyOrOpen" || f.type === "subsidy") {
    const [parent, key] = parentAndKey(policy, f.path);
    needCites();
    const patternKey =
      patternNode && patternNode.open === true ? String(patternNode.supplyKey) : undefined;
    if (open) {
      const supplyKey =
        patternKey ??
        (f.type === "subsidy"
          ? `subsidy.${policy.categories[f.path[1] as number].name}`
          : "fiscalSubsidy");
      parent[key] = { open: true, reason: openReason(t, note), supplyKey, cite: cites };
      return done(null);
    }
    if (f.type === "subsidy" && sameWords(t, FULL_WORD)) {
      parent[key] = withNote({ kind: "full", cite: cites });
      return done(null);
    }
    const m = money(row.value);
    if (!m.ok)
      return say(`${m.why}${f.type === "subsidy" ? `，或“${FULL_WORD}”` : ""}，或“${OPEN_WORD}”。`);
    parent[key] = withNote(
      f.type === "subsidy"
        ? { kind: "amount", value: m.value, cite: cites }
        : { value: m.value, cite: cites }
    );
    return done(m.value);
  }
  if (!node) return null;
  if (f.type === "monthsOrOpen") {
    if (open) {
      node[f.prop] = {
        open: true,
        reason: openReason(t, note),
        supplyKey: "breakPenalty",
        cite: cites,
      };
      needCites();
      return done(null);
    }
    const r = readCount(row.value, { max: 120 });
    if (!r.ok) return say(`应为月数（整数），或“${OPEN_WORD}”。`);
    if (row.cites.length > 0)
      problems.push({
        at: row.cites[0].docAt,
        message: `“${f.label}”是数值时，出处写在“断保后固定等待期（月）”一行。`,
      });
    node[f.prop] = r.value;
    return done(r.value);
  }
  const parsed = parseValue(f, row.value);
  if (!parsed.ok) return say(`${parsed.why}，而不是“${clip(t)}”。`);
  if (t === "") delete node[f.prop];
  else if (f.type !== "constant") node[f.prop] = parsed.value;
  if (f.type === "effect" && open) {
    // The key a clerk supplies it under stays the pattern's, else one named after the exception.
    const before = patternNode?.effect as { kind: string; supplyKey?: string } | undefined;
    const supplyKey = before?.kind === "open" ? before.supplyKey : `exception.${String(node.id)}`;
    node[f.prop] = { ...(parsed.value as object), supplyKey };
  }
  if (f.cites) {
    needCites();
    node.cite = cites;
    const noteProp = f.noteProp ?? "note";
    if (note) node[noteProp] = note;
    else delete node[noteProp];
  }
  return done(parsed.value);
}
