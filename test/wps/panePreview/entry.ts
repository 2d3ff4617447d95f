/**
 * The WPS task pane in a plain browser over the strict ET fake, to look at it as a clerk
 * would (test/wps/panePreview/shoot.js bundles this and screenshots it at a task pane's width).
 */
import { EtBook } from "../etWorkbook";

const roster = [
  ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
  [1, "红岩社区", "张一", "11010519491231002X", "城乡低保对象", "一档"],
  [2, "高平村", "李二", "500240201001010013", "特困人员", "二档"],
];
const book = EtBook.from({ 花名册: roster, 说明: [["各部门花名册汇总"]] });
(window as unknown as { Application: unknown }).Application = book.application;

require("../../../src/wps/addin/taskpane");
