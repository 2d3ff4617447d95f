/**
 * Running the built WPS jobs (scripts/wps/build.js) on the strict ET fake, as WPS would, and
 * the CLI on the same sheets: the pieces the per-job tests share.
 * - a JSA module is evaluated with WPS's globals (Application, MsgBox) and its callable
 *   `医保助手_<job>` is called with the parameters;
 * - an AirScript file gets its parameters as Context.argv and answers with its last expression;
 * - the CLI reads the same sheets saved as .xlsx (through the Office Scripts' memory workbook,
 *   which writes a file as Excel saves it);
 * - a written sheet is compared cell by cell with the core's SheetSpec, and every sheet that
 *   was there before with its snapshot.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { listPolicies } from "../../src/core/policy/registry";
import { formulaEntry } from "../../src/core/sheet/grid";
import type { SheetSpec } from "../../src/core/sheet/spec";
import { withoutNulls } from "../../src/scripts/answer";
import { yibao } from "../cli/run";
import { MemoryWorkbook } from "../officeScripts/memoryWorkbook";
import { EtBook, type EtCell, type Scalar } from "./etWorkbook";

export type Kind = "jsa" | "airscript";
export const KINDS: Kind[] = ["jsa", "airscript"];

export interface BuiltJob {
  job: string;
  jsa: string;
  airscript: string;
}

const { buildWps } = require("../../scripts/wps/build.js") as {
  buildWps: (o: {
    policies: unknown[];
    labels: string[];
    outDir: null;
    only?: string[];
  }) => BuiltJob[];
};

/** One job, built as `npm run build` builds it (every shipped policy embedded). */
export function buildJob(name: string): BuiltJob {
  const models = listPolicies();
  const [built] = buildWps({
    policies: models.map((m) => m.policy),
    labels: models.map((m) => m.label),
    outDir: null,
    only: [name],
  });
  if (!built) throw new Error(`no job ${name}`);
  return built;
}

/** Runs the job's JSA module or AirScript file on the book with these parameters. */
export function runJob(built: BuiltJob, kind: Kind, book: EtBook, params: object): unknown {
  if (kind === "jsa") {
    const fn = new Function("Application", "MsgBox", `${built.jsa}\nreturn 医保助手_${built.job};`)(
      book.application,
      () => undefined
    ) as (p: object) => unknown;
    return fn(params);
  }
  // The answer is the file's last expression: returned here, as AirScript shows it.
  const src = built.airscript.replace(
    /\n\(function \(医保助手_调用参数\)/,
    "\nreturn (function (医保助手_调用参数)"
  );
  if (src === built.airscript) throw new Error("AirScript 文件的结构变了");
  return new Function("Application", "Context", src)(book.application, { argv: params });
}

type Rows = (Scalar | null | undefined)[][];

/** Every sheet of the book as the CLI reads it: saved as .xlsx, values only. */
export async function cliOn(
  book: EtBook,
  ...args: string[]
): Promise<{ json: unknown; code: number; stderr: string }> {
  const data: Record<string, Scalar[][]> = {};
  for (const name of book.names())
    data[name] = book.values(name).map((r) => r.map((v) => (v === null ? "" : v)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-wps-cli-"));
  try {
    const file = path.join(dir, "工作簿.xlsx");
    fs.writeFileSync(file, await MemoryWorkbook.from(data).toXlsx());
    const [command, ...rest] = args;
    const r = await yibao(command, file, ...rest, "--json");
    // A script's answer leaves out the CLI's nulls, as the Office Scripts do.
    // The exit code tells whether rows were rejected; the answer is the printed JSON either way.
    return { json: r.stdout ? withoutNulls(r.json()) : null, code: r.code, stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A deep copy of every cell (value, formula, format, note) of every sheet there is now. */
export function snapshot(book: EtBook): Record<string, (EtCell | null)[][]> {
  const out: Record<string, (EtCell | null)[][]> = {};
  for (const ws of book.sheets)
    out[ws._name] = ws._rows.map((row) => (row ?? []).map((c) => (c ? { ...c } : null)));
  return out;
}

/** Only the values and formulas (a checked target sheet gains fills and notes, never a value). */
export function contents(book: EtBook, name: string): { values: unknown; formulas: unknown } {
  return { values: book.values(name), formulas: [...book.formulas(name)] };
}

/**
 * The written sheet holds the spec cell by cell: formulas as the core gives them, values as
 * given, text as text. Compared as one grid of cells (a 100,000-row sheet in one comparison),
 * the first differing cell named when they differ.
 */
export function expectSheet(book: EtBook, name: string, spec: SheetSpec): void {
  const ws = book.sheet(name);
  const rows = Math.max(spec.cells.length, ws._rows.length);
  const want: unknown[][] = [];
  const got: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const specRow = spec.cells[r] ?? [];
    const sheetRow = ws._rows[r] ?? [];
    const w: unknown[] = [];
    const g: unknown[] = [];
    for (let c = 0; c < Math.max(specRow.length, sheetRow.length); c++) {
      const cell = specRow[c] ?? null;
      const have = sheetRow[c];
      const v = cell?.value;
      w.push(
        cell?.formula !== undefined
          ? { formula: formulaEntry(cell) }
          : v === undefined || v === "" || v === null
            ? null
            : v
      );
      g.push(have?.formula !== undefined ? { formula: have.formula } : (have?.value ?? null));
    }
    want.push(w);
    got.push(g);
  }
  const first = want.findIndex((row, r) => JSON.stringify(row) !== JSON.stringify(got[r]));
  if (first >= 0)
    expect([`${name} 第 ${first + 1} 行`, got[first]]).toEqual([
      `${name} 第 ${first + 1} 行`,
      want[first],
    ]);
  expect(got.length).toBe(want.length);
}

/** A book from sheets of rows, the first sheet active. */
export function bookOf(sheets: Record<string, Rows>): EtBook {
  return EtBook.from(sheets);
}

/** Names a spreadsheet would take for a formula, each of which must stay text. */
export const FORMULA_LIKE_NAMES = [
  '=HYPERLINK("http://x.invalid","李四")',
  "+赵六",
  "-钱七",
  "@孙八",
];
