/**
 * The roster's fields and the headers departments write for them (身份证号码 / 公民身份号码,
 * 人员类别 / 资助类别 / 身份 …): which field a header names, and a field named by the clerk.
 */
import { headerKey } from "../sheet/header";

export type RosterField =
  "name" | "id" | "category" | "tier" | "village" | "paidDate" | "department";

export const ROSTER_FIELDS: readonly RosterField[] = [
  "name",
  "id",
  "category",
  "tier",
  "village",
  "paidDate",
  "department",
];

/** The clerk's word for each field (used in messages, templates and the CLI's --map). */
export const FIELD_LABELS: Readonly<Record<RosterField, string>> = {
  name: "姓名",
  id: "身份证号码",
  category: "人员类别",
  tier: "参保档次",
  village: "村（社区）",
  paidDate: "缴费日期",
  department: "认定部门",
};

/**
 * Header names per field, best first: where two columns both match a field, the one with
 * the earlier alias wins (身份证号码 over 证件号码), then the leftmost.
 */
export const HEADER_ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  name: [
    "姓名",
    "参保人姓名",
    "人员姓名",
    "参保人员姓名",
    "资助对象姓名",
    "对象姓名",
    "被资助人姓名",
    "参保人",
    "名字",
  ],
  id: [
    "身份证号码",
    "公民身份号码",
    "公民身份证号码",
    "身份证号",
    "身份证件号码",
    "居民身份证号码",
    "身份证",
    "证件号码",
    "证件号",
    "社会保障号码",
    "社会保障号",
  ],
  category: [
    "人员类别",
    "资助类别",
    "身份",
    "资助身份",
    "人员身份",
    "身份类别",
    "资助对象类别",
    "资助对象",
    "对象类别",
    "困难类别",
    "救助类别",
    "人员类型",
    "参保身份",
    "类别",
  ],
  tier: [
    "参保档次",
    "缴费档次",
    "档次",
    "参保档位",
    "缴费档位",
    "医保档次",
    "选择档次",
    "参保缴费档次",
  ],
  village: [
    "村（社区）",
    "村(社区)",
    "村社区",
    "村/社区",
    "村社",
    "村居",
    "所在村（社区）",
    "所属村（社区）",
    // Tax and POS exports name it so: without them a payment outside the lists lost its village.
    "所属村社",
    "所在村社",
    "所属村居",
    "村社名称",
    "村委会",
    "社区",
    "村",
    "村组",
  ],
  paidDate: ["缴费日期", "缴费时间", "参保缴费日期", "参保日期", "缴费日"],
  department: ["认定部门", "人员认定部门", "认定单位", "主管部门", "资助部门", "来源部门"],
};

/** Words that, inside a header, make it a column about someone else (户主身份证号码, 监护人姓名). */
const OTHER_PERSON = /户主|监护人|联系|电话|代办|经办|收款|银行|开户/;

/** Distinctive words for a header that contains more than its name (参保人身份证号码（18位）). */
const CONTAINS: Readonly<Record<RosterField, readonly string[]>> = {
  name: ["姓名"],
  id: ["身份证号", "身份号码", "证件号码"],
  category: ["人员类别", "资助类别", "身份类别", "人员身份", "资助身份"],
  tier: ["档次", "档位"],
  village: ["村(社区)", "村社区", "村/社区"],
  paidDate: ["缴费日期", "缴费时间"],
  department: ["认定部门", "认定单位"],
};

/** A key without its bracketed parts: 人员类别(单选) read loosely as 人员类别. */
function stripParens(key: string): string {
  return key.replace(/\([^)]*\)/g, "");
}

const aliasIndex = new Map<string, { field: RosterField; rank: number }>();
for (const f of ROSTER_FIELDS) {
  HEADER_ALIASES[f].forEach((a, i) => {
    const k = headerKey(a);
    if (!aliasIndex.has(k)) aliasIndex.set(k, { field: f, rank: i });
  });
}

/** Which field a header names, with a rank (lower is a better match), or null. */
export function matchHeader(text: string): { field: RosterField; rank: number } | null {
  const key = headerKey(text);
  if (key === "") return null;
  const exact = aliasIndex.get(key);
  if (exact) return exact;
  const bare = stripParens(key);
  const loose = bare !== key && bare !== "" ? aliasIndex.get(bare) : undefined;
  if (loose) return { field: loose.field, rank: 100 + loose.rank };
  if (OTHER_PERSON.test(key)) return null;
  for (const f of ROSTER_FIELDS) {
    const words = CONTAINS[f];
    for (let i = 0; i < words.length; i++)
      if (key.includes(words[i])) return { field: f, rank: 200 + i };
  }
  return null;
}

/** A field named in Chinese or English (for --map 身份=人员类别 and settings). */
export function parseField(text: string): RosterField | null {
  const key = headerKey(text);
  for (const f of ROSTER_FIELDS) {
    if (key.toLowerCase() === f.toLowerCase() || key === headerKey(FIELD_LABELS[f])) return f;
  }
  const extra: Record<string, RosterField> = {
    身份证: "id",
    身份证号: "id",
    公民身份号码: "id",
    类别: "category",
    资助类别: "category",
    身份: "category",
    档次: "tier",
    村: "village",
    村社区: "village",
    村社: "village",
    日期: "paidDate",
    部门: "department",
    paid: "paidDate",
    date: "paidDate",
  };
  return extra[key] ?? null;
}
