/* global CustomFunctions */
/**
 * The YB.* functions' entry (webpack bundles it into functions.js and into the task pane,
 * which shares the runtime): associates each function of the table with its id, as the
 * metadata that the build writes from the same table declares it.
 */
import { useStoredPolicyTable } from "../core/policy/userPolicy";
import { callable, ExcelFunction } from "./spec";
import { FUNCTIONS } from "./table";

/** The Excel function of every id in the table. */
export function excelFunctions(): Map<string, ExcelFunction> {
  return new Map(FUNCTIONS.map((f) => [f.id, callable(f, undefined, useStoredPolicyTable)]));
}

export function registerFunctions(runtime: {
  associate(id: string, fn: ExcelFunction): void;
}): void {
  for (const [id, fn] of excelFunctions()) runtime.associate(id, fn);
}

// Only Excel's runtime has CustomFunctions; the bench and tests import this file too.
if (typeof CustomFunctions !== "undefined") registerFunctions(CustomFunctions);
