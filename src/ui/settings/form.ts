/**
 * 政策设置 without the DOM: the summary of the chosen policy, the values its notice leaves
 * open (openValues) with what the clerk typed, checked, and saving them through the panel
 * context (the workbook's settings in Excel, this browser's localStorage on the standalone
 * page). The panel (panel.ts) only draws this; the tests drive it directly.
 */
import { iso, toChinese } from "../../core/dates";
import { isOpen, PolicyModel, Supplied } from "../../core/policy/model";
import {
  OpenValueSlot,
  openValues,
  parseSlot,
  slotKeys,
  type SlotInput,
} from "../../core/policy/openValues";
import type { Citation } from "../../core/policy/schema";
import type { PanelContext } from "../app";

// Read the same way by every front door (the scripts' 政策设置 sheet too): the core's.
export { parseSlot, slotKeys, type SlotInput };

export interface SummaryItem {
  label: string;
  /** One line, or several (the notices, the tiers). */
  lines: string[];
  /** Where it is written: 双政办发〔2024〕11号 三（四）2. */
  cite?: string;
}

export interface SubsidyRow {
  department: string;
  category: string;
  tier: string;
  /** 全额资助（400元）, 200元, or 通知未定. */
  amount: string;
}

export interface PolicySummary {
  /** Region and year in words (the policy's id stays in code and the settings store). */
  title: string;
  items: SummaryItem[];
  /** The subsidy table (资助标准), category by tier; empty where the policy has none. */
  subsidies: SubsidyRow[];
}

export function citeText(cite: readonly Citation[] | undefined): string {
  if (!cite || cite.length === 0) return "";
  const seen: string[] = [];
  for (const c of cite) {
    const t = `${c.doc} ${c.clause}`;
    if (!seen.includes(t)) seen.push(t);
  }
  return seen.join("；");
}

/** The documents the policy cites, in the order they are listed (a base lists other counties' notices too). */
function citedDocuments(model: PolicyModel): string[] {
  const cited = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (typeof o.doc === "string" && typeof o.clause === "string") cited.add(o.doc);
      for (const v of Object.values(o)) visit(v);
    }
  };
  visit({ ...model.policy, documents: undefined });
  return Object.keys(model.policy.documents).filter((d) => cited.has(d));
}

const money = (n: number): string => `${n}元`;

/** What the panel shows above the inputs: region, year, notices, tiers, fiscal subsidy, dates. */
export function policySummary(model: PolicyModel): PolicySummary {
  const p = model.policy;
  const items: SummaryItem[] = [];
  items.push({ label: "地区", lines: [p.region.name] });
  items.push({
    label: "年度",
    lines: [`${model.year}年度（待遇享受期${model.year}年1月1日至12月31日）`],
  });
  items.push({
    label: "政策文件",
    lines: citedDocuments(model).map((num) => {
      const d = p.documents[num];
      return `${num}《${d.title}》（${d.issuer}${d.date ? `，${toChinese(iso(d.date))}` : ""}）`;
    }),
  });
  items.push({
    label: "缴费档次（个人缴费）",
    lines: p.tiers.map(
      (t) =>
        `${t.id}：${money(t.personal.value)}/人${t.student ? `（在渝高校大学生${money(t.student.value)}/人）` : ""}`
    ),
    cite: citeText(p.tiers.flatMap((t) => t.personal.cite)),
  });
  const fiscal = p.fiscalSubsidy;
  items.push({
    label: "财政补助标准",
    lines: [
      isOpen(fiscal)
        ? `通知未定（${fiscal.reason}），请在下面填写`
        : `${money(fiscal.value)}/人${fiscal.note ? `（${fiscal.note}）` : ""}`,
      `${toChinese(model.surchargeFrom)}起在集中缴费期外缴费的，个人另缴财政补助`,
    ],
    cite: citeText([...fiscal.cite, ...p.surcharge.cite]),
  });
  const c = p.collection;
  items.push({
    label: "集中缴费期",
    lines: [
      `${toChinese(model.collectionStart)}至${toChinese(model.collectionEnd)}` +
        (c.start.text || c.end.text
          ? `（通知写作“${[c.start.text, c.end.text].filter(Boolean).join("至")}”${c.start.note ? `，${c.start.note}` : ""}）`
          : ""),
    ],
    cite: citeText([...c.start.cite, ...c.end.cite]),
  });
  items.push({
    label: "最后缴费日",
    lines: [
      `${toChinese(model.lastPayableDay)}${p.lastPayableDay.note ? `（${p.lastPayableDay.note}）` : ""}`,
    ],
    cite: citeText(p.lastPayableDay.cite),
  });
  const subsidies: SubsidyRow[] = [];
  for (const cat of model.categories) {
    for (const [tier, s] of Object.entries(cat.subsidy ?? {})) {
      const t = p.tiers.find((x) => x.id === tier);
      subsidies.push({
        department: cat.department ?? "",
        category: cat.name,
        tier,
        amount: isOpen(s)
          ? "通知未定"
          : s.kind === "full"
            ? `全额资助（${money(t?.personal.value ?? 0)}）`
            : money(s.value),
      });
    }
  }
  return { title: model.label, items, subsidies };
}

