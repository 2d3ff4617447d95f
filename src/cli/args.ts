import { parseArgs as parseWithNode } from "node:util";
import { readNumber } from "../core/numbers";
import { MAX_SUPPLIED_AMOUNT, SUPPLIED_LIMIT_REASON } from "../core/policy/model";
import { clip } from "../core/text";
import type { OptionTable } from "./specs";

/**
 * A command's arguments as it reads them: its other arguments, and each option's values in
 * the order given (a flag as "true"; the last value counts unless the option is repeatable).
 */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
}

type NodeOptions = NonNullable<Parameters<typeof parseWithNode>[0]>["options"];

function nodeOptions(table: OptionTable): NodeOptions {
  const out: NodeOptions = {};
  for (const [name, def] of Object.entries(table))
    out[name] = {
      type: def.value !== undefined ? "string" : "boolean",
      ...(def.multiple ? { multiple: true } : {}),
      ...(def.short !== undefined ? { short: def.short } : {}),
    };
  return out;
}

type Token = NonNullable<ReturnType<typeof parseWithNode>["tokens"]>[number];

/** The tokens of argv read leniently: unknown options pass, so a fault can be named. */
function lenientTokens(argv: string[], table: OptionTable): Token[] {
  return (
    parseWithNode({
      args: argv,
      options: nodeOptions(table),
      strict: false,
      allowPositionals: true,
      tokens: true,
    }).tokens ?? []
  );
}

/**
 * Which command argv names (its first argument that is neither an option nor an option's
 * value, read with every command's options), where it stands, and whether help was asked.
 */
export function findCommand(
  argv: string[],
  everyOption: OptionTable
): { command: string | undefined; index: number; help: boolean } {
  const tokens = lenientTokens(argv, everyOption);
  const first = tokens.find((t) => t.kind === "positional");
  return {
    command: first?.kind === "positional" ? first.value : undefined,
    index: first?.index ?? -1,
    help: tokens.some((t) => t.kind === "option" && t.name === "help"),
  };
}

/** The argument that util.parseArgs refused, said in Chinese. */
function refusal(e: unknown, argv: string[], table: OptionTable, command: string, usage: string) {
  const code = (e as { code?: unknown } | null)?.code;
  const detail = e instanceof Error ? e.message : String(e);
  for (const t of lenientTokens(argv, table)) {
    if (t.kind !== "option") continue;
    const shown = clip(t.rawName);
    const def = Object.prototype.hasOwnProperty.call(table, t.name) ? table[t.name] : undefined;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && !def)
      return new UsageError(`命令 ${command} 没有 ${shown} 选项。用法：${usage}`, { detail });
    if (code !== "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" || !def) continue;
    if (def.value === undefined && t.inlineValue)
      return new UsageError(`选项 ${shown} 不带取值，直接写 ${shown}`, { detail });
    // Nothing after it, or another option (`--date --json`): its value was left out.
    if (def.value !== undefined && (t.value === undefined || /^--?[A-Za-z]/.test(t.value)))
      return new UsageError(`选项 ${shown} 缺少取值（${def.value}：${def.help}）`, { detail });
    if (def.value !== undefined && !t.inlineValue && /^-./.test(t.value ?? ""))
      return new UsageError(
        `选项 ${shown} 缺少取值；取值以“-”开头时请写成 ${shown}=${clip(t.value ?? "")}`,
        { detail }
      );
  }
  return new UsageError(`命令行有误。用法：${usage}`, { detail });
}

/**
 * Reads a command's arguments (argv without the command's own name) against its option
 * table with Node's util.parseArgs in strict mode: an option the command does not take, or
 * one without its value, is refused with the Chinese message of `refusal`, which names the
 * command (`template roster`) and shows its usage.
 */
export function parseCommandArgs(
  argv: string[],
  table: OptionTable,
  command: { name: string; usage: string }
): ParsedArgs {
  let tokens: Token[];
  try {
    tokens =
      parseWithNode({
        args: argv,
        options: nodeOptions(table),
        strict: true,
        allowPositionals: true,
        tokens: true,
      }).tokens ?? [];
  } catch (e) {
    throw refusal(e, argv, table, command.name, command.usage);
  }
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === "positional") positionals.push(t.value);
    else if (t.kind === "option")
      options.set(t.name, [...(options.get(t.name) ?? []), t.value ?? "true"]);
  }
  return { positionals, options };
}

/** Bad input to the CLI: a Chinese message; a library's own text, if any, only in `detail` (--json). */
export class UsageError extends Error {
  readonly detail?: string;
  constructor(message: string, options: { detail?: string } = {}) {
    super(message);
    this.name = "UsageError";
    if (options.detail !== undefined) this.detail = options.detail;
  }
}

export function opt(args: ParsedArgs, key: string): string | undefined {
  const v = args.options.get(key);
  return v ? v[v.length - 1] : undefined;
}

export function required(args: ParsedArgs, key: string, what: string): string {
  const v = opt(args, key);
  if (v === undefined || v === "") throw new UsageError(`缺少 --${key}（${what}）`);
  return v;
}

export function flag(args: ParsedArgs, key: string): boolean {
  return opt(args, key) === "true";
}

/**
 * `--set key=value` pairs: values the user supplies for what a notice leaves open. A value
 * that starts like a number must be a plain one (700, 700.5, ７００; not 0x2BC, 1e400 or
 * Infinity) and is passed on in plain decimal form; other values (choices such as fromEvent)
 * pass as written.
 */
export function supplied(args: ParsedArgs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of args.options.get("set") ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw new UsageError(
        `--set 的格式应为 键=值，例如 --set fiscalSubsidy=700，而不是“${clip(pair)}”`
      );
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const r = readNumber(value);
    const numeric = /^[+\-.\d０-９＋－．]|^(infinity|inf|nan|∞)$/i.test(value);
    if (r.ok && !r.percent && Math.abs(r.value) <= MAX_SUPPLIED_AMOUNT) out[key] = String(r.value);
    else if (numeric || r.ok) {
      const why = !r.ok ? r.reason : r.percent ? "不接受百分数" : `超过 ${MAX_SUPPLIED_AMOUNT}`;
      const limit = r.ok && !r.percent ? SUPPLIED_LIMIT_REASON : "";
      throw new UsageError(
        `--set ${clip(key)} 的值“${clip(value)}”不是有效的数（${why}）。${limit}`
      );
    } else out[key] = value;
  }
  return out;
}
