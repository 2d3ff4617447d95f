import { readNumber } from "../core/numbers";
import { clip } from "../core/text";

/** A small argument parser: `command positional --key value --key=value --flag --set k=v`. */
export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Map<string, string[]>;
}

const FLAGS = new Set(["json", "help", "h", "public-notice", "fix", "force"]);

export function parseArgs(argv: string[]): ParsedArgs {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--") || (a.startsWith("-") && a.length === 2 && !/^-\d/.test(a))) {
      const body = a.replace(/^--?/, "");
      const eq = body.indexOf("=");
      const key = eq >= 0 ? body.slice(0, eq) : body;
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (FLAGS.has(key)) value = "true";
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`选项 --${key} 缺少取值`);
      options.set(key, [...(options.get(key) ?? []), value]);
    } else positionals.push(a);
  }
  return { command: positionals.shift(), positionals, options };
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

/** The largest amount or count a --set value can be. */
const MAX_SUPPLIED = 1_000_000_000;

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
    if (r.ok && !r.percent && Math.abs(r.value) <= MAX_SUPPLIED) out[key] = String(r.value);
    else if (numeric || r.ok) {
      const why = !r.ok ? r.reason : r.percent ? "不接受百分数" : `超过 ${MAX_SUPPLIED}`;
      throw new UsageError(`--set ${clip(key)} 的值“${clip(value)}”不是有效的数（${why}）`);
    } else out[key] = value;
  }
  return out;
}
