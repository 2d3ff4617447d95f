/**
 * The YB.* custom functions. Each takes every argument as a range (a single value is a
 * 1×1 range), answers row by row and spills; see cells.ts for how arguments are read.
 *
 * The JSDoc below is the source of functions.json (CustomFunctionsMetadataPlugin, which
 * also appends the CustomFunctions.associate calls at build time); the Chinese names and
 * help for functions.zh-CN.json are in zh-CN.ts, keyed by the same ids and parameter names.
 */
import { ageOn, dayFromParts, Day, inExcelRange, toChinese, toIso } from "../core/dates";
import { checkId, IdResult } from "../core/idNumber";
import type { PolicyModel } from "../core/policy/model";
import { grade as coreGrade, workFund as coreWorkFund } from "../core/rules/assessment";
import { benefit as coreBenefit, BenefitResult, MAX_YEARS } from "../core/rules/benefit";
import { RuleError } from "../core/rules/errors";
import { premium as corePremium, PremiumResult } from "../core/rules/premium";
import { getSettings, whenReady, WorkbookSettings } from "../office/settings";
import * as arg from "./cells";

/* Excel passes every argument, and takes every answer, as any[][]. */

/** Runs once the workbook settings can be read (at once, except before Office is ready). */
function withSettings(
  compute: (settings: WorkbookSettings, models: Map<string, PolicyModel>) => any[][]
): any[][] {
  // Before Office.onReady this is a Promise, which the custom functions runtime accepts too.
  return whenReady(() => compute(getSettings(), new Map())) as any[][];
}

type Amount = "personal" | "subsidy" | "standard" | "fiscalSurcharge";

function premiumColumn(part: Amount, args: unknown[]): any[][] {
  return withSettings((settings, models) =>
    arg.mapRows(args, 3, ([tier, category, paid, year, policy]) => {
      const r: PremiumResult = corePremium({
        policy: arg.policyOf(policy, settings.policy, models),
        tier: arg.text(tier, "档次"),
        category: arg.text(category, "人员类别"),
        paid: arg.date(paid, "缴费日期"),
        year: arg.optYear(year),
        supplied: settings.supplied,
      });
      return r[part].toNumber();
    })
  );
}

/**
 * A benefit that would start after the insurance year has ended is no start date and no
 * wait: the cell shows the CLI's answer as an error instead of a date a clerk would trust.
 */
function benefitColumn(pick: (r: BenefitResult) => number, args: unknown[]): any[][] {
  return withSettings((settings, models) =>
    arg.mapRows(args, 2, ([paid, category, eventDate, breakYears, policy]) => {
      const r = coreBenefit({
        policy: arg.policyOf(policy, settings.policy, models),
        category: arg.text(category, "人员类别"),
        paid: arg.date(paid, "缴费日期"),
        eventDate: arg.optDate(eventDate, "事件日期"),
        breakYears: arg.optCount(breakYears, "断保年数", MAX_YEARS),
        supplied: settings.supplied,
      });
      if (r.beyondYearEnd) {
        throw new RuleError(
          "NO_RULE",
          `本次缴费在${r.year}年度享受不到待遇：待遇开始日${toChinese(r.benefitStart)}已过${r.year}年12月31日`
        );
      }
      return pick(r);
    })
  );
}

function validId(v: arg.Cell, asOf?: Day): IdResult {
  const r = checkId(v, asOf);
  if (!r.valid) throw new RuleError("BAD_ARGUMENT", r.message);
  return r;
}

function today(): Day {
  const d = new Date();
  return dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
}

/**
 * What the resident pays: the tier's standard, less the subsidy, plus the fiscal part a late payer adds.
 * @customfunction PREMIUM
 * @param tier Tier, such as 一档 or 二档.
 * @param category Category of person, such as 普通居民 or 低保对象 (short forms are accepted).
 * @param date Payment date: a date, or text such as 2025-03-01.
 * @param [year] Insurance year, such as 2025. Default: the year the payment date pays for.
 * @param [policy] Policy id, such as cq-tongnan-2025. Default: the workbook's policy.
 * @returns The personal amount in yuan.
 */
export function premium(
  tier: any[][],
  category: any[][],
  date: any[][],
  year?: any[][],
  policy?: any[][]
): any[][] {
  return premiumColumn("personal", [tier, category, date, year, policy]);
}

