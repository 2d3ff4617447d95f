/** A small argument parser: `command positional --key value --key=value --flag --set k=v`. */
export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Map<string, string[]>;
}

const FLAGS = new Set(["json", "help", "h", "public-notice", "fix"]);

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

export class UsageError extends Error {}

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

/** `--set key=value` pairs: values the user supplies for what a notice leaves open. */
export function supplied(args: ParsedArgs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of args.options.get("set") ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw new UsageError(`--set 的格式应为 键=值，例如 --set fiscalSubsidy=700，而不是“${pair}”`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}
