/** Runs a generated Office Script in Node against an in-memory workbook, as Excel would call main. */
import ts from "typescript";
import { EXCEL_SCRIPT_ENUMS, MemoryWorkbook } from "./memoryWorkbook";

export function runScript(source: string, workbook: MemoryWorkbook, ...args: unknown[]): unknown {
  const js = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2019 },
  }).outputText;
  const logged: unknown[][] = [];
  const console = { log: (...data: unknown[]) => void logged.push(data) };
  // The script is a file of declarations ending in main; Excel calls main with the workbook.
  const main = new Function("ExcelScript", "console", `${js}\nreturn main;`)(
    EXCEL_SCRIPT_ENUMS,
    console
  ) as (...a: unknown[]) => unknown;
  return main(workbook, ...args);
}
