/**
 * `yibao claim` (资助申报：花名册 → 申报表) and the `roster` / `claim` kinds of
 * `yibao template` (空白花名册、申报表模板).
 *
 * Exit codes: 0 when every row was used (as a person or a merged duplicate), 1 when some
 * rows were rejected (the claim is still produced), 2 for bad input.
 * Full ID numbers are never printed: messages show at most the last 4 digits.
 */
import { balanceText, buildClaim, ClaimResult } from "../core/claim/build";
import { claimJson } from "../core/claim/json";
import { FIELD_LABELS, parseField, RosterMapping, ROSTER_FIELDS } from "../core/claim/roster";
import {
  hasSubsidyTable,
  templateFileName,
  templateSheets,
  TemplateKind,
} from "../core/claim/templates";
import { claimWorkbookRows } from "../core/claim/workbook";
import { maskIdsIn } from "../core/idNumber";
import type { SheetData } from "../core/sheet/address";
import { clip } from "../core/text";
import type { PolicyModel } from "../core/policy/model";
import { inferPolicy } from "../core/policy/infer";
import { getPolicy, listPolicies } from "../core/policy/registry";
import { readWorkbookFile } from "../io/files";
import { writeXlsxFile } from "../io/xlsxFile";
import { writeXlsx } from "../io/xlsxWriter";
import { flag, opt, ParsedArgs, supplied, UsageError } from "./args";
import type { Command } from "./command";
import type { Io } from "./io";
import { CLAIM, CLAIM_TEMPLATE_KINDS, TEMPLATE } from "./specs";
import {
  dateOption,
  refuseOverwrite,
  refuseSameFile,
  withSetHint,
  writeOutput,
  xlsxOut,
} from "./options";

/** `--map 表头=字段` (or `--map C=人员类别` for a column letter), repeatable. */
export function mappingOption(args: ParsedArgs): RosterMapping | undefined {
  const pairs = args.options.get("map");
  if (!pairs || pairs.length === 0) return undefined;
  const mapping: RosterMapping = {};
  const fields = ROSTER_FIELDS.map((f) => FIELD_LABELS[f]).join("、");
  for (const pair of pairs) {
    const eq = pair.lastIndexOf("=");
    if (eq <= 0 || eq === pair.length - 1) {
      throw new UsageError(
        `--map 的格式应为 表头=字段，例如 --map 类型=人员类别 或 --map E=人员类别，而不是“${pair}”`
      );
    }
    const header = pair.slice(0, eq).trim();
    const field = parseField(pair.slice(eq + 1));
    if (!field)
      throw new UsageError(
        `--map “${pair}”：不认识字段“${pair.slice(eq + 1)}”。可用的字段：${fields}`
      );
    mapping[field] = header;
  }
  return mapping;
}

const MAX_LISTED = 50;

function where(multi: boolean, s: { sheet: string; row: number }): string {
  return multi ? `“${s.sheet}”第${s.row}行` : `第${s.row}行`;
}

export function claimText(r: ClaimResult): string {
  const multi = r.rosters.length > 1;
  const out: string[] = [];
  out.push(`${r.label}困难群众参保资助申报（政策 ${r.policy}）`);
  out.push(
    `花名册：${r.rosters.map((t) => `“${t.sheet}”（表头在第${t.headerRow + 1}行）`).join("、")}`
  );
  out.push(balanceText(r));
  if (r.ignored.length > 0) {
    out.push(`另有${r.ignored.length}行不是数据，未计入：`);
    for (const g of r.ignored.slice(0, MAX_LISTED))
      out.push(`  ${where(multi, g)}：${maskIdsIn(g.reason)}`);
  }
  out.push("");
  out.push("申报（认定部门 / 资助对象 / 档次）：");
  let dept = "";
  for (const l of r.lines) {
    if (l.department !== dept) {
      dept = l.department;
      const ls = r.lines.filter((x) => x.department === dept);
      const sum = ls.reduce((a, x) => a + Math.round(x.subsidyTotal * 100), 0) / 100;
      out.push(`  ${dept}：${ls.reduce((a, x) => a + x.count, 0)}人，资助${sum}元`);
    }
    out.push(
      `    ${l.category} ${l.tier}：${l.count}人 × ${l.subsidyEach}元 = ${l.subsidyTotal}元`
    );
  }
  out.push(
    `合计：${r.people.length}人，资助${r.totals.subsidy}元，个人缴费${r.totals.personal}元` +
      `（缴费标准合计${r.totals.standard}元${r.totals.fiscalSurcharge > 0 ? `，其中另缴财政补助${r.totals.fiscalSurcharge}元` : ""}）`
  );
  if (r.merged.length > 0) {
    out.push("");
    out.push(`合并（${r.merged.length}行，同一人只计一次）：`);
    for (const m of r.merged.slice(0, MAX_LISTED))
      out.push(`  ${where(multi, m)} → ${where(multi, m.into)}：${m.reason}`);
  }
  if (r.rejected.length > 0) {
    out.push("");
    out.push(`未通过（${r.rejected.length}行）：`);
    for (const x of r.rejected.slice(0, MAX_LISTED))
      out.push(
        `  ${where(multi, x)}${x.values.name ? ` ${clip(x.values.name, 20)}` : ""}：` +
          withSetHint(x.reason, x.supplyKey)
      );
  }
  const listed = Math.max(r.merged.length, r.rejected.length, r.ignored.length);
  if (listed > MAX_LISTED) out.push(`（只列出前${MAX_LISTED}行；全部见 --out 生成的工作簿）`);
  const warned = r.people.filter((p) => p.warnings.some((w) => w.startsWith("花名册写的认定部门")));
  if (warned.length > 0) {
    out.push("");
    out.push(
      `提示：${warned.length}人的认定部门与资助标准表不符，已按标准表的认定部门申报（见资助明细“提示”列）`
    );
  }
  // Whatever a cell held (an ID typed in the name column, a footer's digits), no message shows one.
  return maskIdsIn(out.join("\n"));
}

