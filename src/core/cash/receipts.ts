/**
 * 附件3 二: one numbered receipt per payment. A number used twice is an error; a number
 * missing from a collector's run is a warning (a voided receipt explains it).
 */
import type { LedgerRow } from "./ledger";
import { pushTo, type Add } from "./findings";

function receiptParts(text: string): { prefix: string; n: number; width: number } | null {
  const m = /^(.*?)(\d+)$/.exec(text);
  if (!m || m[2].length > 15) return null;
  return { prefix: m[1].toUpperCase(), n: Number(m[2]), width: m[2].length };
}
/** 附件3 二: one numbered receipt per payment; a number used twice, or missing from a collector's run. */
export function checkReceipts(rows: LedgerRow[], add: Add): void {
  if (rows.length === 0 || !rows[0].cells.receipt) return;
  const seen = new Map<string, LedgerRow>();
  const runs = new Map<string, { n: number; width: number; row: LedgerRow }[]>();
  for (const r of rows) {
    if (r.receipt === "") {
      add(
        r,
        "receipt",
        "error",
        "MISSING_VALUE",
        "收款凭证号为空（附件3 二：收取现金应当场开具现金收款凭证）"
      );
      continue;
    }
    const key = r.receipt.toUpperCase();
    const first = seen.get(key);
    if (first) {
      add(
        r,
        "receipt",
        "error",
        "DUPLICATE_RECEIPT",
        `收款凭证号${r.receipt}与第${first.index + 1}行重复`
      );
      continue;
    }
    seen.set(key, r);
    const parts = receiptParts(key);
    if (!parts) continue;
    const run = `${r.collector}\u0000${parts.prefix}`;
    pushTo(runs, run, { n: parts.n, width: parts.width, row: r });
  }
  for (const [run, list] of runs) {
    const collector = run.split("\u0000")[0] || "（未填经办人）";
    const prefix = run.split("\u0000")[1];
    const sorted = [...list].sort((a, b) => a.n - b.n);
    for (let i = 1; i < sorted.length; i++) {
      const gap = sorted[i].n - sorted[i - 1].n - 1;
      if (gap <= 0) continue;
      const show = (n: number) => prefix + String(n).padStart(sorted[i].width, "0");
      const missing =
        gap <= 5
          ? Array.from({ length: gap }, (_, k) => show(sorted[i - 1].n + 1 + k)).join("、")
          : `${show(sorted[i - 1].n + 1)}至${show(sorted[i].n - 1)}`;
      add(
        sorted[i].row,
        "receipt",
        "warning",
        "RECEIPT_GAP",
        `经办人${collector}的收款凭证号缺${gap}张：${missing}（在${show(sorted[i - 1].n)}与${show(sorted[i].n)}之间；如有作废或跳号的凭证，请核对凭证存根）`
      );
    }
  }
}
