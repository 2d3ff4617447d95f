/**
 * `yibao`: the automation interface. JSON on stdout with --json; bad input gets a Chinese
 * message on stderr and exit code 2; a check that finds errors exits 1.
 */
import { parseArgs, UsageError } from "./args";
import { COMMANDS } from "./commands";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

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
    "加 --json 输出 JSON。",
  ].join("\n");
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (
      !args.command ||
      args.command === "help" ||
      args.options.has("help") ||
      args.options.has("h")
    ) {
      io.out(help());
      // Asked for (help, --help, -h): success. No command at all: a usage error.
      const asked = args.command === "help" || args.options.has("help") || args.options.has("h");
      return asked || args.command ? 0 : 2;
    }
    const command = COMMANDS[args.command];
    if (!command) {
      io.err(`错误：没有“${args.command}”这个命令。\n\n${help()}`);
      return 2;
    }
    for (const key of args.options.keys()) {
      if (!command.options.includes(key)) {
        throw new UsageError(`命令 ${args.command} 没有 --${key} 选项。用法：${command.usage}`);
      }
    }
    return await command.run(args, io);
  } catch (e) {
    io.err(`错误：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
