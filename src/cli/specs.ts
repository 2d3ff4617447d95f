/**
 * Every command's usage, summary and option table, apart from their modules, which load only
 * when the command runs (./commands): a command pays for exceljs, SheetJS and the annotator
 * only when it uses them. The tables are the one declaration of the options: ./args parses
 * with them (util.parseArgs, strict), and --help (main.ts) and docs/dev/cli.md list them.
 */
import type { Command } from "./command";

/** One option: how it is parsed and what --help says of it. */
export interface OptionDef {
  /** What its value looks like (ID, DATE, FILE.xlsx); a flag takes none. */
  value?: string;
  /** Given again, every value is kept (--set, --map); otherwise the last one counts. */
  multiple?: boolean;
  short?: string;
  /** What it does, in the clerk's words. */
  help: string;
}

export type OptionTable = Readonly<Record<string, OptionDef>>;

export type CommandSpec = Omit<Command, "run">;

/** Options of every command: its own help, and the clerk's 政策表 (main.ts reads it). */
export const COMMON_OPTIONS: OptionTable = {
  help: { short: "h", help: "显示本命令的用法" },
  "policy-file": {
    value: "政策表.xlsx",
    help: "按自己填写的政策表计算（用 yibao policy 编号 --out 政策表.xlsx 导出）",
  },
};

/** Options several commands share, each declared once. */
export const O = {
  json: { help: "输出 JSON" },
  force: { help: "输出文件已存在、且不是本程序生成的（如填好的表格）时，仍替换它" },
  policy: {
    value: "ID",
    help: "政策编号（如 cq-shizhu-2025）或名称（如 重庆市石柱县下路街道2025年度）",
  },
  set: {
    value: "K=V",
    multiple: true,
    help: "通知未定、须自己提供的数值，如 fiscalSubsidy=700（yibao policy 编号 列出）",
  },
  year: { value: "Y", help: "参保年度（默认按缴费日期判断）" },
  eventDate: { value: "DATE", help: "事件日期（出生、断保、入院等）" },
  category: { value: "C", help: "人员类别，如 普通居民、低保" },
  templateOut: { value: "FILE.xlsx", help: "模板要写到的 .xlsx 文件" },
} satisfies Record<string, OptionDef>;

export const POLICIES: CommandSpec = {
  usage: "yibao policies [--json]",
  summary: "列出已收录的政策（编号、地区、年度）",
  options: { json: O.json },
};

export const POLICY: CommandSpec = {
  usage: "yibao policy ID [--out 政策表.xlsx] [--json]",
  summary:
    "查看一项政策：档次和标准、缴费期、各类人员的资助、例外规则，以及通知未定、须用户提供的数值；--out 写成政策表，供按新通知修改后用 --policy-file 使用",
  options: {
    out: { value: "政策表.xlsx", help: "把政策写成政策表（.xlsx）" },
    force: O.force,
    json: O.json,
  },
};

export const PREMIUM: CommandSpec = {
  usage:
    "yibao premium --policy ID --tier T --category C --date DATE [--year Y] [--event-date DATE] [--identified DATE] [--set K=V] [--json]",
  summary: "计算个人应缴金额（缴费标准、资助、下半年须另缴的财政补助）",
  options: {
    policy: O.policy,
    tier: { value: "T", help: "档次，如 一档" },
    category: O.category,
    date: { value: "DATE", help: "缴费日期" },
    year: O.year,
    "event-date": O.eventDate,
    identified: { value: "DATE", help: "认定日期（参保后才认定的资助对象）" },
    set: O.set,
    json: O.json,
  },
};

export const BENEFIT: CommandSpec = {
  usage:
    "yibao benefit --policy ID --category C --paid DATE [--event-date DATE] [--break-years N] [--repair-years N] [--year Y] [--set K=V] [--json]",
  summary: "计算待遇开始日期和等待天数",
  options: {
    policy: O.policy,
    category: O.category,
    paid: { value: "DATE", help: "缴费日期" },
    "event-date": O.eventDate,
    "break-years": { value: "N", help: "连续断保的年数" },
    "repair-years": { value: "N", help: "断保后补缴的年数" },
    year: O.year,
    set: O.set,
    json: O.json,
  },
};

export const REFUND: CommandSpec = {
  usage:
    "yibao refund --policy ID --category C --paid DATE --requested DATE [--event-date DATE] [--year Y] [--set K=V] [--json]",
  summary: "判断个人缴费能否退回（湖南双清：待遇享受期开始前可退）",
  options: {
    policy: O.policy,
    category: O.category,
    paid: { value: "DATE", help: "缴费日期" },
    requested: { value: "DATE", help: "申请退费日期" },
    "event-date": O.eventDate,
    year: O.year,
    set: O.set,
    json: O.json,
  },
};

