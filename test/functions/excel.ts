/**
 * Calling the YB.* functions the way Excel does: through the ids registered with
 * CustomFunctions.associate, every argument as a 2-D array (a value is [[v]]), every
 * declared parameter present (null when the user leaves it out), then the invocation.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { metadataOf } from "../../src/functions/metadata";
import { FUNCTIONS } from "../../src/functions/table";

export const ROOT = path.resolve(__dirname, "../..");
export const FUNCTIONS_TS = path.join(ROOT, "src/functions/functions.ts");

/** Excel's error values, as in @types/custom-functions-runtime. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

export class FakeCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

export interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: {
      name: string;
      description?: string;
      optional?: boolean;
      dimensionality?: string;
      type?: string;
    }[];
    result: { dimensionality?: string; type?: string };
  }[];
}

export type Fn = (...args: unknown[]) => unknown;

/** The runtime's CustomFunctions object, recording what is associated. */
export function fakeRuntime(): { CustomFunctions: unknown; registry: Map<string, Fn> } {
  const registry = new Map<string, Fn>();
  const CustomFunctions = {
    associate(id: string, fn: Fn): void {
      if (typeof fn !== "function") throw new Error(`associate(${id}): not a function`);
      if (registry.has(id)) throw new Error(`associate(${id}): already associated`);
      registry.set(id, fn);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode,
  };
  return { CustomFunctions, registry };
}

/** Wraps an argument as Excel passes it: arrays (ranges) as they are, values as [[v]], missing as null. */
function excelArg(v: unknown): unknown {
  if (v === undefined) return null;
  return Array.isArray(v) ? v : [[v]];
}

export class Excel {
  constructor(
    readonly registry: Map<string, Fn>,
    readonly metadata: Metadata
  ) {}

  /** =YB.ID(args...): pads to the declared parameters with null and adds an invocation object. */
  call(id: string, ...args: unknown[]): unknown {
    const fn = this.registry.get(id);
    const meta = this.metadata.functions.find((f) => f.id === id);
    if (!fn || !meta) throw new Error(`YB.${id} is not registered`);
    if (args.length > meta.parameters.length)
      throw new Error(`YB.${id} takes ${meta.parameters.length} arguments`);
    const full = meta.parameters.map((_, i) => excelArg(args[i]));
    return fn(...full, { functionName: `YB.${id}` });
  }

  /** The answer of a call that Excel shows in one cell. */
  async one(id: string, ...args: unknown[]): Promise<unknown> {
    const grid = (await this.call(id, ...args)) as unknown[][];
    expect(Array.isArray(grid) && Array.isArray(grid[0])).toBe(true);
    expect(grid.length).toBe(1);
    expect(grid[0].length).toBe(1);
    return grid[0][0];
  }
}

/**
 * Loads src/functions/functions.ts as Excel's runtime does: with CustomFunctions defined,
 * the module associates every function of the table itself. The metadata is the build's
 * functions.json, made from the same table.
 */
export async function loadFromSource(): Promise<Excel> {
  const { CustomFunctions, registry } = fakeRuntime();
  (globalThis as Record<string, unknown>).CustomFunctions = CustomFunctions;
  const module = require(FUNCTIONS_TS) as typeof import("../../src/functions/functions");
  // A second load in one test file finds the module already evaluated: associate again.
  if (registry.size === 0) module.registerFunctions(CustomFunctions as never);
  return new Excel(registry, metadataOf(FUNCTIONS, "en") as Metadata);
}

/** Runs a built functions bundle (dist/functions.js) in a fresh context with the fake runtime. */
export function loadBuilt(dist: string, globals: Record<string, unknown> = {}): Excel {
  const { CustomFunctions, registry } = fakeRuntime();
  const context = vm.createContext({
    CustomFunctions,
    console,
    setTimeout,
    clearTimeout,
    ...globals,
  });
  vm.runInContext(fs.readFileSync(path.join(dist, "functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  const metadata = JSON.parse(
    fs.readFileSync(path.join(dist, "functions.json"), "utf8")
  ) as Metadata;
  return new Excel(registry, metadata);
}

/** Excel's serial number of a date, computed here independently of the code under test. */
export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A #VALUE! cell whose message contains every given fragment. */
export function expectValueError(cell: unknown, ...fragments: string[]): void {
  expect(cell).toBeInstanceOf(Object);
  const e = cell as { code?: string; message?: string };
  expect(e.code).toBe("#VALUE!");
  for (const f of fragments) expect(e.message).toContain(f);
}
