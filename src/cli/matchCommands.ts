/**
 * `yibao match` (参保比对：谁还没缴): identity lists and the household list against the paid
 * list from the tax system. Prints the equations that account for every row and the village
 * figures; --out writes the match workbook with the 进度记录 sheet and its chart; --history
 * takes the 进度记录 of the last report's workbook, so each report adds its date.
 *
 * Exit codes: 0 when every row was matched or accounted for without a problem, 1 when some
 * rows were rejected (the workbook is still written), 2 for bad input.
 */
import { resolve } from "path";
import { writeOutput } from "./options";
import { Day, dayFromParts, fromJsDate, parseDate, toIso } from "../core/dates";
import { balanceText } from "../core/match/match";
import { MatchInputError } from "../core/match/paidList";
import { runMatch, type MatchRun } from "../core/match/run";
import { gradedRates } from "../core/match/villages";
import { getPolicy } from "../core/policy/registry";
import { PROGRESS_SHEET, progressReport, type ProgressCell } from "../core/progress/history";
import type { SheetData } from "../core/sheet/address";
import { readWorkbookFile, pickSheet } from "../io/files";
import { addLineCharts } from "../io/xlsxChart";
import { writeXlsx } from "../io/xlsxWriter";
import { flag, opt, ParsedArgs, required, supplied, UsageError } from "./args";
import type { Command } from "./command";
import type { Io } from "./io";
import { MATCH } from "./specs";

const pct = (x: number | null): string =>
  x === null ? "—" : `${(Math.round(x * 1000) / 10).toFixed(1)}%`;

export function matchText(run: MatchRun): string {
  const r = run.result;
  const out: string[] = [];
  out.push(
    `${r.label}参保比对（截至${run.history.dates.length > 0 ? progressReport(run.history)!.date : ""}）`
  );
  out.push(balanceText(r.counts));
  const paid = r.people.filter((p) => p.status === "paid").length;
  const conflict = r.people.filter((p) => p.status === "conflict").length;
  out.push(
    `名单内 ${r.people.length} 人：已缴 ${paid} 人，未缴 ${r.people.length - paid - conflict} 人，姓名不一致待核实 ${conflict} 人；已缴但不在名单内 ${r.outside.length} 人`
  );
  out.push("");
  out.push("分村统计（名单人数 / 已缴 / 参保率 / 目标 / 还差）：");
  for (const v of run.villages) {
    const [all, low, pov] = v.rows;
    const part = (s: typeof all) =>
      `${s.label} ${s.people}/${s.paid}/${pct(s.rate)}${s.goal !== null ? `/目标${pct(s.goal)}/差${s.gap}` : ""}`;
    out.push(
      `  ${v.village}：${[all, low, pov]
        .filter((s) => s.people > 0 || s === all)
        .map(part)
        .join("；")}`
    );
  }
  if (run.targetIssues.length > 0) {
    out.push("");
    out.push(
      `任务分解表有 ${run.targetIssues.length} 处问题，以下评档和排名按现有表格计算，请改正后重新比对：`
    );
    run.targetIssues.forEach((t, i) => out.push(`  ${i + 1}. ${t}`));
  }
  if (run.targets) {
    out.push("");
    out.push("评档与工作经费（按比对结果）：");
    for (const u of run.targets.summary.progress) {
      const g = gradedRates(run.villages, u.unit, u);
      out.push(
        `  ${u.unit}：任务${u.target}，已缴${u.paid}，完成${pct(u.rate)}，低收入人口${pct(g.lowIncome)}，脱贫人口${pct(g.poverty)}` +
          (u.grade ? `，${u.grade}档` : "") +
          (u.workFund !== null ? `，工作经费${u.workFund}元` : "")
      );
    }
  }
  const rep = progressReport(run.history);
  if (rep) {
    out.push("");
    out.push(
      `进度排名（${rep.date}${rep.previous ? `，较${rep.previous}` : ""}${rep.due !== null ? `，应完成${pct(rep.due)}` : ""}）：`
    );
    for (const x of rep.ranking)
      out.push(
        `  ${x.rank}. ${x.village} ${pct(x.rate)}（${x.paid}/${x.target}）` +
          (x.change !== null ? ` 较上次${x.change >= 0 ? "+" : ""}${x.change}人` : "") +
          (x.behind ? " 落后" : "")
      );
    if (rep.behind.length > 0)
      out.push(`  落后于进度的：${rep.behind.map((x) => x.village).join("、")}`);
  }
  if (r.rejected.length > 0) {
    out.push("");
    out.push(`未通过（${r.rejected.length}行）：`);
    for (const x of r.rejected.slice(0, 50))
      out.push(
        `  ${x.side === "list" ? "身份名单" : "缴费名单"}“${x.sheet}”第${x.row}行${x.name ? ` ${x.name}` : ""}：${x.reason}`
      );
    if (r.rejected.length > 50) out.push("  （只列出前50行；全部见 --out 生成的工作簿）");
  }
  return out.join("\n");
}

