/**
 * What a YB.* function declaration is (table.ts holds them all), and how one becomes the
 * function Excel calls. A parameter's kind decides how its cell is read and what a bad
 * value's message says; the declaration's compute gets the values already read, row by
 * row, and only calls the core.
 *
 * Values are read when compute first touches them, in the order it touches them, so the
 * first problem a row reports is the one the core's own order of checks would meet.
 */
import type { Day } from "../core/dates";
import type { PolicyModel } from "../core/policy/model";
import { isRuleError, RuleError } from "../core/rules/errors";
import { getSettings, whenReady, WorkbookSettings } from "../office/settings";
import type { StoredPolicyTable } from "../core/policy/policyTable/stored";
import * as arg from "./cells";

/** What an argument is: it decides the reader (cells.ts) and whether 0 counts as a value. */
export type Kind = "tier" | "category" | "date" | "year" | "policy" | "count" | "rate" | "id";

/** What a function answers (the metadata declares every result as any: cells may hold errors or ""). */
export type ResultKind = "number" | "date" | "text" | "boolean";

interface Values {
  tier: string;
  category: string;
  date: Day;
  year: number;
  policy: PolicyModel;
  count: number;
  rate: number;
  /** The cell as given: the ID checks read it themselves and say what is wrong with it. */
  id: arg.Cell;
}

export interface Param<
  N extends string = string,
  K extends Kind = Kind,
  O extends boolean = boolean,
> {
  /** The parameter's name in functions.json, and the key compute reads it by. */
  readonly name: N;
  readonly kind: K;
  /** Optional parameters come last; Excel passes a missing one as null. */
  readonly optional: O;
  readonly en: string;
  /** Chinese name and help, shown by Chinese Excel. */
  readonly zhName: string;
  readonly zh: string;
  /** How a message names the argument, where that is not its Chinese name. */
  readonly label?: string;
  /** The largest value of a count. */
  readonly max?: number;
}

/** A parameter; `optional` defaults to false. */
export function param<
  const N extends string,
  const K extends Kind,
  const O extends boolean = false,
>(p: Omit<Param<N, K, O>, "optional"> & { optional?: O }): Param<N, K, O> {
  return { ...p, optional: (p.optional ?? false) as O };
}

/** A policy argument always gives a model: the workbook's when the cell is blank. */
type ValueOf<P extends Param> = P["kind"] extends "policy"
  ? PolicyModel
  : P["optional"] extends true
    ? Values[P["kind"]] | undefined
    : Values[P["kind"]];

export type Args<Ps extends readonly Param[]> = {
  readonly [P in Ps[number] as P["name"]]: ValueOf<P>;
};

export interface FunctionSpec<Ps extends readonly Param[] = readonly Param[]> {
  /** ASCII, and for good: workbooks save formulas by id (=YB.PREMIUM); also the English name. */
  readonly id: string;
  readonly en: string;
  readonly zhName: string;
  readonly zh: string;
  readonly params: Ps;
  readonly result: ResultKind;
  /** One row's answer from its values; a thrown RuleError becomes that cell's #VALUE!. */
  compute(args: Args<Ps>, settings: WorkbookSettings): arg.Cell;
}

/** A declaration, checked against its own parameters by the compiler. */
export function define<const Ps extends readonly Param[]>(spec: FunctionSpec<Ps>): FunctionSpec {
  return spec as unknown as FunctionSpec;
}

/** Counts and rates: 0 is a value there, not an empty cell (see cells.isEmptyCell). */
const ZERO_IS_VALUE: ReadonlySet<Kind> = new Set<Kind>(["count", "rate"]);

function read(
  p: Param,
  v: arg.Cell,
  settings: WorkbookSettings,
  models: Map<string, PolicyModel>
): unknown {
  const label = p.label ?? p.zhName;
  switch (p.kind) {
    case "tier":
    case "category":
      return arg.text(v, label);
    case "date":
      return p.optional ? arg.optDate(v, label) : arg.date(v, label);
    case "year":
      return arg.optYear(v);
    case "policy":
      return arg.policyOf(v, settings.policy, models);
    case "count":
      return p.optional ? arg.optCount(v, label, p.max) : arg.count(v, label, p.max);
    case "rate":
      return arg.share(v, label);
    case "id":
      return v;
  }
}

/**
 * The core names a missing event date in words; a function adds which of its arguments
 * takes it, as the CLI adds its option.
 */
function withArgumentHint(e: unknown, params: readonly Param[]): unknown {
  if (!isRuleError(e) || e.code !== "EVENT_DATE_REQUIRED") return e;
  const i = params.findIndex((p) => p.name === "eventDate");
  if (i < 0) return e;
  return new RuleError(e.code, `${e.message}请在函数的第${i + 1}个参数“${params[i].zhName}”填写。`);
}

const NO_SETTINGS: WorkbookSettings = Object.freeze({ policy: null, supplied: Object.freeze({}) });

export type ExcelFunction = (...args: unknown[]) => arg.Cell[][];

/**
 * The function to associate with the spec's id. Excel passes every argument as a 2-D
 * array and appends an invocation object, which is dropped. A function with a policy
 * argument waits for the workbook's settings (a Promise only before Office is ready); a host
 * whose functions must answer at once (WPS) gives its own synchronous `settings` instead.
 * `useTable` makes a clerk's 政策表 kept in the settings the policy in use (userPolicy's
 * useStoredPolicyTable); it is passed in rather than imported so that the JS macro build,
 * whose settings never hold a table, carries no schema library.
 */
export function callable(
  spec: FunctionSpec,
  settings?: () => WorkbookSettings,
  useTable?: (stored: StoredPolicyTable | null) => unknown
): ExcelFunction {
  const { params } = spec;
  const required = params.filter((p) => !p.optional).length;
  const zeroIsValue = params.some((p) => !p.optional && ZERO_IS_VALUE.has(p.kind));
  const needsSettings = params.some((p) => p.kind === "policy");
  return (...given) => {
    const args = params.map((_, i) => given[i]);
    const run = (settings: WorkbookSettings): arg.Cell[][] => {
      // The clerk's 政策表 kept with the workbook: its region and year use it (checked once per table).
      if (useTable && settings.policyTable !== undefined) useTable(settings.policyTable);
      const models = new Map<string, PolicyModel>();
      let row: arg.Cell[] = [];
      const values = {} as Record<string, unknown>;
      params.forEach((p, i) =>
        Object.defineProperty(values, p.name, { get: () => read(p, row[i], settings, models) })
      );
      const compute = (r: arg.Cell[]): arg.Cell => {
        row = r;
        try {
          return spec.compute(values as never, settings);
        } catch (e) {
          throw withArgumentHint(e, params);
        }
      };
      return arg.mapRows(args, required, compute, { zeroIsValue });
    };
    if (!needsSettings) return run(NO_SETTINGS);
    if (settings) return run(settings());
    // Before Office.onReady this is a Promise, which the custom functions runtime accepts too.
    return whenReady(() => run(getSettings())) as arg.Cell[][];
  };
}
