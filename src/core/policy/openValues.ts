/**
 * What a policy leaves for the user to supply, listed so the CLI and the taskpane can ask
 * for exactly those values and nothing else.
 */
import { isOpen, PolicyModel } from "./model";
import type { Citation } from "./schema";

export interface OpenValueSlot {
  /** The key a user supplies it under (CLI --set key=value, workbook setting). */
  key: string;
  /** What it is, with the key's per-tier form where there is one (the CLI's `yibao policy`). */
  what: string;
  /** What it is, in the clerk's words only (政策设置, messages a clerk reads). */
  label: string;
  /** Tiers whose value may be supplied apart (key.一档), where the category has more than one. */
  tiers?: string[];
  /** What the notice says instead of a value. */
  reason: string;
  input: "amount" | "months" | "choice";
  choices?: { value: string; label: string }[];
  cite: Citation[];
}

export const WAIT_CHOICES = [
  { value: "fromEvent", label: "自事件之日起（出生、断保、入院）" },
  { value: "fromPayment", label: "自缴费之日起，不设等待期" },
  { value: "fromYearStart", label: "自当年1月1日起" },
  { value: "standard", label: "按一般规定等待" },
];

export function openValues(model: PolicyModel): OpenValueSlot[] {
  const p = model.policy;
  const out: OpenValueSlot[] = [];
  if (isOpen(p.fiscalSubsidy)) {
    const v = p.fiscalSubsidy;
    out.push({
      key: v.supplyKey,
      what: "财政补助标准（元/人，集中缴费期后缴费须另缴）",
      label: "财政补助标准（元/人，集中缴费期后缴费须另缴）",
      reason: v.reason,
      input: "amount",
      cite: v.cite,
    });
  }
  const seen = new Set<string>();
  for (const c of model.categories) {
    for (const [tier, s] of Object.entries(c.subsidy ?? {})) {
      if (!isOpen(s) || seen.has(s.supplyKey)) continue;
      seen.add(s.supplyKey);
      const tiers = Object.keys(c.subsidy ?? {});
      out.push({
        key: s.supplyKey,
        what: `“${c.name}”资助标准（元/人${tiers.length > 1 ? `；分档不同时用 ${s.supplyKey}.${tier}` : ""}）`,
        label: `“${c.name}”资助标准（元/人）`,
        ...(tiers.length > 1 ? { tiers } : {}),
        reason: s.reason,
        input: "amount",
        cite: s.cite,
      });
    }
  }
  for (const e of model.exceptions) {
    if (e.effect.kind !== "open" || seen.has(e.effect.supplyKey)) continue;
    seen.add(e.effect.supplyKey);
    out.push({
      key: e.effect.supplyKey,
      what: `“${e.label}”的待遇等待期`,
      label: `“${e.label}”的待遇等待期`,
      reason: e.effect.reason,
      input: "choice",
      choices: WAIT_CHOICES,
      cite: e.cite,
    });
  }
  const bp = p.breakPenalty;
  if (isOpen(bp)) {
    out.push({
      key: bp.supplyKey,
      what: "断保待遇等待期",
      label: "断保待遇等待期",
      reason: bp.reason,
      input: "months",
      cite: bp.cite,
    });
  } else if ("extraMonthPerYear" in bp && isOpen(bp.extraMonthPerYear)) {
    const v = bp.extraMonthPerYear;
    out.push({
      key: v.supplyKey,
      what: "每多断保1年增加的待遇等待期（月）",
      label: "每多断保1年增加的待遇等待期（月）",
      reason: v.reason,
      input: "months",
      cite: v.cite,
    });
  }
  return out;
}

/** The keys a slot's inputs save under: the slot's own, then one per tier where the value may differ by tier. */
export function slotKeys(slot: OpenValueSlot): string[] {
  return [slot.key, ...(slot.tiers ?? []).map((t) => `${slot.key}.${t}`)];
}

/** Full-width digits and points (typed with a Chinese input method) as ASCII; a trailing 元/个月 dropped. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/\s+/g, "")
    .replace(/(元|元\/人|个月|月)$/, "");
}

export type SlotInput = { ok: true; value: string | number | null } | { ok: false; error: string };

/** What the clerk typed for one open value: a value, null (left empty: not supplied), or why it is refused. */
export function parseSlot(slot: OpenValueSlot, text: string): SlotInput {
  const t = normalise(text);
  if (t === "") return { ok: true, value: null };
  if (slot.input === "choice") {
    const choice = slot.choices?.find((c) => c.value === t || c.label === text.trim());
    return choice ? { ok: true, value: choice.value } : { ok: false, error: "请从列表中选择一项" };
  }
  if (!/^-?\d+(\.\d+)?$/.test(t)) {
    return {
      ok: false,
      error:
        slot.input === "months"
          ? "请填写不小于0的整数（月数），如 1"
          : "请填写不小于0的金额（元），如 670",
    };
  }
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0) {
    return { ok: false, error: slot.input === "months" ? "月数不能小于0" : "金额不能小于0" };
  }
  if (slot.input === "months" && !Number.isInteger(n))
    return { ok: false, error: "月数应为整数，如 1" };
  if (slot.input === "amount" && !/^\d+(\.\d{1,2})?$/.test(t))
    return { ok: false, error: "金额最多两位小数（到分）" };
  return { ok: true, value: n };
}
