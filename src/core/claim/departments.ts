/**
 * The claim's categories and their certifying departments (认定部门): which categories are
 * subsidised, and department names compared as notices and rosters write them.
 */
import type { CategoryModel, PolicyModel } from "../policy/model";
import { squeezeKey } from "./roster";

/** Whether a category has a subsidy table entry at all. */
export function isSubsidised(c: CategoryModel): boolean {
  return c.kind === "subsidised" && c.subsidy !== undefined && Object.keys(c.subsidy).length > 0;
}

export function subsidisedCategories(policy: PolicyModel): CategoryModel[] {
  return policy.categories.filter((v) => isSubsidised(v));
}

export function departmentOf(c: CategoryModel): string {
  return c.department ?? "未注明认定部门";
}

export function claimDepartments(policy: PolicyModel): string[] {
  const out: string[] = [];
  for (const c of subsidisedCategories(policy)) {
    const d = departmentOf(c);
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

const DEPT_SYNONYMS: [RegExp, string][] = [
  [/残疾人联合会/g, "残联"],
  [
    /卫生健康委员会|卫生健康委|卫生健康局|卫生健康部门|卫健委|卫健局|卫生和计划生育委员会|卫计委/g,
    "卫健",
  ],
  [/退役军人事务局|退役军人事务部门|退役军人局|退役军人事务/g, "退役军人"],
  [/民政局|民政部门/g, "民政"],
  // 乡村振兴局 was merged into 农业农村 in 2023–2024; notices use either name.
  [
    /农业农村委员会|农业农村委|农业农村局|农业农村部门|乡村振兴局|乡村振兴部门|乡村振兴/g,
    "农业农村",
  ],
];

/** A department name reduced for comparison: 县残联 = 区残疾人联合会 = 残联. */
export function departmentKey(text: string): string {
  let k = squeezeKey(text).replace(/^(重庆市|湖南省)/, "");
  // Place names before the department: 石柱县, 邵阳市双清区, 县, 区.
  for (let i = 0; i < 2; i++) k = k.replace(/^[^县区市]{0,8}?(县|区|市)/, "");
  for (const [re, to] of DEPT_SYNONYMS) k = k.replace(re, to);
  return k.replace(/(局|委|部门|办|办公室)$/, "");
}

export function sameDepartment(a: string, b: string): boolean {
  const ka = departmentKey(a);
  const kb = departmentKey(b);
  if (ka === "" || kb === "") return true;
  return ka === kb || ka.includes(kb) || kb.includes(ka);
}
