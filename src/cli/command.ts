/**
 * What a subcommand is, apart from the table of them (commands.ts), so the files that define
 * subcommands need not import the table that imports them.
 */
import type { ParsedArgs } from "./args";
import type { Io } from "./io";

export interface Command {
  usage: string;
  summary: string;
  options: string[];
  run(args: ParsedArgs, io: Io): Promise<number>;
}