export const ID: CommandSpec = {
  usage: "yibao id NUMBER [--json]",
  summary: "校验身份证号码（位数、出生日期、校验位；15位转18位；性别）",
  options: { json: O.json },
};

export const TARGETS: CommandSpec = {
  usage:
    "yibao targets FILE [--sheet NAME] [--assigned N] [--as-of DATE] [--policy ID] [--out 标注副本.xlsx 或 .xlsm [--force]] [--json]",
  summary:
    "检查参保任务分解表（合计、重复、文本数字、序号、覆盖率、进度、评档和工作经费）；--out 另存标注副本",
  options: {
    sheet: { value: "NAME", help: "要检查的工作表（默认：第一张有任务分解表表头的）" },
    assigned: { value: "N", help: "上级下达的任务数，与合计核对" },
    "as-of": { value: "DATE", help: "检查进度的日期" },
    policy: { value: "ID", help: "政策编号或名称：按它的进度要求、评档和工作经费检查" },
    out: {
      value: "标注副本.xlsx",
      help: "另存标注副本：有问题的单元格标色加批注，另加检查结果和进度汇总（原文件是 .xlsm 时副本也是 .xlsm）",
    },
    force: O.force,
    json: O.json,
  },
};

export const TARGETS_TEMPLATE: CommandSpec = {
  usage: "yibao template targets --out FILE.xlsx [--title 标题] [--rows N] [--json]",
  summary: "生成空白的参保任务分解表模板（合计和比率为公式）",
  options: {
    out: O.templateOut,
    force: O.force,
    title: { value: "标题", help: "表的标题" },
    rows: { value: "N", help: "村（社区）的行数" },
    json: O.json,
  },
};

export const CLAIM_TEMPLATE_KINDS = "roster 资助对象花名册、claim 资助申报表";

const claimTemplateOptions: OptionTable = {
  policy: { value: "ID", help: "政策编号或名称（资助标准因地区而异）" },
  out: { value: "FILE.xlsx", help: "模板要写到的 .xlsx 文件（默认按模板和政策命名）" },
  force: O.force,
  json: O.json,
};

export const ROSTER_TEMPLATE: CommandSpec = {
  usage: "yibao template roster --policy ID [--out FILE.xlsx] [--json]",
  summary: "生成空白的资助对象花名册（人员类别、档次为本地区的下拉列表）",
  options: claimTemplateOptions,
};

export const CLAIM_TEMPLATE: CommandSpec = {
  usage: "yibao template claim --policy ID [--out FILE.xlsx] [--json]",
  summary: "生成空白的资助申报表（人员类别、档次为本地区的下拉列表）",
  options: claimTemplateOptions,
};

export const CASH_TEMPLATE: CommandSpec = {
  usage: "yibao template cash --policy ID [--out FILE.xlsx] [--rows N] [--json]",
  summary: "生成空白的现金征缴台账（村社、档次、人员类别、解缴方式为下拉列表）",
  options: {
    policy: { value: "ID", help: "政策编号或名称：档次、人员类别和村社因地区而异" },
    out: { value: "FILE.xlsx", help: "模板要写到的 .xlsx 文件（默认按政策命名）" },
    rows: { value: "N", help: "空白行数（1 到 10000）" },
    force: O.force,
    json: O.json,
  },
};

/** The kinds of `yibao template`, each with its own options. */
const TEMPLATE_KINDS: Record<string, CommandSpec> = {
  targets: TARGETS_TEMPLATE,
  roster: ROSTER_TEMPLATE,
  claim: CLAIM_TEMPLATE,
  cash: CASH_TEMPLATE,
};

/** Every template `yibao template` makes; the kind (its first argument) picks the options. */
export const TEMPLATE: CommandSpec = {
  usage: Object.values(TEMPLATE_KINDS)
    .map((k) => k.usage)
    .join(" | "),
  summary: `${TARGETS_TEMPLATE.summary}；生成空白模板：${CLAIM_TEMPLATE_KINDS}（人员类别、档次为本地区的下拉列表）；cash 现金征缴台账（村社、档次、人员类别、解缴方式为下拉列表）`,
  options: Object.assign({}, ...Object.values(TEMPLATE_KINDS).map((k) => k.options)),
  kinds: TEMPLATE_KINDS,
};

