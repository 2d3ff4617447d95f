/**
 * Finding a roster (花名册) in a sheet as departments send them: the header row may sit
 * anywhere in the first rows under a title, the columns come in any order and under
 * several names (身份证号码 / 公民身份号码, 人员类别 / 资助类别 / 身份 …). A header that is not
 * recognised can be mapped by the clerk ({field → column}); when a required field cannot
 * be found the error lists the headers that were found and the fields that are missing.
 *
 * This module only locates and reads; checking and amounts are in build.ts. rosterHeader.ts
 * knows the fields and their header names, rosterFind.ts finds the header row in a sheet,
 * rosterRows.ts reads the rows below it (build.ts picks a workbook's roster sheets).
 */
export * from "./rosterHeader";
export * from "./rosterFind";
export * from "./rosterRows";
export { cleanName, squeezeKey } from "../text";
