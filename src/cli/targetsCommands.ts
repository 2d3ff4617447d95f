/**
 * `yibao targets` (检查任务分解表) and `yibao template targets` (空白任务分解表模板).
 * Exit codes: 0 clean or warnings only, 1 when the check finds an error, 2 for bad input.
 */
import { promises as fs } from "fs";
import { getPolicy } from "../core/policy/registry";
import type { SheetData } from "../core/sheet/address";
import { checkTargets, locateTable, percentText } from "../core/targets/check";
import { reportJson } from "../core/targets/json";
import { targetTemplate, TARGET_TEMPLATE } from "../core/targets/template";
import type { TargetReport } from "../core/targets/types";
import { annotatedWorkbook, copyNameProblem } from "../io/annotateWorkbook";
import { readWorkbookFile, pickSheet } from "../io/files";
import { isCsvName } from "../io/workbook";
import { nodeDeflate } from "../io/xlsxFile";
import { writeXlsx } from "../io/xlsxWriter";
import { maskIdsIn } from "../core/idNumber";
import { flag, opt, ParsedArgs, UsageError } from "./args";
import type { Command } from "./command";
import type { Io } from "./io";
import { TARGETS, TARGETS_TEMPLATE } from "./specs";
import {
  countOption,
  dateOption,
  refuseOverwrite,
  refuseSameFile,
  writeOutput,
  xlsxOut,
} from "./options";

/** Targets and template rows: more than any county's units, fewer than a sheet's rows. */
const MAX_ASSIGNED = 100_000_000;
const MAX_TEMPLATE_ROWS = 1_000_000;

/** The sheet named, or the first sheet that has a target table's header, or the first sheet. */
export function chooseSheet(sheets: SheetData[], name?: string): SheetData {
  if (name) return pickSheet(sheets, name);
  return sheets.find((s) => locateTable(s.rows) !== null) ?? pickSheet(sheets);
}

const pct = (x: number | null | undefined): string =>
  x === null || x === undefined ? "—" : percentText(x);

export function reportText(report: TargetReport): string {
  const s = report.summary;
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.length - errors;
  const lines: string[] = [];
  lines.push(`工作表“${report.sheet}”${s.title ? `：${s.title}` : ""}`);
  if (s.headerRow >= 0) {
    lines.push(
      `${s.units} 个单位，各单位之和 ${s.sumOfUnits}` +
        (s.declaredTotal !== null ? `，合计 ${s.declaredTotal}` : "，没有合计") +
        (s.assigned !== null ? `，上级下达 ${s.assigned}` : "") +
        (s.population !== null ? `，户籍人口 ${s.population}` : "") +
        (s.paid !== null ? `，已缴费 ${s.paid}` : "")
    );
  }
  for (const f of report.findings)
    lines.push(`[${f.severity === "error" ? "错误" : "提示"}] ${f.message}`);
  if (s.progress.length > 0) {
    lines.push(s.due ? `进度（截至 ${s.asOf} 应完成 ${pct(s.due.share)}）：` : "进度：");
    for (const p of s.progress) {
      const parts = [
        `  ${p.unit}`,
        `任务 ${p.target}`,
        `已缴费 ${p.paid ?? "—"}`,
        `完成 ${pct(p.rate)}`,
        p.due === null ? "" : p.behind ? `落后，还差 ${p.shortfall} 人` : "达到",
        p.lowIncomeRate === null ? "" : `低收入 ${pct(p.lowIncomeRate)}`,
        p.povertyRate === null ? "" : `脱贫 ${pct(p.povertyRate)}`,
        p.grade === null ? "" : `${p.grade}档`,
        p.workFund === null ? "" : `工作经费 ${p.workFund} 元`,
      ];
      lines.push(parts.filter(Boolean).join("  "));
    }
    if (s.workFundTotal !== null && s.workFundTotal !== undefined)
      lines.push(`  工作经费合计 ${s.workFundTotal} 元`);
  }
  for (const n of s.notes ?? []) lines.push(`说明：${n}`);
  lines.push(
    report.ok
      ? `结论：通过（${warnings} 个提示）`
      : `结论：未通过（${errors} 个错误，${warnings} 个提示）`
  );
  return maskIdsIn(lines.join("\n"));
}

export const targetsCommand: Command = {
  ...TARGETS,
  async run(args: ParsedArgs, io: Io) {
    if (args.positionals.length !== 1) throw new UsageError(`用法：${targetsCommand.usage}`);
    const file = args.positionals[0];
    const assigned = countOption(opt(args, "assigned"), "上级下达的任务数（--assigned）", {
      max: MAX_ASSIGNED,
    });
    const asOfText = opt(args, "as-of");
    const asOf = asOfText === undefined ? undefined : dateOption(asOfText, "检查日期（--as-of）");
    const policyId = opt(args, "policy");
    const policy = policyId === undefined ? undefined : getPolicy(policyId);
    const out = opt(args, "out");
    const sameFile = {
      input: file,
      message:
        "标注副本（--out）不能与被检查的文件同名，也不能是链接到它的文件：原文件不会被改动，请另起文件名",
    };
    if (out !== undefined) {
      const problem = copyNameProblem(file, out);
      if (problem) throw new UsageError(problem);
      await refuseSameFile(sameFile.input, out, sameFile.message);
      await refuseOverwrite(out, flag(args, "force"));
    }
    const sheets = await readWorkbookFile(file);
    const sheet = chooseSheet(sheets, opt(args, "sheet"));
    const source = isCsvName(file) ? "csv" : "xlsx";
    const report = checkTargets(sheet, {
      assigned,
      asOf,
      policy,
      source,
      otherSheets: sheets.filter((s) => s !== sheet),
    });
    if (out !== undefined) {
      const bytes = new Uint8Array(await fs.readFile(file));
      await writeOutput(
        out,
        await annotatedWorkbook({
          bytes,
          fileName: file,
          sheet,
          report,
          writeSheets: (specs) => writeXlsx(specs, nodeDeflate),
        }),
        { guard: sameFile, force: flag(args, "force") }
      );
    }
    if (flag(args, "json")) io.out(JSON.stringify(reportJson(report), null, 2));
    else io.out(reportText(report) + (out !== undefined ? `\n已另存标注副本：${out}` : ""));
    return report.ok ? 0 : 1;
  },
};

export const templateCommand: Command = {
  ...TARGETS_TEMPLATE,
  async run(args: ParsedArgs, io: Io) {
    const kind = args.positionals[0];
    if (args.positionals.length !== 1 || kind !== "targets") {
      throw new UsageError(
        `用法：${templateCommand.usage}（目前可生成的模板：targets 参保任务分解表）`
      );
    }
    const out = opt(args, "out");
    if (!out) throw new UsageError("缺少 --out（模板要写到的 .xlsx 文件）");
    xlsxOut(out, "模板文件（--out）");
    const rows = countOption(opt(args, "rows"), "行数（--rows）", { max: MAX_TEMPLATE_ROWS });
    const spec = targetTemplate({ title: opt(args, "title"), rows });
    await writeOutput(out, await writeXlsx([spec]), { force: flag(args, "force") });
    const n = rows ?? TARGET_TEMPLATE.rows;
    const json = { file: out, sheet: spec.name, rows: n };
    io.out(
      flag(args, "json")
        ? JSON.stringify(json, null, 2)
        : `已生成参保任务分解表模板：${out}（${n} 行，合计和比率为公式）`
    );
    return 0;
  },
};