export const CLAIM: CommandSpec = {
  usage:
    "yibao claim FILE [--policy ID] [--out 申报表.xlsx] [--json] [--sheet 工作表]... [--date 缴费日期] " +
    "[--public-notice] [--set K=V] [--map 表头=字段]...",
  summary:
    "由资助对象花名册（.xlsx/.xls/.csv）生成资助申报表：资助明细、申报汇总、各认定部门申报表、未通过、合并记录、公示名单",
  options: {
    policy: { value: "ID", help: "政策编号或名称（不给时按花名册的类别和缴费日期推断，并说明）" },
    out: { value: "申报表.xlsx", help: "生成申报表工作簿" },
    force: O.force,
    json: O.json,
    sheet: { value: "工作表", multiple: true, help: "只读这几张工作表（可重复）" },
    date: { value: "缴费日期", help: "缴费日期（决定年度和是否另缴财政补助）" },
    "public-notice": { help: "另加公示名单（身份证只显示后4位），需与 --out 一起用" },
    set: O.set,
    map: {
      value: "表头=字段",
      multiple: true,
      help: "表头不标准时指定列，如 类型=人员类别 或 E=人员类别（可重复）",
    },
  },
};

export const MATCH: CommandSpec = {
  usage:
    "yibao match 名单.xlsx... --paid 缴费名单.xlsx --policy ID [--targets 任务分解表.xlsx] [--history 上次比对.xlsx] " +
    "[--date 报告日期] [--out 参保比对.xlsx] [--paid-id 列] [--set K=V] [--json]",
  summary:
    "参保比对（谁还没缴）：身份名单、户籍花名册与税务缴费名单按身份证号码比对，分村分类统计、未缴名单、评档和工作经费、进度记录与排名",
  options: {
    paid: { value: "缴费名单.xlsx", help: "税务系统导出的缴费名单" },
    policy: O.policy,
    targets: { value: "任务分解表.xlsx", help: "任务分解表：按比对出的人数评档、算工作经费" },
    history: { value: "上次比对.xlsx", help: "上次生成的比对结果：进度记录接着往下记" },
    date: { value: "报告日期", help: "报告日期（默认今天）" },
    out: { value: "参保比对.xlsx", help: "生成比对结果工作簿" },
    force: O.force,
    "paid-id": { value: "列", help: "缴费名单有两列像身份证号码时，指定用哪一列（列名或列字母）" },
    set: O.set,
    json: O.json,
  },
};

export const CASH: CommandSpec = {
  usage:
    "yibao cash LEDGER --policy ID [--as-of DATE] [--sheet 工作表] [--export 缴费数据.xlsx [--export-sheet 工作表]] " +
    "[--out 检查结果.xlsx] [--notice 2024Q4|full --notice-out 公示.xlsx] [--set K=V] [--json]",
  summary:
    "检查现金征缴台账（解缴时限、滞留限额、凭证号、金额、身份证、重复缴费、日期），每日对账，与POS/税务缴费数据比对，生成现金缴费公示",
  options: {
    policy: O.policy,
    "as-of": { value: "DATE", help: "检查截至日期（默认今天）" },
    sheet: { value: "工作表", help: "台账所在的工作表" },
    export: { value: "缴费数据.xlsx", help: "POS 机或税务系统导出的缴费数据，逐笔比对" },
    "export-sheet": {
      value: "工作表",
      help: "缴费数据所在的工作表（不给 --export 时在台账文件中找）",
    },
    out: { value: "检查结果.xlsx", help: "另存台账检查结果、每日对账和缴费数据比对" },
    force: O.force,
    notice: {
      value: "2024Q4|full",
      help: "现金缴费公示：季度（2024Q4、2025年第一季度）或 full（全面公示）",
    },
    "notice-out": { value: "公示.xlsx", help: "生成可打印的公示表（每个村社一张）" },
    set: O.set,
    json: O.json,
  },
};

/** Columns a text takes in a terminal: CJK and full-width characters take two. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return n;
}

/** An option as the usage shows it: `-h, --help`, `--policy ID`, `--set K=V`. */
export function optionName(name: string, def: OptionDef): string {
  return (
    `${def.short !== undefined ? `-${def.short}, ` : ""}--${name}` +
    (def.value !== undefined ? ` ${def.value}` : "")
  );
}

/** The lines of --help that list a table's options, their descriptions in one column. */
export function optionHelp(table: OptionTable): string[] {
  const rows = Object.entries(table).map(([name, def]) => [optionName(name, def), def.help]);
  const column = Math.max(...rows.map(([n]) => width(n))) + 2;
  return rows.map(([n, h]) => `  ${n}${" ".repeat(column - width(n))}${h}`);
}
