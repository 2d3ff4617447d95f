/**
 * Every YB.* function, declared once: its id, English and Chinese names and help, its
 * parameters and what it computes. functions.json and functions.zh-CN.json (metadata.ts,
 * written by the build), the CustomFunctions.associate calls (functions.ts) and the
 * readers of each argument (spec.ts) all come from this table.
 *
 * Every argument may be a range (a single value is a 1×1 range); a function answers row by
 * row and spills (cells.ts). Excel's rules for a Chinese name: a letter first, at least
 * three characters, only letters (Chinese characters count), "_" and "."; metadata.ts
 * checks them, and that no Chinese text shows an internal code.
 */
import { ageOn, dayFromParts, Day, inExcelRange, toChinese, toIso } from "../core/dates";
import { checkId, IdResult } from "../core/idNumber";
import { grade, workFund } from "../core/rules/assessment";
import { benefit, BenefitResult, MAX_YEARS } from "../core/rules/benefit";
import { RuleError } from "../core/rules/errors";
import { premium, premiumPart as amountOf, PremiumResult } from "../core/rules/premium";
import type { PolicyModel } from "../core/policy/model";
import type { WorkbookSettings } from "../office/settings";
import * as arg from "./cells";
import { define, FunctionSpec, param } from "./spec";

// ---------------------------------------------------------------------------- parameters

const tier = param({
  name: "tier",
  kind: "tier",
  en: "Tier, such as 一档 or 二档.",
  zhName: "档次",
  zh: "缴费档次，如 一档、二档",
});

const category = param({
  name: "category",
  kind: "category",
  en: "Category of person, such as 普通居民.",
  zhName: "人员类别",
  zh: "人员类别，如 普通居民、低保对象（可用简称）",
});

const paidOn = <const N extends string>(name: N, example = "2025-03-01") =>
  param({
    name,
    kind: "date",
    en: `Payment date: a date, or text such as ${example}.`,
    zhName: "缴费日期",
    zh: "缴费日期：日期，或 2025-03-01、2025/3/1、2025年3月1日 这样的文本",
  });

const year = param({
  name: "year",
  kind: "year",
  optional: true,
  en: "Insurance year, such as 2025. Default: the year the payment date pays for.",
  zhName: "年度",
  zh: "参保年度，如 2025；省略时按缴费日期所属的年度",
});

/** The workbook's policy unless given. A clerk knows a policy by its name, so the Chinese help shows no id. */
const policyIn = (example: string) =>
  param({
    name: "policy",
    kind: "policy",
    optional: true,
    en: `Policy id, such as ${example}. Default: the workbook's policy.`,
    zhName: "政策",
    zh: "政策名称，如 重庆市潼南区2025年度；省略时用本工作簿在任务窗格“政策设置”中选择的政策",
  });
const policy = policyIn("cq-tongnan-2025");

const eventDate = param({
  name: "eventDate",
  kind: "date",
  optional: true,
  en: "Birth date of a newborn, end of employee insurance, or entry into a welfare institution.",
  zhName: "事件日期",
  zh: "新生儿的出生日期、职工医保断保日期或进入儿童福利机构的日期；其他人员省略",
});

const breakYears = param({
  name: "breakYears",
  kind: "count",
  optional: true,
  max: MAX_YEARS,
  en: "Years without insurance just before this one. Default: 0.",
  zhName: "断保年数",
  zh: "本年度之前连续未参保的年数；省略为 0",
});

const id = param({
  name: "id",
  kind: "id",
  en: "ID number, 18 or 15 digits.",
  zhName: "身份证号码",
  zh: "18位或15位居民身份证号码（请以文本形式保存）",
});

const rate = <const N extends string>(name: N, en: string, zhName: string, zh: string) =>
  param({ name, kind: "rate", en, zhName, zh });

/** WAITDAYS and BENEFITSTART: two answers of the one benefit rule. */
const benefitParams = [
  paidOn("paid"),
  { ...category, en: "Category of person, such as 普通居民 or 新生儿." },
  eventDate,
  breakYears,
  policy,
] as const;

// ---------------------------------------------------------------------------- computing

type Amount = "personal" | "subsidy" | "standard" | "fiscalSurcharge";

interface PremiumArgs {
  tier: string;
  category: string;
  date: Day;
  year: number | undefined;
  policy: PolicyModel;
}

