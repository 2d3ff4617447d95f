/**
 * A resolved policy written as a 政策表: the 政策表 sheet (every value of the year with its
 * 文号, 条款 and 原文, by section), the 文件 sheet (the documents it cites) and an empty
 * 通知原文 sheet for the clerk to paste her notice into. Chinese only: rows are read back by
 * their labels (fields.ts), so no key or code is written anywhere.
 */
import type { CellSpec, SheetSpec } from "../../sheet/spec";
import type { Citation, Policy } from "../types";
import {
  AFTER_PAYMENT,
  EFFECT_WORDS,
  EVENT_YEAR_WORDS,
  Field,
  FULL_WORD,
  NO_LIMIT_WORD,
  nodeAt,
  OPEN_WORD,
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
  TEXT_HEADER,
  TEXT_SHEET,
} from "./layout";

type Shown = string | number | boolean | null;

/** A share as Excel shows it: whole percentages as 95%, others with one decimal (99.5%). */
function shareFormat(v: number): string {
  return Number.isInteger(Math.round(v * 1e6) / 1e4) ? "0%" : "0.0%";
}

/** What a field's 值 cell shows, its 说明, and the citations its row carries. */
export function shownField(
  p: Policy,
  f: Field
): { value: Shown; note: string; cite: Citation[] } | undefined {
  const node = nodeAt(p, f.path);
  if (!node) return undefined;
  const noteOf = (n: Record<string, unknown>) => (typeof n.note === "string" ? n.note : "");
  const cites = (n: Record<string, unknown>) => (f.cites ? ((n.cite as Citation[]) ?? []) : []);
  const open = (n: Record<string, unknown>) => n.open === true;
  switch (f.type) {
    case "moneyOrOpen":
    case "subsidy": {
      if (open(node)) return { value: OPEN_WORD, note: String(node.reason), cite: cites(node) };
      const value = node.kind === "full" ? FULL_WORD : (node.value as number);
      return { value, note: noteOf(node), cite: cites(node) };
    }
    case "monthsOrOpen": {
      const v = node[f.prop];
      if (v && typeof v === "object") {
        const o = v as { reason: string; cite: Citation[] };
        return { value: OPEN_WORD, note: o.reason, cite: o.cite };
      }
      return { value: v as number, note: "", cite: [] };
    }
    default:
      break;
  }
  const v = node[f.prop];
  if (v === undefined && f.type !== "constant" && !f.blankOk) return undefined;
  const note = f.cites ? String(node[f.noteProp ?? "note"] ?? "") : "";
  let value: Shown;
  switch (f.type) {
    case "bool":
      value = v ? "是" : "否";
      break;
    case "list":
      value = (v as string[]).join("、");
      break;
    case "shareOrNone":
      value = v === null ? NO_LIMIT_WORD : (v as number);
      break;
    case "constant":
      value = f.words ?? "";
      break;
    case "eventYear":
      value = EVENT_YEAR_WORDS[v as keyof typeof EVENT_YEAR_WORDS];
      break;
    case "effect": {
      const e = v as { kind: string; days?: number; reason?: string };
      value =
        e.kind === "open"
          ? `${OPEN_WORD}：${e.reason}`
          : e.kind === "afterPayment"
            ? AFTER_PAYMENT(e.days!)
            : EFFECT_WORDS[e.kind as keyof typeof EFFECT_WORDS];
      break;
    }
    default:
      value = v === undefined ? null : (v as Shown);
  }
  return { value, note, cite: cites(node) };
}

const bordered = (value: Shown, extra: Partial<CellSpec> = {}): CellSpec => ({
  value,
  align: "left",
  wrap: true,
  ...extra,
});

function citeCells(c: Citation | undefined): CellSpec[] {
  return [bordered(c?.doc ?? null), bordered(c?.clause ?? null), bordered(c?.quote ?? null)];
}

