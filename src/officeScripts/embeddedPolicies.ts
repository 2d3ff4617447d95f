/**
 * The policies an Office Script carries. Empty here: the script build puts the shipped
 * policies in this module's place, already read, checked and validated by the registry
 * (scripts/office-scripts), so a script needs neither the JSON files nor zod.
 */
import type { Policy } from "../core/policy/types";

/** The ids a script's `policy` parameter offers (a union of literals in a built script). */
export type PolicyId = string;

export const EMBEDDED_POLICIES: readonly Policy[] = [];
