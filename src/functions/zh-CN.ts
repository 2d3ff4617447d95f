/**
 * Chinese names and help for the YB.* functions, keyed by function id and by the parameter
 * names of functions.ts. The build (scripts/functions-metadata.js) merges this table into
 * the generated functions.json to write functions.zh-CN.json, and fails if a function or a
 * parameter has no entry here, or an entry matches nothing.
 *
 * Excel's rules for a function name: it starts with a letter, has at least three
 * characters, and uses only letters (Chinese characters count), "_" and ".".
 */
export interface ZhText {
  name: string;
  description: string;
}

export interface ZhFunction extends ZhText {
  parameters: Record<string, ZhText>;
}

const tier: ZhText = { name: "档次", description: "缴费档次，如 一档、二档" };
const category: ZhText = {
  name: "人员类别",
  description: "人员类别，如 普通居民、低保对象（可用简称）",
};
const paidOn: ZhText = {
  name: "缴费日期",
  description: "缴费日期：日期，或 2025-03-01、2025/3/1、2025年3月1日 这样的文本",
};
const year: ZhText = { name: "年度", description: "参保年度，如 2025；省略时按缴费日期所属的年度" };
const policy: ZhText = {
  name: "政策",
  description: "政策编号，如 cq-tongnan-2025；省略时用本工作簿在任务窗格中选择的政策",
};
const eventDate: ZhText = {
  name: "事件日期",
  description: "新生儿的出生日期、职工医保断保日期或进入儿童福利机构的日期；其他人员省略",
};
const breakYears: ZhText = {
  name: "断保年数",
  description: "本年度之前连续未参保的年数；省略为 0",
};
const id: ZhText = {
  name: "身份证号码",
  description: "18位或15位居民身份证号码（请以文本形式保存）",
};

const premiumArgs = { tier, category, date: paidOn, year, policy };
const benefitArgs = { paid: paidOn, category, eventDate, breakYears, policy };

export const FUNCTIONS_ZH_CN: Record<string, ZhFunction> = {
  PREMIUM: {
    name: "个人缴费",
    description: "个人应缴金额（元）：缴费标准减资助，集中缴费期后缴费的加缴财政补助",
    parameters: premiumArgs,
  },
  SUBSIDY: {
    name: "资助金额",
    description: "该类人员在该档次享受的参保资助（元）",
    parameters: premiumArgs,
  },
  STANDARD: {
    name: "缴费标准",
    description: "该档次的个人缴费标准（元，大学生按大学生标准）",
    parameters: premiumArgs,
  },
  SURCHARGE: {
    name: "加缴财政补助",
    description: "集中缴费期后参保须另缴的财政补助部分（元）；不需加缴时为 0",
    parameters: premiumArgs,
  },
  WAITDAYS: {
    name: "待遇等待天数",
    description: "从缴费到开始享受待遇的天数",
    parameters: benefitArgs,
  },
  BENEFITSTART: {
    name: "待遇起始日期",
    description: "开始享受待遇的日期（日期序列号，请把单元格设为日期格式）",
    parameters: benefitArgs,
  },
  IDCHECK: {
    name: "身份证校验",
    description: "身份证号码是否有效（长度、地区、出生日期、校验位），返回 TRUE 或 FALSE",
    parameters: { id },
  },
  IDREASON: {
    name: "身份证问题",
    description: "身份证号码无效的原因；有效时为“有效”",
    parameters: { id },
  },
  IDBIRTH: {
    name: "身份证出生日期",
    description: "有效身份证号码中的出生日期（日期序列号）",
    parameters: { id },
  },
  IDGENDER: {
    name: "身份证性别",
    description: "有效身份证号码中的性别：男 或 女",
    parameters: { id },
  },
  IDAGE: {
    name: "身份证年龄",
    description: "按有效身份证号码计算的周岁年龄",
    parameters: { id, onDate: { name: "日期", description: "计算年龄的日期；省略为今天" } },
  },
  ID18: {
    name: "身份证升位",
    description: "有效身份证号码的18位形式（15位旧号码升为18位）",
    parameters: { id15: { name: "身份证号码", description: "15位或18位居民身份证号码" } },
  },
  CATEGORY: {
    name: "人员类别",
    description: "把类别的简称或写法换成政策中的规范名称",
    parameters: { text: { name: "类别", description: "写出的人员类别，如 低保" }, policy },
  },
  WORKFUND: {
    name: "工作经费",
    description: "按参保完成率计算的村工作经费（元），含100%完成的奖励",
    parameters: {
      target: { name: "目标任务数", description: "本村的参保目标任务人数" },
      paid: { name: "已缴费人数", description: "本村实际缴费人数" },
      policy,
    },
  },
  GRADE: {
    name: "考核档次",
    description: "按总体完成率和两项重点人群完成率评出的 A、B、C 档",
    parameters: {
      overallRate: { name: "总体完成率", description: "总体参保完成率，如 0.96 或 96%" },
      lowIncomeRate: { name: "低收入人口完成率", description: "农村低收入人口参保完成率" },
      povertyRate: { name: "脱贫人口完成率", description: "脱贫人口参保完成率" },
      policy,
    },
  },
};