/** Whom a clerk asks about what the notices leave open: the policy's own issuing level, from the data. */
export function authorityOf(model: PolicyModel): string {
  return model.policy.region.authority ?? "当地医保部门";
}

/** The notice's own words for an open value: the quotes of its citations, verbatim, each with its clause. */
export function noticeWords(slot: OpenValueSlot): { quote: string; where: string }[] {
  const out: { quote: string; where: string }[] = [];
  for (const c of slot.cite) {
    if (c.quote && !out.some((o) => o.quote === c.quote))
      out.push({ quote: c.quote, where: `${c.doc} ${c.clause}` });
  }
  return out;
}

/** What is saved for these slots, in the clerk's words: 财政补助标准 700元；“特困人员”资助标准 二档 500元. */
export function suppliedSummary(values: Supplied, slots: readonly OpenValueSlot[]): string {
  const parts: string[] = [];
  for (const slot of slots) {
    const name = slot.label.replace(/（[^）]*）$/, "");
    const unit = slot.input === "amount" ? "元" : slot.input === "months" ? "个月" : "";
    const shown = (v: string | number) =>
      slot.input === "choice"
        ? (slot.choices?.find((c) => c.value === v)?.label ?? String(v))
        : `${v}${unit}`;
    if (values[slot.key] !== undefined) parts.push(`${name} ${shown(values[slot.key])}`);
    for (const t of slot.tiers ?? []) {
      const v = values[`${slot.key}.${t}`];
      if (v !== undefined) parts.push(`${name} ${t} ${shown(v)}`);
    }
  }
  return parts.length > 0 ? parts.join("；") : "（无）";
}

/** The value shown in a slot's input: what was supplied for its key (or the per-tier key given), or empty. */
export function slotText(slot: OpenValueSlot, supplied: Supplied, key: string = slot.key): string {
  const v = supplied[key];
  return v === undefined ? "" : String(v);
}

export interface Collected {
  /** All supplied values after the change: this policy's open values from the form, the rest kept. */
  values: Record<string, string | number>;
  /** Why an input is refused, by key; empty when everything can be saved. */
  errors: Record<string, string>;
}

/** The supplied values with the form's inputs (by key) in place of this policy's open values. */
export function collect(
  slots: readonly OpenValueSlot[],
  texts: Readonly<Record<string, string>>,
  current: Supplied
): Collected {
  const values: Record<string, string | number> = { ...current };
  const errors: Record<string, string> = {};
  for (const slot of slots) {
    for (const key of slotKeys(slot)) {
      // A per-tier input the form did not draw keeps what was saved (the CLI may have set it).
      if (key !== slot.key && !(key in texts)) continue;
      const r = parseSlot(slot, texts[key] ?? "");
      if (!r.ok) errors[key] = r.error;
      else if (r.value === null) delete values[key];
      else values[key] = r.value;
    }
  }
  return { values, errors };
}

/** The supplied values without this policy's open values (nor their per-tier forms); other keys stay. */
export function cleared(model: PolicyModel, current: Supplied): Record<string, string | number> {
  const values: Record<string, string | number> = { ...current };
  for (const slot of openValues(model)) {
    delete values[slot.key];
    for (const t of model.tierNames()) delete values[`${slot.key}.${t}`];
  }
  return values;
}

export type SaveOutcome =
  | { saved: true; values: Record<string, string | number> }
  | { saved: false; errors: Record<string, string> };

/**
 * Checks the inputs for the context's policy and, if all are valid, saves them with
 * ctx.setSupplied (nothing is saved when one is refused). The claim and the YB functions
 * use the saved values from their next run on.
 */
export async function saveSettings(
  ctx: PanelContext,
  texts: Readonly<Record<string, string>>
): Promise<SaveOutcome> {
  const model = ctx.policy();
  if (!model) throw new Error("请先在上方选择政策（地区、年度）");
  const { values, errors } = collect(openValues(model), texts, ctx.supplied());
  if (Object.keys(errors).length > 0) return { saved: false, errors };
  await ctx.setSupplied(values);
  return { saved: true, values };
}

/** Removes this policy's supplied values (other policies' values stay) and saves. */
export async function clearSettings(ctx: PanelContext): Promise<Record<string, string | number>> {
  const model = ctx.policy();
  if (!model) throw new Error("请先在上方选择政策（地区、年度）");
  const values = cleared(model, ctx.supplied());
  await ctx.setSupplied(values);
  return values;
}