export function matchJson(run: MatchRun): unknown {
  const r = run.result;
  return {
    policy: r.policy,
    counts: r.counts,
    people: r.people.length,
    paid: r.people.filter((p) => p.status === "paid").length,
    conflicts: r.people.filter((p) => p.status === "conflict").length,
    outside: r.outside.length,
    merged: r.merged.length,
    rejected: r.rejected.map((x) => ({
      side: x.side,
      sheet: x.sheet,
      row: x.row,
      reason: x.reason,
    })),
    villages: run.villages.map((v) => ({
      village: v.village,
      paidOutside: v.paidOutside,
      rows: v.rows.map((s) => ({
        kind: s.kind,
        label: s.label,
        people: s.people,
        paid: s.paid,
        rate: s.rate,
        goal: s.goal,
        gap: s.gap,
      })),
    })),
    targetIssues: run.targetIssues,
    grading: run.targets
      ? run.targets.summary.progress.map((u) => ({
          unit: u.unit,
          target: u.target,
          paid: u.paid,
          rate: u.rate,
          lowIncomeRate: u.lowIncomeRate,
          povertyRate: u.povertyRate,
          grade: u.grade,
          workFund: u.workFund,
        }))
      : null,
    progress: run.history.rows,
  };
}

async function historyFrom(path: string): Promise<ProgressCell[][]> {
  const sheets = await readWorkbookFile(path);
  const s = sheets.find((x) => x.name === PROGRESS_SHEET);
  if (!s)
    throw new UsageError(
      `--history 文件 ${path} 中没有“${PROGRESS_SHEET}”工作表（应为上次比对生成的工作簿）`
    );
  return s.rows.map((row) => row.map((v) => (v instanceof Date ? toIso(fromJsDate(v) ?? 0) : v)));
}

export const matchCommand: Command = {
  ...MATCH,
  async run(args: ParsedArgs, io: Io) {
    if (args.positionals.length === 0)
      throw new UsageError(`缺少身份名单文件。用法：${matchCommand.usage}`);
    const policy = getPolicy(required(args, "policy", "政策，见 yibao policies"));
    const paidFile = required(args, "paid", "缴费名单文件");
    const out = opt(args, "out");
    const inputs = [
      ...args.positionals,
      paidFile,
      opt(args, "targets"),
      opt(args, "history"),
    ].filter((x): x is string => x !== undefined);
    if (out !== undefined) {
      if (!/\.xlsx$/i.test(out))
        throw new UsageError(`比对结果文件（--out）应为 .xlsx 文件，而不是“${out}”`);
      if (inputs.some((f) => resolve(f) === resolve(out)))
        throw new UsageError("--out 不能与输入文件相同：比对结果另存为新文件，不改动原表");
    }
    const lists: SheetData[] = [];
    for (const f of args.positionals) lists.push(...(await readWorkbookFile(f)));
    const paid = pickSheet(await readWorkbookFile(paidFile));
    const targetsFile = opt(args, "targets");
    const targets = targetsFile ? pickSheet(await readWorkbookFile(targetsFile)) : null;
    const historyFile = opt(args, "history");
    const dateText = opt(args, "date");
    const date = dateText ? dateOption(dateText) : todayLocal();
    let run: MatchRun;
    try {
      run = runMatch({
        lists,
        paid,
        targets,
        history: historyFile ? await historyFrom(historyFile) : null,
        policy,
        date,
        supplied: supplied(args),
        paidIdColumn: opt(args, "paid-id"),
      });
    } catch (e) {
      if (e instanceof MatchInputError) throw new UsageError(e.message);
      throw e;
    }
    if (out !== undefined) {
      const bytes = await writeXlsx([...run.sheets, ...run.progress]);
      const withChart = run.chart ? await addLineCharts(bytes, [run.chart]) : bytes;
      await writeOutput(out, withChart, { force: flag(args, "force") });
    }
    if (flag(args, "json")) io.out(JSON.stringify(matchJson(run), null, 2));
    else
      io.out(
        matchText(run) +
          (out !== undefined
            ? `\n\n已生成比对结果：${out}（分村统计、评档与工作经费、各村未缴名单、进度记录和进度图表）`
            : "\n\n加 --out 参保比对.xlsx 生成比对结果工作簿")
      );
    return run.result.rejected.length > 0 ? 1 : 0;
  },
};

function todayLocal(): Day {
  const d = new Date();
  return dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
}

function dateOption(text: string): Day {
  const d = parseDate(text);
  if (d === null)
    throw new UsageError(
      `报告日期（--date）“${text}”不是有效日期（可写 2024-11-29、2024/11/29 或 2024年11月29日）`
    );
  return d;
}
