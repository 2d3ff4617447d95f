/**
 * What `yibao --help` and the option check need of the commands that read or write files:
 * their usage, summary and options, apart from their modules, which load only when the
 * command runs (./commands): a command pays for exceljs, SheetJS and the annotator only
 * when it uses them.
 */
import type { Command } from "./command";

export type CommandSpec = Omit<Command, "run">;

export const TARGETS: CommandSpec = {
  usage:
    "yibao targets FILE [--sheet NAME] [--assigned N] [--as-of DATE] [--policy ID] [--out 标注副本.xlsx 或 .xlsm [--force]] [--json]",
  summary:
    "检查参保任务分解表（合计、重复、文本数字、序号、覆盖率、进度、评档和工作经费）；--out 另存标注副本",
  options: ["sheet", "assigned", "as-of", "policy", "out", "force", "json"],
};

export const TARGETS_TEMPLATE: CommandSpec = {
  usage: "yibao template targets --out FILE.xlsx [--title 标题] [--rows N] [--json]",
  summary: "生成空白的参保任务分解表模板（合计和比率为公式）",
  options: ["out", "force", "title", "rows", "json"],
};

export const CLAIM: CommandSpec = {
  usage:
    "yibao claim FILE [--policy ID] [--out 申报表.xlsx] [--json] [--sheet 工作表]... [--date 缴费日期] " +
    "[--public-notice] [--set K=V] [--map 表头=字段]...",
  summary:
    "由资助对象花名册（.xlsx/.xls/.csv）生成资助申报表：资助明细、申报汇总、各认定部门申报表、未通过、合并记录、公示名单",
  options: ["policy", "out", "force", "json", "sheet", "date", "public-notice", "set", "map"],
};

export const CLAIM_TEMPLATE_KINDS = "roster 资助对象花名册、claim 资助申报表";

/** `yibao template` with the roster and claim templates added to `base`'s. */
export function claimTemplatesSpec(base: CommandSpec | undefined): CommandSpec {
  return {
    usage: `${base ? base.usage + " | " : ""}yibao template roster|claim --policy ID [--out FILE.xlsx] [--json]`,
    summary: `${base ? base.summary + "；" : ""}生成空白模板：${CLAIM_TEMPLATE_KINDS}（人员类别、档次为本地区的下拉列表）`,
    options: [...new Set([...(base?.options ?? []), "policy", "out", "force", "json"])],
  };
}

/** `yibao template` with the cash ledger template added to `base`'s. */
export function cashTemplateSpec(base: CommandSpec): CommandSpec {
  return {
    usage: `${base.usage} | yibao template cash --policy ID [--out FILE.xlsx] [--rows N] [--json]`,
    summary: `${base.summary}；cash 现金征缴台账（村社、档次、人员类别、解缴方式为下拉列表）`,
    options: [...new Set([...base.options, "policy", "out", "rows", "json"])],
  };
}

/** Every template `yibao template` makes. */
export const TEMPLATE: CommandSpec = cashTemplateSpec(claimTemplatesSpec(TARGETS_TEMPLATE));

export const MATCH: CommandSpec = {
  usage:
    "yibao match 名单.xlsx... --paid 缴费名单.xlsx --policy ID [--targets 任务分解表.xlsx] [--history 上次比对.xlsx] " +
    "[--date 报告日期] [--out 参保比对.xlsx] [--paid-id 列] [--set K=V] [--json]",
  summary:
    "参保比对（谁还没缴）：身份名单、户籍花名册与税务缴费名单按身份证号码比对，分村分类统计、未缴名单、评档和工作经费、进度记录与排名",
  options: [
    "paid",
    "policy",
    "targets",
    "history",
    "date",
    "out",
    "force",
    "paid-id",
    "set",
    "json",
  ],
};

export const CASH: CommandSpec = {
  usage:
    "yibao cash LEDGER --policy ID [--as-of DATE] [--sheet 工作表] [--export 缴费数据.xlsx [--export-sheet 工作表]] " +
    "[--out 检查结果.xlsx] [--notice 2024Q4|full --notice-out 公示.xlsx] [--set K=V] [--json]",
  summary:
    "检查现金征缴台账（解缴时限、滞留限额、凭证号、金额、身份证、重复缴费、日期），每日对账，与POS/税务缴费数据比对，生成现金缴费公示",
  options: [
    "policy",
    "as-of",
    "sheet",
    "export",
    "export-sheet",
    "out",
    "force",
    "notice",
    "notice-out",
    "set",
    "json",
  ],
};
