/**
 * The JS macro cell functions (dist/wps/宏/医保助手函数.js, YB_PREMIUM …) for WPS builds
 * without add-in custom functions: generated from src/functions/table.ts (an English and a
 * Chinese name for every function, no other), self-contained, ECMAScript 2017, and on the
 * shared table of calls (functionCalls.ts), errors included, answering as the Excel functions
 * and the WPS add-in's functions do. Ranges are handed over as WPS hands a macro function a
 * range: a Range object of the strict ET fake.
 */
import * as acorn from "acorn";
import { excelFunctions } from "../../src/functions/functions";
import { FUNCTIONS } from "../../src/functions/table";
import { listPolicies } from "../../src/core/policy/registry";
import { wpsFunction } from "../../src/wps/addin/functions";
import { EtBook, type Scalar } from "./etWorkbook";
import { FUNCTION_CALLS } from "./functionCalls";

const { buildCellFunctions, LANGUAGE_LEVEL } = require("../../scripts/wps/build.js") as {
  buildCellFunctions: (o: { policies: unknown[]; outDir: null }) => string;
  LANGUAGE_LEVEL: number;
};

jest.setTimeout(300_000);

type Answer = unknown[][];
type JsaFunction = (...args: unknown[]) => unknown;

let text: string;
let declared: string[];
let jsa: Record<string, JsaFunction>;
beforeAll(() => {
  text = buildCellFunctions({ policies: listPolicies().map((m) => m.policy), outDir: null });
  declared = [...text.matchAll(/^function (YB_[^(\s]+)\(/gm)].map((m) => m[1]);
  // The module's globals, as WPS sees them after import (nothing else in scope but the fake's).
  jsa = new Function(
    "Application",
    `${text}\nreturn { ${declared.map((n) => `${JSON.stringify(n)}: ${n}`).join(", ")} };`
  )(new EtBook().application) as Record<string, JsaFunction>;
}, 300_000);

const NONE = () => ({ policy: null, supplied: {} });

/** Error cells as { error, message }, whichever way a front door gives them. */
function errorOf(c: unknown): unknown {
  if (c && typeof c === "object" && "code" in c) {
    const e = c as { code: string; message: string };
    return { error: e.code, message: e.message };
  }
  const m = typeof c === "string" ? /^(#VALUE!|#N\/A)：([\s\S]*)$/.exec(c) : null;
  return m ? { error: m[1], message: m[2] } : c;
}

/** A call as WPS makes it from a cell: a value as itself, a range as a Range object, a skipped argument undefined. */
function fromJsa(fn: JsaFunction, args: unknown[]): Answer {
  const book = new EtBook();
  const ws = book.addSheet("数据");
  let column = 0;
  const given = args.map((a) => {
    if (a === null) return undefined;
    if (!Array.isArray(a)) return a;
    const rows = a as (Scalar | null)[][];
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") ws._cell(r, column + c, true)!.value = v;
      })
    );
    const range = ws.Cells.Item(1, column + 1).Resize(rows.length, rows[0].length);
    column += rows[0].length;
    return range;
  });
  try {
    const answer = fn(...given);
    return Array.isArray(answer)
      ? answer.map((row: unknown[]) => row.map(errorOf))
      : [[errorOf(answer)]];
  } catch (e) {
    const err = e as { name: string; code: string; message: string };
    if (err.name !== "WpsCellError") throw e;
    return [[{ error: err.code, message: err.message }]];
  }
}

describe("the JSA cell functions' module", () => {
  it(`is one script at ECMAScript ${LANGUAGE_LEVEL}, with no network call`, () => {
    expect(() => acorn.parse(text, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    expect(text).not.toMatch(/HTTP\.fetch|XMLHttpRequest|\bfetch\(|\brequire\(|^\s*import\b/m);
  });

  it("declares YB_<id> and YB_<中文名> for every function of the table, and nothing else", () => {
    const names = FUNCTIONS.flatMap((f) => [`YB_${f.id}`, `YB_${f.zhName}`]);
    expect([...declared].sort()).toEqual([...names].sort());
    for (const f of FUNCTIONS) {
      const params = f.params.map((p) => p.zhName).join(", ");
      expect(text).toContain(`function YB_${f.id}(${params})`);
    }
  });

  it("the call table has a row for every function", () => {
    const called = new Set(FUNCTION_CALLS.map((c) => c.id));
    expect(FUNCTIONS.map((f) => f.id).filter((id) => !called.has(id))).toEqual([]);
  });
});

describe("YB_* answer as YB.* in Excel and in the WPS add-in, on the shared table of calls", () => {
  const excel = excelFunctions();
  it.each(FUNCTION_CALLS.map((c) => [c.shown, c] as const))("%s", (_shown, call) => {
    const spec = FUNCTIONS.find((f) => f.id === call.id)!;
    const inExcel = (
      excel.get(call.id)!(
        ...call.args.map((a) => (Array.isArray(a) ? a : [[a]])),
        {}
      ) as unknown[][]
    ).map((row) => row.map(errorOf));
    const addin = wpsFunction(spec, NONE);
    let inAddin: Answer;
    try {
      inAddin = addin(...call.args.map((a) => (a === null ? undefined : a))).map((r) =>
        r.map(errorOf)
      );
    } catch (e) {
      const err = e as { code: string; message: string };
      inAddin = [[{ error: err.code, message: err.message }]];
    }
    const byId = fromJsa(jsa[`YB_${call.id}`], call.args);
    const byName = fromJsa(jsa[`YB_${spec.zhName}`], call.args);
    expect(byId).toEqual(inExcel);
    expect(byName).toEqual(inExcel);
    expect(inAddin).toEqual(inExcel);
    if (call.pinned !== undefined) expect(byId).toEqual([[call.pinned]]);
  });

  it("the table has errors in it, one-cell and among rows", () => {
    const answers = FUNCTION_CALLS.map((c) => fromJsa(jsa[`YB_${c.id}`], c.args).flat());
    const errors = answers.flat().filter((v) => v && typeof v === "object" && "error" in v);
    expect(errors.length).toBeGreaterThanOrEqual(10);
    expect(answers.some((a) => a.length > 1 && a.some((v) => typeof v === "number"))).toBe(true);
  });
});
