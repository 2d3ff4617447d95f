/**
 * 公示名单: on request, the subsidised people by village, the ID masked to its last 4 digits.
 * Its rows are made one at a time as a streaming writer asks for them (a RowSource).
 */
import { idLast4 } from "../idNumber";
import type { PolicyModel } from "../policy/model";
import { materialize, SheetRows } from "../sheet/rowSource";
import type { CellSpec, SheetSpec } from "../sheet/spec";
import type { ClaimResult } from "./build";
import { head, MONEY, num, text } from "./sheetCells";

export const NOTICE_SHEET = "公示名单";

/**
 * Villages in the order the list follows: the region's own list where its policy has one
 * (石柱 附件1), then the villages not on it in the roster's order (of first appearance).
 */
function villageRanks(
  people: readonly { village: string }[],
  policy: PolicyModel
): Map<string, number> {
  const order = policy.villageOrder(people.map((p) => p.village));
  return new Map(order.map((v, i) => [v, i] as [string, number]));
}

/**
 * 公示名单: the subsidised people, by village, with the ID masked to its last 4 digits the way
 * 下路街道发〔2024〕78号 附件3 五 masks a public list (村社、姓名、身份证后4位、缴费档次、缴费金额).
 * It is a list of subsidised people, not the cash payers' notice of 附件3 (that one belongs to
 * the cash ledger). People whose subsidy is 0 are left out: the list publishes subsidies.
 */
export function publicNoticeRows(
  result: ClaimResult,
  policy: PolicyModel,
  name = NOTICE_SHEET
): SheetRows {
  const listed = result.people.filter((p) => p.subsidy > 0);
  const rank = villageRanks(listed, policy);
  // Only the order is kept (indexes into listed); each row is made when the writer asks for it.
  const order = listed.map((_, i) => i);
  order.sort((a, b) => rank.get(listed[a].village)! - rank.get(listed[b].village)! || a - b);
  const title = `${policy.label}城乡居民医保资助参保人员名单（公示）`;
  const left = result.people.length - listed.length;
  const cells: (CellSpec | null)[][] = [
    [{ value: title, bold: true, fontSize: 14, align: "center" }],
    [
      {
        value:
          "本名单列出获资助参保的人员：村社、姓名、身份证后4位、参保档次、资助金额和个人缴费（元）。" +
          "身份证号码只留后4位，公示时注意保护个人隐私。" +
          (left > 0 ? `另有${left}人资助金额为0，未列入。` : ""),
        wrap: true,
      },
    ],
    ["序号", "村社", "姓名", "身份证后4位", "参保档次", "资助金额（元）", "个人缴费（元）"].map(
      (v) => head(v)
    ),
  ];
  return {
    spec: {
      name,
      cells,
      columnWidths: [6, 14, 10, 12, 10, 14, 14],
      merges: ["A1:G1", "A2:G2"],
      frozenRows: 3,
      textColumns: [3],
      table: { headerRow: 2 },
      print: { title },
    },
    rest: {
      count: order.length,
      row(k: number): (CellSpec | null)[] {
        const p = listed[order[k]];
        return [
          num(k + 1),
          text(p.village),
          text(p.name),
          text(idLast4(p.id)),
          text(p.tier),
          num(p.subsidy, MONEY),
          num(p.personal, MONEY),
        ];
      },
    },
  };
}

/** 公示名单 with every row in its cells (the Office.js and Office Script writers). */
export function publicNoticeSheet(
  result: ClaimResult,
  policy: PolicyModel,
  name = NOTICE_SHEET
): SheetSpec {
  return materialize(publicNoticeRows(result, policy, name));
}
