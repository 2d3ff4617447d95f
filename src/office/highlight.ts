/**
 * Marking findings' cells without touching the user's own formatting: each mark is a
 * conditional format whose rule is an always-true formula carrying a marker, e.g.
 * =ISTEXT("yibao-error"). The cells' fills, fonts and values stay as they were, and
 * 清除标记 finds the marks again by that formula, even after the workbook was closed
 * and reopened (nothing has to be remembered in memory). Needs ExcelApi 1.9 (getRanges).
 *
 * Round trips: clearing takes 3 (list the conditional formats, read the custom rules,
 * delete ours); marking clears the sheet's old marks first, then adds in 1 more.
 */
import type { Severity } from "../core/targets/types";
import type { MarkedCell } from "../ui/host";

export const MARK_PREFIX = "yibao-";
export const MARK_STYLE: Record<Severity, { formula: string; fill: string; font: string }> = {
  error: { formula: `=ISTEXT("${MARK_PREFIX}error")`, fill: "#FDE7E9", font: "#A4262C" },
  warning: { formula: `=ISTEXT("${MARK_PREFIX}warning")`, fill: "#FFF4CE", font: "#8A3707" },
};
/** Addresses per conditional format; Excel limits an address string to 8192 characters. */
const ADDRESS_CHARS = 2_000;

export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(`"${MARK_PREFIX}`);
}

/** Addresses of the findings' cells by severity: a cell with an error is not also a warning. */
export function cellsBySeverity(findings: readonly MarkedCell[]): Record<Severity, string[]> {
  const errors = new Set(findings.filter((f) => f.severity === "error").map((f) => f.cell));
  const warnings = new Set(
    findings.filter((f) => f.severity === "warning" && !errors.has(f.cell)).map((f) => f.cell)
  );
  return { error: [...errors], warning: [...warnings] };
}

/** Joins addresses into comma lists short enough for one getRanges call each. */
export function addressChunks(cells: string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of cells) {
    if (current && current.length + 1 + a.length > ADDRESS_CHARS) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/** Deletes this add-in's marks on the given sheets (all sheets when none are named). */
export async function clearMarks(
  context: Excel.RequestContext,
  sheetNames?: string[]
): Promise<{ removed: number; syncs: number }> {
  let worksheets: Excel.Worksheet[];
  let syncs = 0;
  if (sheetNames) {
    worksheets = sheetNames.map((n) => context.workbook.worksheets.getItem(n));
  } else {
    const all = context.workbook.worksheets;
    all.load("items/name");
    await context.sync();
    syncs++;
    worksheets = all.items;
  }
  const collections = worksheets.map((ws) => {
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type");
    return cfs;
  });
  await context.sync();
  syncs++;
  const custom = collections.flatMap((cfs) => cfs.items.filter((cf) => cf.type === "Custom"));
  const rules = custom.map((cf) => {
    const rule = cf.custom.rule;
    rule.load("formula");
    return { cf, rule };
  });
  if (rules.length === 0) return { removed: 0, syncs };
  await context.sync();
  syncs++;
  let removed = 0;
  for (const { cf, rule } of rules) {
    if (isMarkFormula(rule.formula)) {
      cf.delete();
      removed++;
    }
  }
  if (removed > 0) {
    await context.sync();
    syncs++;
  }
  return { removed, syncs };
}

/** Marks the findings' cells on one sheet, replacing the add-in's earlier marks there. */
export async function markFindings(
  context: Excel.RequestContext,
  sheetName: string,
  findings: readonly MarkedCell[]
): Promise<{ added: number; syncs: number }> {
  const cleared = await clearMarks(context, [sheetName]);
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  const cells = cellsBySeverity(findings);
  let added = 0;
  // Warnings first, errors last: the conditional format added last has the top priority.
  for (const severity of ["warning", "error"] as Severity[]) {
    const style = MARK_STYLE[severity];
    for (const addresses of addressChunks(cells[severity])) {
      const cf = worksheet.getRanges(addresses).conditionalFormats.add("Custom");
      cf.custom.rule.formula = style.formula;
      cf.custom.format.fill.color = style.fill;
      cf.custom.format.font.color = style.font;
      added++;
    }
  }
  if (added === 0) return { added, syncs: cleared.syncs };
  await context.sync();
  return { added, syncs: cleared.syncs + 1 };
}