/** One amount of the premium rule; the object's order is the order the arguments are read. */
const premiumPart =
  (part: Amount) =>
  (a: PremiumArgs, s: WorkbookSettings): number => {
    const q = {
      policy: a.policy,
      tier: a.tier,
      category: a.category,
      paid: a.date,
      year: a.year,
      supplied: s.supplied,
    };
    // The standard and the subsidy ask for no value the notice leaves open for other parts.
    if (part === "standard" || part === "subsidy") return amountOf(q, part).toNumber();
    const r: PremiumResult = premium(q);
    return r[part].toNumber();
  };

interface BenefitArgs {
  paid: Day;
  category: string;
  eventDate: Day | undefined;
  breakYears: number | undefined;
  policy: PolicyModel;
}

/**
 * A benefit that would start after the insurance year has ended is no start date and no
 * wait: the cell shows the CLI's answer as an error instead of a date a clerk would trust.
 */
const benefitPart =
  (pick: (r: BenefitResult) => number) =>
  (a: BenefitArgs, s: WorkbookSettings): number => {
    const r = benefit({
      policy: a.policy,
      category: a.category,
      paid: a.paid,
      eventDate: a.eventDate,
      breakYears: a.breakYears,
      supplied: s.supplied,
    });
    if (r.beyondYearEnd) {
      throw new RuleError(
        "NO_RULE",
        `本次缴费在${r.year}年度享受不到待遇：待遇开始日${toChinese(r.benefitStart)}已过${r.year}年12月31日`
      );
    }
    return pick(r);
  };

function validId(v: arg.Cell, asOf?: Day): IdResult {
  const r = checkId(v, asOf);
  if (!r.valid) throw new RuleError("BAD_ARGUMENT", r.message);
  return r;
}

function today(): Day {
  const d = new Date();
  return dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
}

// ---------------------------------------------------------------------------- the table

