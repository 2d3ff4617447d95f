/**
 * One fixed table of YB.* calls, errors among them, that every front door must answer alike:
 * the Excel custom functions (src/functions), the WPS add-in's functions (src/wps/addin) and
 * the JS macro cell functions (YB_PREMIUM …, dist/wps/宏/医保助手函数.js). Every function of
 * src/functions/table.ts has a row (jsaFunctions.test.ts checks). Each call gives its arguments as
 * Excel passes them: every declared parameter in order, each a value (a 1×1 range) or a 2-D
 * array (a range), null for one left out. Dates are serial numbers.
 * `pinned` is the notices' own answer where a test should not merely compare front doors.
 *
 * Created by the WPS add-in's branch (wps20); the JS macro side adds its runner
 * (jsaFunctions.test.ts) and the rows of the functions the table lacked.
 */
export const TONGNAN = "cq-tongnan-2025";
export const PENGSHUI = "cq-pengshui-2025";

/** Excel's serial of a date (1900 system). */
export function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export interface FunctionCall {
  id: string;
  args: unknown[];
  /** What a clerk would type, for the test's name. */
  shown: string;
  pinned?: unknown;
}

/** A valid 18-digit ID number (GB 11643 check digit X), the standard's own example. */
const ID = "11010519491231002X";

export const FUNCTION_CALLS: FunctionCall[] = [
  {
    id: "PREMIUM",
    args: ["二档", "计生优抚（奖扶）对象", serial(2024, 11, 15), null, PENGSHUI],
    shown: '=YB.PREMIUM("二档","计生优抚（奖扶）对象",DATE(2024,11,15),,"cq-pengshui-2025")',
    pinned: 455,
  },
  {
    id: "PREMIUM",
    args: ["一档", "普通居民", serial(2025, 7, 15), null, TONGNAN],
    shown: '=YB.PREMIUM("一档","普通居民",DATE(2025,7,15),,潼南)',
    pinned: 1070,
  },
  {
    id: "PREMIUM",
    args: ["一档", "普通居民", "2025年3月1日", null, TONGNAN],
    shown: '=YB.PREMIUM("一档","普通居民","2025年3月1日",,潼南)',
  },
  {
    id: "PREMIUM",
    args: ["三档", "普通居民", serial(2025, 3, 1), null, TONGNAN],
    shown: "an unknown tier is #VALUE!",
  },
  {
    id: "PREMIUM",
    args: ["一档", "普通居民", "昨天", null, TONGNAN],
    shown: "a date that is no date is #VALUE!",
  },
  {
    id: "PREMIUM",
    args: ["一档", "普通居民", serial(2025, 3, 1), null, "no-such-policy"],
    shown: "an unknown policy is #VALUE!",
  },
  {
    id: "PREMIUM",
    args: [
      [["一档"], ["二档"], [""], ["一档"]],
      "普通居民",
      [[serial(2025, 3, 1)], [serial(2025, 3, 1)], [null], ["坏日期"]],
      null,
      TONGNAN,
    ],
    shown: "a column of rows: answers, an empty row, and one bad row among good ones",
  },
  {
    id: "SUBSIDY",
    args: ["二档", "计生优抚（奖扶）对象", serial(2024, 11, 15), null, PENGSHUI],
    shown: '=YB.SUBSIDY("二档","计生优抚（奖扶）对象",DATE(2024,11,15),,彭水)',
  },
  {
    id: "STANDARD",
    args: ["一档", "普通居民", serial(2025, 3, 1), null, TONGNAN],
    shown: '=YB.STANDARD("一档","普通居民",DATE(2025,3,1),,潼南)',
  },
  {
    id: "WAITDAYS",
    args: [serial(2025, 1, 10), "普通居民", null, null, TONGNAN],
    shown: '=YB.WAITDAYS(DATE(2025,1,10),"普通居民",,,潼南)',
    pinned: 22,
  },
  {
    id: "BENEFITSTART",
    args: [serial(2025, 1, 10), "普通居民", null, null, TONGNAN],
    shown: '=YB.BENEFITSTART(DATE(2025,1,10),"普通居民",,,潼南)',
    pinned: serial(2025, 2, 1),
  },
  {
    id: "BENEFITSTART",
    args: [serial(2025, 1, 10), "新生儿", null, null, TONGNAN],
    shown: "a newborn without the birth date is #VALUE! naming the argument",
  },
  { id: "IDCHECK", args: [ID], shown: `=YB.IDCHECK("${ID}")`, pinned: true },
  { id: "IDCHECK", args: ["110105194912310021"], shown: "a wrong check digit is FALSE" },
  { id: "IDREASON", args: ["11010519491231002"], shown: "a 17-digit number's reason" },
  { id: "IDBIRTH", args: [ID], shown: `=YB.IDBIRTH("${ID}")`, pinned: serial(1949, 12, 31) },
  { id: "IDGENDER", args: [ID], shown: `=YB.IDGENDER("${ID}")`, pinned: "女" },
  {
    id: "IDGENDER",
    args: [5.00243e17],
    shown: "an ID stored as a number has lost digits: #VALUE!",
  },
  {
    id: "IDAGE",
    args: [ID, serial(2025, 1, 1)],
    shown: `=YB.IDAGE("${ID}",DATE(2025,1,1))`,
    pinned: 75,
  },
  { id: "IDCHECK", args: [[[ID], [null], ["123"]]], shown: "a column of IDs with an empty row" },
  {
    id: "SURCHARGE",
    args: ["一档", "普通居民", serial(2025, 7, 15), null, TONGNAN],
    shown: '=YB.SURCHARGE("一档","普通居民",DATE(2025,7,15),,潼南)',
  },
  {
    id: "SURCHARGE",
    args: ["一档", "普通居民", null, null, TONGNAN],
    shown: "a missing payment date is #VALUE! naming the argument",
  },
  { id: "ID18", args: ["110105491231002"], shown: '=YB.ID18("110105491231002")' },
  { id: "ID18", args: ["12345"], shown: "five digits are no ID number: #VALUE!" },
  { id: "CATEGORY", args: ["低保", PENGSHUI], shown: '=YB.CATEGORY("低保",彭水)' },
  { id: "CATEGORY", args: ["外星人", PENGSHUI], shown: "a category the policy lacks is #VALUE!" },
  {
    id: "CATEGORY",
    args: ["低保", null],
    shown: "no policy given and none chosen for the workbook: #VALUE!",
  },
  { id: "WORKFUND", args: [1273, 1273, PENGSHUI], shown: "=YB.WORKFUND(1273,1273,彭水)" },
  { id: "WORKFUND", args: [1273, -5, PENGSHUI], shown: "a negative count is #VALUE!" },
  { id: "GRADE", args: [0.96, "95%", 1, PENGSHUI], shown: '=YB.GRADE(0.96,"95%",1,彭水)' },
  { id: "GRADE", args: ["很高", 1, 1, PENGSHUI], shown: "a rate that is no number is #VALUE!" },
];