/** The 政策表 sheet. */
function tableSheet(p: Policy): SheetSpec {
  const title = `${p.region.name}${p.year}年度 政策表`;
  const width = TABLE_HEADER.length;
  const cells: (CellSpec | null)[][] = [
    [{ value: title, bold: true, fontSize: 14 }],
    [
      {
        value:
          "按新通知改“值”“说明”“文号”“条款”“原文”各栏，把通知全文粘贴到“通知原文”工作表；" +
          "通知没有写明的数值写“未定”，不再规定的可选项目把值清空。项目名称不要改动。",
        wrap: true,
      },
    ],
    TABLE_HEADER.map(
      (h) => ({ value: h, bold: true, align: "center", fill: "DDEBF7" }) as CellSpec
    ),
    [bordered(REGION_LABEL), bordered(p.region.name), ...Array(width - 2).fill(bordered(null))],
    [bordered(YEAR_LABEL), bordered(p.year), ...Array(width - 2).fill(bordered(null))],
  ];
  let section = SECTIONS.basic as string;
  for (const f of policyFields(p)) {
    const shown = shownField(p, f);
    if (!shown) continue;
    if (f.section !== section) {
      section = f.section;
      cells.push([
        bordered(section, { bold: true, fill: "F2F2F2" }),
        ...Array(width - 1).fill(bordered(null, { fill: "F2F2F2" })),
      ]);
    }
    const isShare = typeof shown.value === "number" && /share/i.test(f.type);
    const [first, ...more] = shown.cite;
    cells.push([
      bordered(f.label),
      bordered(shown.value, isShare ? { numFmt: shareFormat(shown.value as number) } : {}),
      bordered(shown.note || null),
      ...citeCells(first),
    ]);
    // A value resting on several passages: one row for each further passage, under its value.
    for (const c of more)
      cells.push([bordered(null), bordered(null), bordered(null), ...citeCells(c)]);
  }
  return {
    name: TABLE_SHEET,
    cells,
    columnWidths: [30, 16, 26, 20, 10, 48],
    merges: ["A1:F1", "A2:F2"],
    frozenRows: 3,
    table: { headerRow: 2 },
    textColumns: [3, 4, 5],
  };
}

function documentsSheet(p: Policy): SheetSpec {
  const rows = Object.entries(p.documents).map(([doc, d]) =>
    [doc, d.title, d.issuer, d.date ?? null, d.year, d.standing ? "是" : "否"].map((v) =>
      bordered(v)
    )
  );
  return {
    name: DOCUMENTS_SHEET,
    cells: [
      [{ value: "政策表引用的文件（新通知加一行，写明适用的参保年度）", bold: true, fontSize: 14 }],
      DOCUMENTS_HEADER.map(
        (h) => ({ value: h, bold: true, align: "center", fill: "DDEBF7" }) as CellSpec
      ),
      ...rows,
    ],
    columnWidths: [22, 44, 40, 12, 12, 10],
    merges: ["A1:F1"],
    frozenRows: 2,
    table: { headerRow: 1 },
    textColumns: [0, 3],
  };
}

function textSheet(): SheetSpec {
  return {
    name: TEXT_SHEET,
    cells: [
      [
        {
          value: "通知原文：在A列写文号，从同一行的B列起粘贴该通知的全文（一段一行）",
          bold: true,
          fontSize: 14,
        },
      ],
      TEXT_HEADER.map(
        (h) => ({ value: h, bold: true, align: "center", fill: "DDEBF7" }) as CellSpec
      ),
    ],
    columnWidths: [22, 100],
    merges: ["A1:B1"],
    frozenRows: 2,
    table: { headerRow: 1 },
    textColumns: [0, 1],
  };
}

/** The 政策表 of one resolved policy, as sheets for the one writer. */
export function policyTableSheets(p: Policy): SheetSpec[] {
  return [tableSheet(p), documentsSheet(p), textSheet()];
}
