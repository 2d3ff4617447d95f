/**
 * What a subcommand is, apart from the table of them (commands.ts), so the files that define
 * subcommands need not import the table that imports them.
 */
import type { ParsedArgs } from "./args";
import type { Io } from "./io";
import type { OptionTable } from "./specs";

export interface Command {
  usage: string;
  summary: string;
  /** The options it takes: what the parser accepts and --help lists. */
  options: OptionTable;
  /** Kinds named by its first argument (`yibao template roster`), each with its own options. */
  kinds?: Record<string, Omit<Command, "run" | "kinds">>;
  run(args: ParsedArgs, io: Io): Promise<number>;
}
