/**
 * The cash-collection rules (石柱县城乡居民社保费现金征缴工作规范, 下路街道发〔2024〕78号 附件3),
 * in one cited table, by policy family. They belong in the policy data; they live here
 * because the policy files were being restructured when this was written, and the schema
 * has no place for them yet. Every number carries its document, clause and words; a test
 * checks the quotes against the seed file. The villages (附件1) are already policy data:
 * cashRulesOf takes them from the policy.
 *
 * Counting the 5 days (the notice says only "入库时限……不得超出5日"): the day of receipt is
 * not counted and the 5 days start the next day, as 民法典 第二百零一条 counts any period in
 * days ("开始的当日不计入，自下一日开始计算"). Cash received on D may be remitted up to D+5;
 * D+6 is late. Calendar days: yibao has no holiday calendar, so a deadline on a holiday is
 * not moved (the message says so).
 *
 * The 10,000 yuan: cash a collector holds at the end of a day, that is received on or
 * before that day and not remitted on or before it. The ledger records days, not times, so
 * cash received and remitted on the same day (附件3 三's normal case, "当日内……完成代缴") is
 * never counted as held.
 */
import type { Citation } from "../policy/schema";
import type { PolicyModel } from "../policy/model";

export interface Cited<T> {
  value: T;
  cite: Citation[];
}

export interface CashRules {
  /** Days after the day of receipt by which the cash must be remitted. */
  remitDays: Cited<number>;
  /** Most a collector may hold unremitted, yuan (not over: 10,000.00 is within). */
  holdLimit: Cited<string>;
  /** How a collector may remit (the ledger's 解缴方式). */
  remitMethods: Cited<string[]>;
  /** A ledger, checked against the receipts every day. */
  dailyCheck: Cited<true>;
  /** Public notice of cash payers: every quarter… */
  noticeQuarterly: Cited<true>;
  /** …and in full within this many months after the collection period ends. */
  fullNoticeMonths: Cited<number>;
  /** What the notice shows. */
  noticeFields: Cited<string[]>;
  /** The region's villages and communities (附件1, from the policy), for the ledger's 村社 dropdown. */
  villages?: Cited<string[]>;
}

const DOC = "下路街道发〔2024〕78号";

type RegionCashRules = Omit<CashRules, "villages">;

const SHIZHU: RegionCashRules = {
  remitDays: {
    value: 5,
    cite: [
      {
        doc: DOC,
        clause: "附件3 三",
        quote: "收取现金费款的入库时限和资金规模，不得超出“5日”和“10000元”标准",
      },
    ],
  },
  holdLimit: {
    value: "10000",
    cite: [
      {
        doc: DOC,
        clause: "附件3 三",
        quote: "收取现金费款的入库时限和资金规模，不得超出“5日”和“10000元”标准",
      },
    ],
  },
  remitMethods: {
    value: ["POS机", "线上代缴", "办税服务厅"],
    cite: [
      {
        doc: DOC,
        clause: "附件3 三",
        quote: "当日内通过专用POS机和线上缴费渠道完成代缴",
      },
      {
        doc: DOC,
        clause: "附件3 三",
        quote: "税务机关办税服务厅前台征收人员收到现金缴纳城乡居民社保费的",
      },
    ],
  },
  dailyCheck: {
    value: true,
    cite: [
      {
        doc: DOC,
        clause: "附件3 四",
        quote: "居民医保现金征缴应建立台账当天核对机制",
      },
    ],
  },
  noticeQuarterly: {
    value: true,
    cite: [
      {
        doc: DOC,
        clause: "附件3 五",
        quote: "社区（村组）一级对于现金缴费人员的缴费信息应按季公示",
      },
    ],
  },
  fullNoticeMonths: {
    value: 1,
    cite: [
      {
        doc: DOC,
        clause: "附件3 五",
        quote: "居民医保在集中征收期结束后一个月以内，应进行一次现金征缴情况全面公示",
      },
    ],
  },
  noticeFields: {
    value: ["村社", "姓名", "身份证后4位", "缴费档次", "缴费金额"],
    cite: [
      {
        doc: DOC,
        clause: "附件3 五",
        quote: "公示要素包括村社、姓名、身份证后4位、缴费档次、缴费金额等要素",
      },
    ],
  },
};

/** By policy family: the regions whose notices set cash-collection rules. */
export const CASH_RULES: Readonly<Record<string, RegionCashRules>> = { "cq-shizhu": SHIZHU };

/** The cash rules of a policy's region with its villages, or null where its notice sets none. */
export function cashRulesOf(policy: PolicyModel): CashRules | null {
  const rules = CASH_RULES[policy.policy.family];
  if (!rules) return null;
  const villages = policy.villages();
  return villages ? { ...rules, villages } : { ...rules };
}

/** "下路街道发〔2024〕78号 附件3 三" for messages. */
export function citeText(c: Cited<unknown>): string {
  const first = c.cite[0];
  return `${first.doc} ${first.clause}`;
}
