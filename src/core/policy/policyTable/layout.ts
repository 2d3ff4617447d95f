/** The 政策表's sheets and columns, as the writer lays them out and the reader looks for them. */
export const TABLE_SHEET = "政策表";
export const DOCUMENTS_SHEET = "文件";
export const TEXT_SHEET = "通知原文";

export const TABLE_HEADER = ["项目", "值", "说明", "文号", "条款", "原文"] as const;
export const DOCUMENTS_HEADER = [
  "文号",
  "标题",
  "发文单位",
  "发文日期",
  "适用参保年度",
  "长期有效",
] as const;
export const TEXT_HEADER = ["文号", "通知原文"] as const;

export type TableColumn = (typeof TABLE_HEADER)[number];