export const FUNCTIONS: readonly FunctionSpec[] = [
  define({
    id: "PREMIUM",
    en: "What the resident pays: the tier's standard, less the subsidy, plus the fiscal part a late payer adds.",
    zhName: "个人缴费",
    zh: "个人应缴金额（元）：缴费标准减资助，集中缴费期后缴费的加缴财政补助",
    params: [
      tier,
      {
        ...category,
        en: "Category of person, such as 普通居民 or 低保对象 (short forms are accepted).",
      },
      paidOn("date"),
      year,
      policy,
    ],
    result: "number",
    compute: premiumPart("personal"),
  }),
  define({
    id: "SUBSIDY",
    en: "The subsidy a category receives at a tier.",
    zhName: "资助金额",
    zh: "该类人员在该档次享受的参保资助（元）",
    params: [
      tier,
      { ...category, en: "Category of person, such as 低保对象." },
      paidOn("date"),
      year,
      policy,
    ],
    result: "number",
    compute: premiumPart("subsidy"),
  }),
  define({
    id: "STANDARD",
    en: "The contribution standard of a tier (the student rate for students).",
    zhName: "缴费标准",
    zh: "该档次的个人缴费标准（元，大学生按大学生标准）",
    params: [tier, category, paidOn("date"), year, policy],
    result: "number",
    compute: premiumPart("standard"),
  }),
  define({
    id: "SURCHARGE",
    en: "The fiscal subsidy a late payer must add to the personal contribution (0 when not late).",
    zhName: "加缴财政补助",
    zh: "集中缴费期后参保须另缴的财政补助部分（元）；不需加缴时为 0",
    params: [tier, category, paidOn("date", "2025-07-15"), year, policy],
    result: "number",
    compute: premiumPart("fiscalSurcharge"),
  }),
  define({
    id: "WAITDAYS",
    en: "Days from payment to the start of benefits.",
    zhName: "待遇等待天数",
    zh: "从缴费到开始享受待遇的天数",
    params: benefitParams,
    result: "number",
    compute: benefitPart((r) => r.waitDays),
  }),
  define({
    id: "BENEFITSTART",
    en: "The date benefits start, as a date serial number (format the cell as a date).",
    zhName: "待遇起始日期",
    zh: "开始享受待遇的日期（日期序列号，请把单元格设为日期格式）",
    params: benefitParams,
    result: "date",
    compute: benefitPart((r) => arg.serial(r.benefitStart)),
  }),
  define({
    id: "IDCHECK",
    en: "Whether a resident ID number is valid (length, region, birth date, check digit).",
    zhName: "身份证校验",
    zh: "身份证号码是否有效（长度、地区、出生日期、校验位），返回 TRUE 或 FALSE",
    params: [id],
    result: "boolean",
    compute: (a) => checkId(a.id).valid,
  }),
  define({
    id: "IDREASON",
    en: 'Why an ID number is not valid ("有效" when it is).',
    zhName: "身份证问题",
    zh: "身份证号码无效的原因；有效时为“有效”",
    params: [id],
    result: "text",
    compute: (a) => checkId(a.id).message,
  }),
  define({
    id: "IDBIRTH",
    en: "The birth date in a valid ID number, as a date serial number.",
    zhName: "身份证出生日期",
    zh: "有效身份证号码中的出生日期（日期序列号）",
    params: [id],
    result: "date",
    // Excel has no date before 1900-03-01 (GB 11643's own example was born in 1880): such a
    // birth is given as text, never as a serial that is no date.
    compute: (a) => {
      const birth = validId(a.id).birth!;
      return inExcelRange(birth) ? arg.serial(birth) : toIso(birth);
    },
  }),
  define({
    id: "IDGENDER",
    en: "The gender in a valid ID number: 男 or 女.",
    zhName: "身份证性别",
    zh: "有效身份证号码中的性别：男 或 女",
    params: [id],
    result: "text",
    compute: (a) => validId(a.id).gender!,
  }),
  define({
    id: "IDAGE",
    en: "Age in whole years on a date, from a valid ID number.",
    zhName: "身份证年龄",
    zh: "按有效身份证号码计算的周岁年龄",
    params: [
      id,
      param({
        name: "onDate",
        kind: "date",
        optional: true,
        en: "The date of the age. Default: today.",
        zhName: "日期",
        zh: "计算年龄的日期；省略为今天",
        label: "计算年龄的日期",
      }),
    ],
    result: "number",
    compute: (a) => {
      const day = a.onDate ?? today();
      return ageOn(validId(a.id, day).birth!, day);
    },
  }),
  define({
    id: "ID18",
    en: "The 18-digit form of a valid ID number (a 15-digit old number is converted).",
    zhName: "身份证升位",
    zh: "有效身份证号码的18位形式（15位旧号码升为18位）",
    params: [
      {
        ...id,
        name: "id15",
        en: "ID number, 15 or 18 digits.",
        zh: "15位或18位居民身份证号码",
      },
    ],
    result: "text",
    compute: (a) => validId(a.id15).normalized!,
  }),
  define({
    id: "CATEGORY",
    en: "The policy's own name for a category written in any of its accepted forms.",
    zhName: "人员类别",
    zh: "把类别的简称或写法换成政策中的规范名称",
    params: [
      param({
        name: "text",
        kind: "category",
        en: "Category as written, such as 低保.",
        zhName: "类别",
        zh: "写出的人员类别，如 低保",
        label: "人员类别",
      }),
      policy,
    ],
    result: "text",
    compute: (a) => a.policy.findCategory(a.text).name,
  }),
  define({
    id: "WORKFUND",
    en: "A village's work fund under the township's assessment rules: per person paid by completion rate, plus the bonus for 100%.",
    zhName: "工作经费",
    zh: "按参保完成率计算的村工作经费（元），含100%完成的奖励",
    params: [
      param({
        name: "target",
        kind: "count",
        en: "The village's target number of people.",
        zhName: "目标任务数",
        zh: "本村的参保目标任务人数",
      }),
      param({
        name: "paid",
        kind: "count",
        en: "The number of people who have paid.",
        zhName: "已缴费人数",
        zh: "本村实际缴费人数",
      }),
      policyIn("cq-pengshui-2025"),
    ],
    result: "number",
    compute: (a) => workFund(a.policy, a.target, a.paid).total.toNumber(),
  }),
  define({
    id: "GRADE",
    en: "A village's grade A, B or C from its overall completion rate and its two group rates.",
    zhName: "考核档次",
    zh: "按总体完成率和两项重点人群完成率评出的 A、B、C 档",
    params: [
      rate(
        "overallRate",
        "Overall completion rate, such as 0.96 or 96%.",
        "总体完成率",
        "总体参保完成率，如 0.96 或 96%"
      ),
      rate(
        "lowIncomeRate",
        "Completion rate of low-income people.",
        "低收入人口完成率",
        "农村低收入人口参保完成率"
      ),
      rate(
        "povertyRate",
        "Completion rate of people lifted out of poverty.",
        "脱贫人口完成率",
        "脱贫人口参保完成率"
      ),
      policyIn("cq-pengshui-2025"),
    ],
    result: "text",
    compute: (a) => grade(a.policy, a.overallRate, a.lowIncomeRate, a.povertyRate).grade,
  }),
];