/**
 * The subsidy a category receives at a tier.
 * @customfunction SUBSIDY
 * @param tier Tier, such as 一档 or 二档.
 * @param category Category of person, such as 低保对象.
 * @param date Payment date: a date, or text such as 2025-03-01.
 * @param [year] Insurance year, such as 2025. Default: the year the payment date pays for.
 * @param [policy] Policy id, such as cq-tongnan-2025. Default: the workbook's policy.
 * @returns The subsidy in yuan.
 */
export function subsidy(
  tier: any[][],
  category: any[][],
  date: any[][],
  year?: any[][],
  policy?: any[][]
): any[][] {
  return premiumColumn("subsidy", [tier, category, date, year, policy]);
}

/**
 * The contribution standard of a tier (the student rate for students).
 * @customfunction STANDARD
 * @param tier Tier, such as 一档 or 二档.
 * @param category Category of person, such as 普通居民.
 * @param date Payment date: a date, or text such as 2025-03-01.
 * @param [year] Insurance year, such as 2025. Default: the year the payment date pays for.
 * @param [policy] Policy id, such as cq-tongnan-2025. Default: the workbook's policy.
 * @returns The standard in yuan.
 */
export function standard(
  tier: any[][],
  category: any[][],
  date: any[][],
  year?: any[][],
  policy?: any[][]
): any[][] {
  return premiumColumn("standard", [tier, category, date, year, policy]);
}

/**
 * The fiscal subsidy a late payer must add to the personal contribution (0 when not late).
 * @customfunction SURCHARGE
 * @param tier Tier, such as 一档 or 二档.
 * @param category Category of person, such as 普通居民.
 * @param date Payment date: a date, or text such as 2025-07-15.
 * @param [year] Insurance year, such as 2025. Default: the year the payment date pays for.
 * @param [policy] Policy id, such as cq-tongnan-2025. Default: the workbook's policy.
 * @returns The added amount in yuan.
 */
export function surcharge(
  tier: any[][],
  category: any[][],
  date: any[][],
  year?: any[][],
  policy?: any[][]
): any[][] {
  return premiumColumn("fiscalSurcharge", [tier, category, date, year, policy]);
}

/**
 * Days from payment to the start of benefits.
 * @customfunction WAITDAYS
 * @param paid Payment date: a date, or text such as 2025-03-01.
 * @param category Category of person, such as 普通居民 or 新生儿.
 * @param [eventDate] Birth date of a newborn, end of employee insurance, or entry into a welfare institution.
 * @param [breakYears] Years without insurance just before this one. Default: 0.
 * @param [policy] Policy id, such as cq-tongnan-2025. Default: the workbook's policy.
 * @returns The number of days.
 */
export function waitDays(
  paid: any[][],
  category: any[][],
  eventDate?: any[][],
  breakYears?: any[][],
  policy?: any[][]
): any[][] {
  return benefitColumn((r) => r.waitDays, [paid, category, eventDate, breakYears, policy]);
}

/**
 * The date benefits start, as a date serial number (format the cell as a date).
 * @customfunction BENEFITSTART
 * @param paid Payment date: a date, or text such as 2025-03-01.
 * @param category Category of person, such as 普通居民 or 新生儿.
 * @param [eventDate] Birth date of a newborn, end of employee insurance, or entry into a welfare institution.
 * @param [breakYears] Years without insurance just before this one. Default: 0.
 * @param [policy] Policy id, such as cq-tongnan-2025. Default: the workbook's policy.
 * @returns The start date.
 */
export function benefitStart(
  paid: any[][],
  category: any[][],
  eventDate?: any[][],
  breakYears?: any[][],
  policy?: any[][]
): any[][] {
  return benefitColumn(
    (r) => arg.serial(r.benefitStart),
    [paid, category, eventDate, breakYears, policy]
  );
}

/**
 * Whether a resident ID number is valid (length, region, birth date, check digit).
 * @customfunction IDCHECK
 * @param id ID number, 18 or 15 digits.
 * @returns TRUE or FALSE.
 */
export function idCheck(id: any[][]): any[][] {
  return arg.mapRows([id], 1, ([v]) => checkId(v).valid);
}

/**
 * Why an ID number is not valid ("有效" when it is).
 * @customfunction IDREASON
 * @param id ID number, 18 or 15 digits.
 * @returns The reason, in Chinese.
 */
