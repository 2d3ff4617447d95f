/** The pure core: policy data, rules, ID numbers and sheet logic, with no Office dependency. */
export * from "./dates";
export * from "./text";
export * from "./policy/schema";
export { PolicyModel, isOpen, parseAmount } from "./policy/model";
export type { Supplied, CategoryModel } from "./policy/model";
export {
  getPolicy,
  listPolicies,
  familyOf,
  buildPolicies,
  createRegistry,
  NOTICE_FILES,
} from "./policy/registry";
export type { PolicyRegistry } from "./policy/registry";
export { inferPolicy, yearForPayment } from "./policy/infer";
export * from "./rules/errors";
export { premium } from "./rules/premium";
export type { PremiumQuery, PremiumResult } from "./rules/premium";
export { benefit } from "./rules/benefit";
export type { BenefitQuery, BenefitResult } from "./rules/benefit";
export { refund } from "./rules/refund";
export * from "./rules/assessment";
export { policyFor } from "./rules/insuranceYear";
export { checkTargets } from "./targets/check";
export { annotateTargets } from "./targets/annotate";
export { targetTemplate } from "./targets/template";
export type * from "./targets/types";
export {
  buildClaim,
  rosterTables,
  claimLines,
  balanceText,
  isClaimOutputSheet,
  subsidisedCategories,
  claimDepartments,
  ClaimError,
} from "./claim/build";
export type {
  ClaimOptions,
  ClaimResult,
  ClaimPerson,
  ClaimLine,
  ClaimTotals,
  RejectedRow,
  MergedRow,
  SourceRef,
  RejectCode,
} from "./claim/build";
export {
  findRoster,
  readRoster,
  scanRoster,
  RosterError,
  FIELD_LABELS,
  ROSTER_FIELDS,
  HEADER_ALIASES,
} from "./claim/roster";
export type {
  RosterField,
  RosterMapping,
  RosterTable,
  RosterRecord,
  IgnoredRow,
} from "./claim/roster";
export { claimWorkbook, publicNoticeSheet } from "./claim/workbook";
export type {
  ClaimWorkbook,
  ClaimWorkbookOptions,
  ClaimSheetLayout,
  ClaimSheetNames,
} from "./claim/workbook";
export {
  rosterTemplate,
  claimTemplate,
  templateSheets,
  templateFileName,
  hasSubsidyTable,
} from "./claim/templates";
export { openValues, WAIT_CHOICES } from "./policy/openValues";
export type { OpenValueSlot } from "./policy/openValues";
