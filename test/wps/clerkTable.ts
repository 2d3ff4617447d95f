/**
 * The clerk's 2027 政策表 (test/policyTable/clerk.ts) for the WPS tests, edited from the
 * 政策表 the core writes for 彭水 2025 (policyTableSheets, what `yibao policy` saves), in
 * process: no CLI run and no file in between.
 */
import { getPolicy } from "../../src/core/policy/registry";
import { policyTableSheets } from "../../src/core/policy/policyTable/write";
import type { SheetData } from "../../src/core/sheet/address";
import { clerkEdit, type ClerkTable } from "../policyTable/clerk";

export const SHIPPED = "cq-pengshui-2025";
export const EDITED = "cq-pengshui-2027";

/** The shipped year's table as the core writes it, cell values only. */
export function exportedTable(): SheetData[] {
  return policyTableSheets(getPolicy(SHIPPED).policy).map((s) => ({
    name: s.name,
    rows: s.cells.map((r) => r.map((c) => c?.value ?? null)),
  }));
}

/** The clerk's valid 2027 table (一档 420, 二档 800, 低保 一档资助 380). */
export function clerkTable(): ClerkTable {
  return clerkEdit(exportedTable());
}
