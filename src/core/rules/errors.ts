/**
 * Errors the clerk can act on: a stable code for programs and a Chinese message for people.
 */
export type RuleErrorCode =
  | "UNKNOWN_POLICY"
  | "NO_POLICY"
  | "NO_POLICY_FOR_YEAR"
  | "UNKNOWN_CATEGORY"
  | "UNKNOWN_TIER"
  | "TIER_NOT_ALLOWED"
  | "NO_STUDENT_RATE"
  | "BAD_DATE"
  | "BAD_ARGUMENT"
  | "OPEN_VALUE"
  | "NOT_PAYABLE_YET"
  | "PAST_LAST_PAYABLE_DAY"
  | "EVENT_DATE_REQUIRED"
  | "EVENT_AFTER_PAYMENT"
  | "LATE_MINIMUM_CONFLICT"
  | "NO_RULE";

export class RuleError extends Error {
  readonly code: RuleErrorCode;
  /**
   * For OPEN_VALUE: the key under which the user supplies the missing value (CLI --set KEY=值,
   * the workbook's settings), so callers need not read it out of the message.
   */
  readonly supplyKey?: string;
  constructor(code: RuleErrorCode, message: string, options: { supplyKey?: string } = {}) {
    super(message);
    this.name = "RuleError";
    this.code = code;
    if (options.supplyKey !== undefined) this.supplyKey = options.supplyKey;
  }
}

export function isRuleError(e: unknown): e is RuleError {
  return e instanceof RuleError;
}
