/**
 * The CLI's option readers and its one way of writing a file, shared by every command:
 * dates, counts and years read strictly (core/numbers, core/dates), echoed input cut short,
 * and output that never replaces the input it was made from.
 */
import { promises as fs, Stats } from "fs";
import { basename, dirname, join, resolve } from "path";
import type { Day } from "../core/dates";
import { typedDate } from "../core/dateText";
import { CountRange, readCount } from "../core/numbers";
import { RosterError } from "../core/claim/rosterFind";
import { WAIT_CHOICES } from "../core/policy/openValues";
import { listPolicies } from "../core/policy/registry";
import { RuleError } from "../core/rules/errors";
import { clip } from "../core/text";
import { UsageError } from "./args";

/**
 * How the CLI supplies a value a notice leaves open: the core's message says it in words,
 * the CLI's text adds its option, with the key (OPEN_VALUE carries it).
 */
export function withSetHint(message: string, supplyKey: string | undefined): string {
  if (supplyKey === undefined) return message;
  // An exception's waiting period is one of the named rules (openValues.ts), given by its value.
  const values = supplyKey.startsWith("exception.")
    ? `（值为 ${WAIT_CHOICES.map((c) => c.value).join("、")} 之一）`
    : "";
  return `${message}命令行用 --set ${supplyKey}=值 提供${values}。`;
}

/**
 * The CLI's own words after a core error: the option that supplies what the core names in
 * words (a value left open, an event date, a column, a policy id).
 */
export function cliHint(e: unknown, message: string): string {
  if (e instanceof RuleError) {
    if (e.supplyKey !== undefined) return withSetHint(message, e.supplyKey);
    if (e.code === "EVENT_DATE_REQUIRED") return `${message}命令行用 --event-date 日期 提供。`;
    if (e.code === "UNKNOWN_POLICY") {
      const ids = listPolicies()
        .map((p) => p.id)
        .join("、");
      return `${message}命令行用 --policy 编号 指定，编号有：${ids}（yibao policies 列出名称）。`;
    }
  }
  if (e instanceof RosterError && e.mapExample !== undefined) {
    const { header, field } = e.mapExample;
    return `${message}命令行用 --map 表头=字段 指定，例如 --map ${header}=${field}。`;
  }
  return message;
}

export function dateOption(text: string, what: string): Day {
  return typedDate(text, what, (m) => new UsageError(m));
}

export function optDateOption(text: string | undefined, what: string): Day | undefined {
  return text === undefined ? undefined : dateOption(text, what);
}

/** A whole number from range.min (default 0) to range.max, as the clerk typed it. */
export function countOption(
  text: string | undefined,
  what: string,
  range: CountRange
): number | undefined {
  if (text === undefined) return undefined;
  const r = readCount(text, range);
  if (!r.ok) {
    const min = range.min ?? 0;
    throw new UsageError(
      `${what}应为不小于${min}的整数（至多 ${range.max}），而不是“${clip(text)}”（${r.reason}）`
    );
  }
  return r.value;
}

export function yearOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim()))
    throw new UsageError(`--year 应为四位年份，例如 2025，而不是“${clip(text)}”`);
  return Number(text.trim());
}

export function xlsxOut(path: string, what: string): string {
  if (!/\.xlsx$/i.test(path))
    throw new UsageError(`${what}应为 .xlsx 文件，而不是“${clip(path, 80)}”`);
  return path;
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await fs.stat(path);
  } catch {
    return null;
  }
}

/** Whether the file system under these paths ignores letter case (Windows, macOS by default). */
export function caseInsensitivePlatform(platform: string = process.platform): boolean {
  return platform === "win32" || platform === "darwin";
}

/**
 * Refuses an output that is the input itself: the same path, a hard link or a symbolic link
 * to it (same device and inode), or, on Windows and macOS, a name that differs only in
 * letter case.
 */
export async function refuseSameFile(
  input: string,
  output: string,
  message: string,
  platform: string = process.platform
): Promise<void> {
  const a = resolve(input);
  const b = resolve(output);
  const sameName = caseInsensitivePlatform(platform)
    ? a.toLowerCase() === b.toLowerCase()
    : a === b;
  if (sameName) throw new UsageError(message);
  const [si, so] = await Promise.all([statOrNull(a), statOrNull(b)]);
  if (si && so && si.dev === so.dev && si.ino === so.ino) throw new UsageError(message);
}

export interface WriteOptions {
  /** The input the output must not be (the same file under any name). */
  guard?: { input: string; message: string };
  /** --force: replace a file yibao did not write. */
  force?: boolean;
}

/**
 * Refuses to replace what the user would lose: a read-only file, and, without --force, a
 * file yibao did not write (a filled roster, a workbook saved in Excel or WPS since).
 */
export async function refuseOverwrite(path: string, force: boolean): Promise<void> {
  const existing = await statOrNull(resolve(path));
  if (!existing) return;
  const shown = clip(path, 80);
  if (existing.isDirectory()) throw new UsageError(`无法写入 ${shown}：这是一个文件夹`);
  // Write bits, not access(): an administrator may write anything, yet a read-only file is kept.
  if ((existing.mode & 0o222) === 0)
    throw new UsageError(`${shown} 是只读文件，不会替换它。请另选输出文件名，或先取消其只读属性`);
  // Loaded here: `yibao --help` need not load the workbook reader.
  const { writtenByYibao } = await import("../io/files");
  if (!force && !(await writtenByYibao(path)))
    throw new UsageError(
      `${shown} 已存在，且不是本程序生成的文件（可能是填好的表格）。请另选输出文件名；确要替换它，加 --force`
    );
}

/**
 * Writes a file through a temporary file in the same folder, renamed into place once
 * complete: a failed write never leaves half a workbook, and the rename replaces the name,
 * never the contents of a file another name (a hard link) still points to. `bytes` is the
 * file's content, or a function that writes it into the file it is given. An existing file
 * is replaced only as refuseOverwrite allows.
 */
export async function writeOutput(
  path: string,
  bytes: Uint8Array | ((file: string) => Promise<void>),
  options: WriteOptions = {}
): Promise<void> {
  const { guard, force = false } = options;
  if (guard) await refuseSameFile(guard.input, path, guard.message);
  await refuseOverwrite(path, force);
  const target = resolve(path);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  );
  try {
    await fs.mkdir(dirname(target), { recursive: true });
    // A writer given as a function streams into the temporary file itself (new, as with "wx").
    if (typeof bytes === "function") await bytes(temp);
    else await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM"
        ? "没有写入权限，或文件正被 Excel/WPS 打开（请先关闭）"
        : code === "ENOSPC"
          ? "磁盘空间不足"
          : code === "EISDIR"
            ? "这是一个文件夹"
            : code === "ENOENT" || code === "ENOTDIR"
              ? "文件夹不存在或无法创建"
              : "无法写入";
    throw new UsageError(`无法写入 ${clip(path, 80)}：${why}`, { detail: (e as Error).message });
  }
}
