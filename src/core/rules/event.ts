/**
 * Checks on the days a rule is given, shared by premium() and benefit(): every day must be
 * a real date inside Excel's range, and a category's event (birth, end of employee
 * insurance, entry into a welfare institution) must fit the payment and the policy's year.
 */
import { Day, inExcelRange, toChinese } from "../dates";
import type { CategoryModel, PolicyModel } from "../policy/model";
import { RuleError } from "./errors";

export const EVENT_NAMES: Record<string, string> = {
  birth: "出生日期",
  jobLoss: "职工医保断保日期",
  welfareEntry: "进入儿童福利机构的日期",
};

/** A day outside 1900-03-01 … 9999-12-31 (or not a whole day) is no date at all. */
export function assertDay(day: Day | undefined, what: string): void {
  if (day === undefined) return;
  if (!inExcelRange(day)) {
    throw new RuleError("BAD_DATE", `${what}不是有效日期：应在1900年3月1日至9999年12月31日之间`);
  }
}

/**
 * An event given for a category: not after the payment (a welfare entry may follow it) and
 * not after the end of the policy's year. A category without an event ignores the date.
 */
export function checkEvent(
  model: PolicyModel,
  category: CategoryModel,
  paid: Day,
  event: Day | undefined
): void {
  if (event === undefined || !category.event) return;
  const what = EVENT_NAMES[category.event] ?? "事件日期";
  if (event > paid && category.event !== "welfareEntry") {
    throw new RuleError(
      "EVENT_AFTER_PAYMENT",
      `${what}${toChinese(event)}晚于缴费日${toChinese(paid)}`
    );
  }
  if (event > model.yearEnd) {
    throw new RuleError("BAD_ARGUMENT", `${what}${toChinese(event)}晚于${model.year}年度末`);
  }
}
