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