export function idReason(id: any[][]): any[][] {
  return arg.mapRows([id], 1, ([v]) => checkId(v).message);
}

/**
 * The birth date in a valid ID number, as a date serial number.
 * @customfunction IDBIRTH
 * @param id ID number, 18 or 15 digits.
 * @returns The birth date.
 */
export function idBirth(id: any[][]): any[][] {
  // Excel has no date before 1900-03-01 (GB 11643's own example was born in 1880): such a
  // birth is given as text, never as a serial that is no date.
  return arg.mapRows([id], 1, ([v]) => {
    const birth = validId(v).birth!;
    return inExcelRange(birth) ? arg.serial(birth) : toIso(birth);
  });
}

/**
 * The gender in a valid ID number: 男 or 女.
 * @customfunction IDGENDER
 * @param id ID number, 18 or 15 digits.
 * @returns 男 or 女.
 */
export function idGender(id: any[][]): any[][] {
  return arg.mapRows([id], 1, ([v]) => validId(v).gender!);
}

/**
 * Age in whole years on a date, from a valid ID number.
 * @customfunction IDAGE
 * @param id ID number, 18 or 15 digits.
 * @param [onDate] The date of the age. Default: today.
 * @returns The age in years.
 */
export function idAge(id: any[][], onDate?: any[][]): any[][] {
  return arg.mapRows([id, onDate], 1, ([v, on]) => {
    const day = arg.optDate(on, "计算年龄的日期") ?? today();
    return ageOn(validId(v, day).birth!, day);
  });
}

/**
 * The 18-digit form of a valid ID number (a 15-digit old number is converted).
 * @customfunction ID18
 * @param id15 ID number, 15 or 18 digits.
 * @returns The 18-digit ID number.
 */
export function id18(id15: any[][]): any[][] {
  return arg.mapRows([id15], 1, ([v]) => validId(v).normalized!);
}

/**
 * The policy's own name for a category written in any of its accepted forms.
 * @customfunction CATEGORY
 * @param text Category as written, such as 低保.
 * @param [policy] Policy id, such as cq-tongnan-2025. Default: the workbook's policy.
 * @returns The category name.
 */
export function category(text: any[][], policy?: any[][]): any[][] {
  return withSettings((settings, models) =>
    arg.mapRows(
      [text, policy],
      1,
      ([v, p]) =>
        arg.policyOf(p, settings.policy, models).findCategory(arg.text(v, "人员类别")).name
    )
  );
}

/**
 * A village's work fund under the township's assessment rules: per person paid by completion rate, plus the bonus for 100%.
 * @customfunction WORKFUND
 * @param target The village's target number of people.
 * @param paid The number of people who have paid.
 * @param [policy] Policy id, such as cq-pengshui-2025. Default: the workbook's policy.
 * @returns The work fund in yuan.
 */
export function workFund(target: any[][], paid: any[][], policy?: any[][]): any[][] {
  return withSettings((settings, models) =>
    arg.mapRows(
      [target, paid, policy],
      2,
      ([t, n, p]) =>
        coreWorkFund(
          arg.policyOf(p, settings.policy, models),
          arg.count(t, "目标任务数"),
          arg.count(n, "已缴费人数")
        ).total.toNumber(),
      { zeroIsValue: true }
    )
  );
}

/**
 * A village's grade A, B or C from its overall completion rate and its two group rates.
 * @customfunction GRADE
 * @param overallRate Overall completion rate, such as 0.96 or 96%.
 * @param lowIncomeRate Completion rate of low-income people.
 * @param povertyRate Completion rate of people lifted out of poverty.
 * @param [policy] Policy id, such as cq-pengshui-2025. Default: the workbook's policy.
 * @returns A, B or C.
 */
export function grade(
  overallRate: any[][],
  lowIncomeRate: any[][],
  povertyRate: any[][],
  policy?: any[][]
): any[][] {
  return withSettings((settings, models) =>
    arg.mapRows(
      [overallRate, lowIncomeRate, povertyRate, policy],
      3,
      ([o, l, v, p]) =>
        coreGrade(
          arg.policyOf(p, settings.policy, models),
          arg.share(o, "总体完成率"),
          arg.share(l, "低收入人口完成率"),
          arg.share(v, "脱贫人口完成率")
        ).grade,
      { zeroIsValue: true }
    )
  );
}
