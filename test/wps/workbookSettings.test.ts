/**
 * The WPS add-in keeps the pane's policy choice and the supplied open values in the workbook
 * (custom document properties), so the pane's help "保存在本工作簿中" is true: the YB.* functions
 * of that workbook follow it, another workbook does not, and the values survive their 255-
 * character limit and a change of type. Fails on a store kept per computer (localStorage).
 */
/// <reference types="et-jsapi-declare" />
import { FUNCTIONS } from "../../src/functions/table";
import { registerWpsFunctions, type WpsFunction } from "../../src/wps/addin/functions";
import { workbookPolicyStore, workbookSettings } from "../../src/wps/host/workbookSettings";
import { EtBook } from "./etWorkbook";

const app = (b: EtBook) => b.application as unknown as Et.Application;
const wb = (b: EtBook) => b.workbook as unknown as Et.Workbook;

function premiumIn(book: EtBook): WpsFunction {
  let premium: WpsFunction | undefined;
  registerWpsFunctions(
    { AddCustomFunction: (_ns, name, fn) => name === "PREMIUM" && (premium = fn) },
    FUNCTIONS,
    () => workbookSettings(wb(book))
  );
  return premium!;
}

it("the policy chosen for one workbook is that workbook's, and its functions use it", async () => {
  const one = EtBook.from({ 名单: [["姓名"]] });
  const other = EtBook.from({ 名单: [["姓名"]] });
  const store = workbookPolicyStore(app(one));
  expect(await store.load()).toEqual({ policyId: null, supplied: {} });
  await store.savePolicyId("cq-pengshui-2025");
  expect(one.application._fullCalculations).toBe(1);
  expect(await store.load()).toEqual({ policyId: "cq-pengshui-2025", supplied: {} });
  expect(premiumIn(one)("二档", "计生优抚（奖扶）对象", 45611)).toEqual([[455]]);
  // The other workbook has chosen nothing: its cell asks for a policy.
  expect(workbookSettings(wb(other)).policy).toBeNull();
  expect(() => premiumIn(other)("二档", "计生优抚（奖扶）对象", 45611)).toThrow();
  await store.savePolicyId("");
  expect(workbookSettings(wb(one)).policy).toBeNull();
});

it("supplied values are kept one property each, numbers as numbers, long text whole", async () => {
  const book = EtBook.from({ 名单: [["姓名"]] });
  const store = workbookPolicyStore(app(book));
  const long = "经县医保局确认：".padEnd(200, "甲");
  await store.saveSupplied!({ fiscalSubsidy: 670, note: long, "subsidy.其他困难群体": "200" });
  expect(workbookSettings(wb(book)).supplied).toEqual({
    fiscalSubsidy: 670,
    note: long,
    "subsidy.其他困难群体": "200",
  });
  await store.saveSupplied!({ fiscalSubsidy: "六百七十" });
  expect((await store.load()).supplied).toEqual({ fiscalSubsidy: "六百七十" });
  expect(book.workbook.CustomDocumentProperties.Count).toBe(1);
});

it("no workbook open: no settings", async () => {
  expect(workbookSettings(null)).toEqual({ policy: null, supplied: {}, policyTable: null });
});
