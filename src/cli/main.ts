/**
 * `yibao`: the automation interface. JSON on stdout with --json; bad input gets a Chinese
 * message on stderr and exit code 2; a check that finds errors exits 1.
 */
import { maskIdsIn } from "../core/idNumber";
import { clip } from "../core/text";
import { findCommand, opt, parseCommandArgs, ParsedArgs } from "./args";
import { cliHint } from "./options";
import { COMMANDS } from "./commands";
import { COMMON_OPTIONS, CommandSpec, optionHelp, OptionTable } from "./specs";
import type { Io } from "./io";

export type { Io } from "./io";

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
};

function help(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    "yibao：居民医保参保缴费助手（命令行）",
    "",
    "用法：",
    ...lines,
    "",
    "日期可写作 2025-03-01、2025/3/1、2025.3.1 或 2025年3月1日。",
    "通知未定的数值用 --set 键=值 提供，例如 --set fiscalSubsidy=700。",
    "每个命令都可加 --policy-file 政策表.xlsx，按自己填写的政策表计算（政策表用 yibao policy 编号 --out 政策表.xlsx 导出）。",
    "加 --json 输出 JSON。",
    "--out 只替换本程序生成的文件；要替换别的文件（如填好的表格），加 --force。",
  ].join("\n");
}

/**
 * Every line the CLI prints, text or --json, passes through the one mask (core/idNumber's
 * maskIdsIn): an ID that lands in a column, a message or an echoed argument where no one
 * expected it still shows only its last 4 characters.
 */
function masked(io: Io, command: string | undefined): Io {
  // `yibao id` answers with the number the user typed, in its 18-digit form: its purpose.
  const out = command === "id" ? io.out : (t: string) => io.out(maskIdsIn(t));
  // stderr carries messages, which echo what was typed, and no computed fraction.
  return { out, err: (t) => io.err(maskIdsIn(t, false)) };
}

/** One command's help: what it does, its usage, and its options from its table. */
export function commandHelp(c: CommandSpec): string {
  const usages = Object.values(c.kinds ?? {}).map((k) => k.usage);
  return [
    c.summary,
    "",
    "用法：",
    ...(usages.length > 0 ? usages : [c.usage]).map((u) => `  ${u}`),
    "",
    "选项：",
    ...optionHelp({ ...c.options, ...COMMON_OPTIONS }),
  ].join("\n");
}

/** Every option of every command, to find the command among the arguments (args.findCommand). */
const EVERY_OPTION: OptionTable = Object.assign(
  {},
  ...Object.values(COMMANDS).map((c) => c.options),
  COMMON_OPTIONS
);

const own = <T>(table: Record<string, T> | undefined, key: string | undefined): T | undefined =>
  table !== undefined && key !== undefined && Object.prototype.hasOwnProperty.call(table, key)
    ? table[key]
    : undefined;

export async function main(argv: string[], rawIo: Io = processIo): Promise<number> {
  const found = findCommand(argv, EVERY_OPTION);
  const io = masked(rawIo, found.command);
  try {
    const name = found.command;
    const command = own(COMMANDS, name);
    if (name === undefined || name === "help" || (!command && found.help)) {
      io.out(help());
      // Asked for (help, --help, -h): success. No command at all: a usage error.
      return name !== undefined || found.help ? 0 : 2;
    }
    if (!command) {
      io.err(`错误：没有“${clip(name)}”这个命令。\n\n${help()}`);
      return 2;
    }
    const rest = argv.filter((_, i) => i !== found.index);
    // `yibao template roster`: the kind, its first argument, has its own options and help.
    const kindName = command.kinds ? findCommand(rest, command.options).command : undefined;
    const kind = own(command.kinds, kindName);
    const spec: CommandSpec = kind ?? command;
    // `yibao claim --help`: that command's own usage, not the whole list.
    if (found.help) {
      io.out(commandHelp(spec));
      return 0;
    }
    const args = parseCommandArgs(
      rest,
      { ...spec.options, ...COMMON_OPTIONS },
      { name: kind ? `${name} ${kindName}` : name, usage: spec.usage }
    );
    args.options.delete("help");
    await usePolicyFile(args, spec.options);
    return await command.run(args, io);
  } catch (e) {
    const { message, detail } = describeError(e);
    io.err(`错误：${cliHint(e, message)}`);
    if (argv.includes("--json")) io.err(JSON.stringify({ error: message, detail: detail ?? null }));
    return 2;
  }
}

/**
 * --policy-file 政策表.xlsx, on every command: the clerk's table, checked whole, becomes the
 * policy of its region and year; a command that takes --policy uses it when none is named.
 */
async function usePolicyFile(args: ParsedArgs, options: OptionTable): Promise<void> {
  const file = opt(args, "policy-file");
  args.options.delete("policy-file");
  if (file === undefined) return;
  const [{ readWorkbookFile }, { loadPolicyTable }] = await Promise.all([
    import("../io/files"),
    import("../core/policy/userPolicy"),
  ]);
  const model = loadPolicyTable(await readWorkbookFile(file));
  if (own(options, "policy") && !args.options.has("policy")) args.options.set("policy", [model.id]);
}

/** The longest message the CLI prints: a message that echoes input is cut here at the latest. */
const MAX_MESSAGE = 600;

const HAS_CJK = /[\u3400-\u9fff]/;

/**
 * An error as the clerk reads it: Chinese only, ID numbers masked, at most MAX_MESSAGE
 * characters. A library's English text goes to `detail`, which only --json shows.
 */
export function describeError(e: unknown): { message: string; detail?: string } {
  const text = e instanceof Error ? e.message : String(e);
  const own = (e as { detail?: unknown } | null)?.detail;
  const detail = typeof own === "string" ? maskIdsIn(clip(own, MAX_MESSAGE)) : undefined;
  if (HAS_CJK.test(text)) return { message: maskIdsIn(clip(text, MAX_MESSAGE)), detail };
  const tooBig =
    e instanceof RangeError ||
    /allocation failed|Invalid string length|Invalid array length|heap/i.test(text);
  return {
    message: tooBig
      ? "数据过大，超出本程序能处理的范围。请把文件拆分成几个较小的文件后分别处理"
      : "处理时发生内部错误，未能完成。请检查输入文件；如仍出错，请把 --json 输出的详情告知维护人员",
    detail: maskIdsIn(clip(text, MAX_MESSAGE)),
  };
}
