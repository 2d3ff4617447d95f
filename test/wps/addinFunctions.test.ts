/**
 * The WPS add-in's YB.* functions (src/wps/addin/functions.ts) against the Excel functions
 * (src/functions) on one fixed table of calls (functionCalls.ts), errors included.
 */
import { excelFunctions } from "../../src/functions/functions";
import { FUNCTIONS } from "../../src/functions/table";
import { registerWpsFunctions, WpsCellError, WpsFunction } from "../../src/wps/addin/functions";
import { FUNCTION_CALLS } from "./functionCalls";

interface ErrorValue {
  error: string;
  message: string;
}
type Answer = unknown[][];

const NONE = () => ({ policy: null, supplied: {} });

/** The WPS functions as the add-in registers them with wps.AddCustomFunction. */
function wpsRegistry(): Map<string, WpsFunction> {
  const registry = new Map<string, WpsFunction>();
  const n = registerWpsFunctions(
    {
      AddCustomFunction(namespace, name, fn) {
        expect(namespace).toBe("YB");
        registry.set(name, fn);
      },
    },
    FUNCTIONS,
    NONE
  );
  expect(n).toBe(FUNCTIONS.length);
  return registry;
}

/** Excel's answer with its error cells as { error, message }. */
function fromExcel(grid: unknown): Answer {
  return (grid as unknown[][]).map((row) =>
    row.map((c) =>
      c && typeof c === "object" && "code" in c
        ? {
            error: (c as unknown as ErrorValue & { code: string }).code,
            message: (c as unknown as ErrorValue).message,
          }
        : c
    )
  );
}

/** WPS gets a single cell as a scalar and a left-out argument as undefined. */
function asWpsArgs(args: unknown[]): unknown[] {
  return args.map((a) => (a === null ? undefined : a));
}

function fromWps(fn: WpsFunction, args: unknown[]): Answer {
  try {
    return fn(...asWpsArgs(args)).map((row) =>
      row.map((c) => {
        const m = typeof c === "string" ? /^(#VALUE!|#N\/A)：([\s\S]*)$/.exec(c) : null;
        return m ? ({ error: m[1], message: m[2] } as ErrorValue) : c;
      })
    );
  } catch (e) {
    if (!(e instanceof WpsCellError)) throw e;
    return [[{ error: e.code, message: e.message }]];
  }
}

describe("YB.* in WPS answer as in Excel, on the shared table of calls", () => {
  const excel = excelFunctions();
  const wps = wpsRegistry();

  it("registers every function of the table, by its id, under YB", () => {
    expect([...wps.keys()].sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
  });

  it.each(FUNCTION_CALLS.map((c) => [c.shown, c] as const))("%s", (_shown, call) => {
    const inExcel = fromExcel(
      excel.get(call.id)!(...call.args.map((a) => (Array.isArray(a) ? a : [[a]])), {})
    );
    const inWps = fromWps(wps.get(call.id)!, call.args);
    expect(inWps).toEqual(inExcel);
    if (call.pinned !== undefined) expect(inWps).toEqual([[call.pinned]]);
  });

  it("the table has errors in it: a one-cell error is thrown, one among rows is text with its message", () => {
    const premium = wps.get("PREMIUM")!;
    expect(() => premium("三档", "普通居民", 45717, undefined, "cq-tongnan-2025")).toThrow(
      WpsCellError
    );
    const rows = premium(
      [["一档"], ["一档"]],
      "普通居民",
      [[45717], ["坏日期"]],
      undefined,
      "cq-tongnan-2025"
    );
    expect(typeof rows[0][0]).toBe("number");
    expect(rows[1][0]).toMatch(/^#VALUE!：.*缴费日期/);
  });

  it("a WPS without add-in functions (before 12.1.0.20540) registers nothing and does not fail", () => {
    expect(registerWpsFunctions({}, FUNCTIONS, NONE)).toBe(0);
  });

  it("the policy chosen in the pane is what a function without a policy argument uses", () => {
    const registry = new Map<string, WpsFunction>();
    registerWpsFunctions(
      { AddCustomFunction: (_ns, name, fn) => registry.set(name, fn) },
      FUNCTIONS,
      () => ({ policy: "cq-pengshui-2025", supplied: {} })
    );
    expect(registry.get("PREMIUM")!("二档", "计生优抚（奖扶）对象", 45611)).toEqual([[455]]);
  });
});