export const claimCommand: Command = {
  ...CLAIM,
  async run(args: ParsedArgs, io: Io) {
    if (args.positionals.length !== 1) throw new UsageError(`用法：${claimCommand.usage}`);
    const file = args.positionals[0];
    const out = opt(args, "out");
    const sameFile = {
      input: file,
      message: "--out 不能与花名册是同一个文件（包括链接到它的文件）：申报表另存，不改动花名册",
    };
    if (out !== undefined) {
      xlsxOut(out, "申报表文件（--out）");
      await refuseSameFile(sameFile.input, out, sameFile.message);
      await refuseOverwrite(out, flag(args, "force"));
    }
    const mapping = mappingOption(args);
    let sheets: SheetData[] | null = await readWorkbookFile(file);
    const policyId = opt(args, "policy");
    const dateText = opt(args, "date");
    let policy: PolicyModel;
    if (policyId) policy = getPolicy(policyId);
    else {
      const paid = dateText ? dateOption(dateText, "缴费日期（--date）") : undefined;
      const inferred = inferPolicy(sheets, { mapping, paid, ask: "请用 --policy 指定政策" });
      policy = inferred.policy;
      io.err(`未指定 --policy：${inferred.note}；如不对请用 --policy 指定`);
    }
    const result = buildClaim(sheets, policy, {
      date: dateText ? dateOption(dateText, "缴费日期（--date）") : undefined,
      mapping,
      sheets: args.options.get("sheet"),
      supplied: supplied(args),
    });
    // The claim holds what it needs of the rows; a county's roster is not kept through the write.
    sheets = null;
    if (out !== undefined) {
      const wb = claimWorkbookRows(result, policy, { publicNotice: flag(args, "public-notice") });
      await writeOutput(out, (file) => writeXlsxFile(wb.sheets, file), {
        guard: sameFile,
        force: flag(args, "force"),
      });
    } else if (flag(args, "public-notice")) {
      throw new UsageError("--public-notice 需与 --out 一起使用（公示名单写在申报表工作簿中）");
    }
    if (flag(args, "json")) io.out(JSON.stringify(claimJson(result), null, 2));
    else {
      io.out(
        claimText(result) +
          (out !== undefined
            ? `\n\n已生成申报表：${out}（申报汇总、各部门申报表的数字是引用“资助明细”的公式）`
            : "\n\n加 --out 申报表.xlsx 生成申报表工作簿")
      );
    }
    return result.rejected.length > 0 ? 1 : 0;
  },
};

const TEMPLATE_KINDS: Record<string, { kind: TemplateKind; what: string }> = {
  roster: { kind: "roster", what: "资助对象花名册" },
  claim: { kind: "claim", what: "资助申报表" },
};

/** `yibao template roster|claim --policy ID [--out FILE]`. */
export async function runClaimTemplate(
  kindName: string,
  args: ParsedArgs,
  io: Io
): Promise<number> {
  const t = TEMPLATE_KINDS[kindName];
  const policyId = opt(args, "policy");
  if (!policyId) {
    const ids = listPolicies()
      .filter(hasSubsidyTable)
      .map((p) => p.id)
      .join("、");
    throw new UsageError(`缺少 --policy（资助标准因地区而异）。有资助标准表的政策：${ids}`);
  }
  const policy = getPolicy(policyId);
  const out = opt(args, "out") ?? templateFileName(t.kind, policy);
  xlsxOut(out, "模板文件（--out）");
  const sheets = templateSheets(t.kind, policy);
  await writeOutput(out, await writeXlsx(sheets), { force: flag(args, "force") });
  const json = { file: out, policy: policy.id, sheets: sheets.map((s) => s.name) };
  io.out(
    flag(args, "json")
      ? JSON.stringify(json, null, 2)
      : `已生成${t.what}模板：${out}（${policy.label}，人员类别和档次为下拉列表）`
  );
  return 0;
}

/**
 * `yibao template` with the claim kinds added to an existing template command (targets):
 * `roster` and `claim` are handled here, every other kind goes to the existing command.
 */
export function withClaimTemplates(base: Command | undefined): Command {
  const kinds = CLAIM_TEMPLATE_KINDS;
  return {
    ...TEMPLATE,
    async run(args: ParsedArgs, io: Io) {
      const kind = args.positionals[0];
      if (kind !== undefined && TEMPLATE_KINDS[kind]) {
        if (args.positionals.length !== 1)
          throw new UsageError(`用法：${TEMPLATE.kinds?.[kind]?.usage ?? TEMPLATE.usage}`);
        return runClaimTemplate(kind, args, io);
      }
      if (base) return base.run(args, io);
      throw new UsageError(
        `用法：yibao template roster|claim --policy ID [--out FILE.xlsx]（可生成的模板：${kinds}）`
      );
    },
  };
}
