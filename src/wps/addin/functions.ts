/**
 * The YB.* functions in WPS 表格 (add-in custom functions, WPS 12.1.0.20540 and later): every
 * function of src/functions/table.ts, computed by the same callable as in Excel, registered
 * with `wps.AddCustomFunction("YB", id, fn)` as wpsjs's own register code does.
 *
 * WPS calls them synchronously with each argument as a 2-D array (a single cell may come as a
 * scalar, an empty or missing one as undefined), and takes a 2-D array back. Names: wpsjs
 * accepts only /^[a-zA-Z_][a-zA-Z0-9_]*$/ and its functions.json has no second language, so
 * a function is known by its id (=YB.PREMIUM), with Chinese help and Chinese parameter names.
 *
 * Errors: WPS has no published way for an add-in function to return an error cell with a
 * message. A one-cell answer that is an error is thrown (WPS shows an error value, so IFERROR
 * and a SUM over it behave as in Excel); inside a larger (spilled) answer an error cell becomes
 * the text "#VALUE!：<message>", so one bad row does not hide the others' answers.
 */
import { callable } from "../../functions/spec";
import { useStoredPolicyTable } from "../../core/policy/userPolicy";
import type { StoredPolicyTable } from "../../core/policy/policyTable/stored";
import type { Cell } from "../../functions/cells";
import type { FunctionSpec } from "../../functions/spec";
import type { WorkbookSettings } from "../../office/settings";

export const WPS_NAMESPACE = "YB";
/** wpsjs 2.2's rule for a custom function's name (src/vite_plugins.js, functionNamePattern). */
export const WPS_NAME_RULE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export type WpsFunction = (...args: unknown[]) => Cell[][];

interface ErrorCell {
  code: string;
  message: string;
}

function isErrorCell(v: unknown): v is ErrorCell {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as ErrorCell).code === "string" &&
    typeof (v as ErrorCell).message === "string"
  );
}

/** An argument as the shared callable reads it: a 2-D array, null for nothing. */
function argument(v: unknown): unknown {
  if (v === undefined) return null;
  if (!Array.isArray(v)) return [[v]];
  return v.map((row: unknown) =>
    Array.isArray(row) ? row.map((c: unknown) => (c === undefined ? null : c)) : row
  );
}

/** A thrown one-cell error: WPS shows it as an error value. */
export class WpsCellError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "WpsCellError";
  }
}

export function wpsFunction(
  spec: FunctionSpec,
  settings: () => WorkbookSettings,
  useTable?: (stored: StoredPolicyTable | null) => unknown
): WpsFunction {
  const f = callable(spec, settings, useTable);
  return (...given) => {
    const answer = f(...given.slice(0, spec.params.length).map(argument));
    if (answer.length === 1 && answer[0].length === 1 && isErrorCell(answer[0][0])) {
      const e = answer[0][0];
      throw new WpsCellError(e.code, e.message);
    }
    return answer.map((row) => row.map((c) => (isErrorCell(c) ? `${c.code}：${c.message}` : c)));
  };
}

export interface WpsRuntime {
  AddCustomFunction?: (namespace: string, name: string, callback: WpsFunction) => void;
}

/** Registers every function; 0 on a WPS too old to have add-in custom functions. */
export function registerWpsFunctions(
  wps: WpsRuntime,
  table: readonly FunctionSpec[],
  settings: () => WorkbookSettings
): number {
  if (typeof wps.AddCustomFunction !== "function") return 0;
  for (const spec of table)
    wps.AddCustomFunction(
      WPS_NAMESPACE,
      spec.id,
      wpsFunction(spec, settings, useStoredPolicyTable)
    );
  return table.length;
}

/**
 * The functions declared as wpsjs reads them: one JavaScript function per id with
 * `@customfunction` and typed `@param` tags (2-D arrays; optional ones bracketed). The build
 * hands this to wpsjs's own parser to write functions.json (scripts/wps/build.js).
 */
export function wpsDeclarations(table: readonly FunctionSpec[]): string {
  const one = (f: FunctionSpec) => {
    const tags = f.params.map((p) => {
      const name = p.optional ? `[${p.zhName}]` : p.zhName;
      return ` * @param {any[][]} ${name} - ${p.zh}`;
    });
    const params = f.params.map((p) => p.zhName).join(", ");
    return [
      "/**",
      ` * ${f.zhName}：${f.zh}`,
      " * @customfunction",
      ...tags,
      " * @returns {any[][]}",
      " */",
      `function ${f.id}(${params}) {}`,
    ].join("\n");
  };
  return `${table.map(one).join("\n\n")}\n`;
}

/** Every way the table would give wpsjs a name it refuses. */
export function wpsNameProblems(table: readonly FunctionSpec[]): string[] {
  return table
    .filter((f) => !WPS_NAME_RULE.test(f.id))
    .map((f) => `${f.id}: WPS accepts only letters, digits and "_" in a function's name`);
}
