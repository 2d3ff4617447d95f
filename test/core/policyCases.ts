/**
 * The runner for the notices' own tables of cases, kept as data beside the policy files
 * (src/core/policy/notices/<document>.cases.json), the way OpenFisca keeps its YAML tests: each
 * case is a policy, a payment date, the input and what the notice says follows.
 */
import fs from "fs";
import path from "path";
import { iso, toIso } from "../../src/core/dates";
import { PolicyRegistry } from "../../src/core/policy/registry";
import { benefit } from "../../src/core/rules/benefit";
import { premium } from "../../src/core/rules/premium";
import { isRuleError } from "../../src/core/rules/errors";

export const POLICY_DATA_DIR = path.resolve(__dirname, "../../src/core/policy/notices");

export interface PolicyCase {
  what: string;
  rule: "premium" | "benefit";
  /** The payment date; the region's insurance year is chosen from it, as for a clerk. */
  date: string;
  input: {
    category: string;
    tier?: string;
    eventDate?: string;
    breakYears?: number;
    supplied?: Record<string, string | number>;
  };
  /** Amounts in yuan, dates as YYYY-MM-DD, the year chosen, or the error code the engine must give. */
  expected: {
    standard?: number;
    subsidy?: number;
    personal?: number;
    fiscalSurcharge?: number;
    benefitStart?: string;
    waitDays?: number;
    year?: number;
    error?: string;
  };
}

export interface CaseTable {
  policy: string;
  /** The notice whose numbers the cases are. */
  notice: string;
  cases: PolicyCase[];
}

/** Every *.cases.json in a directory, with its file name. */
export function caseTables(dir: string = POLICY_DATA_DIR): Array<[string, CaseTable]> {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cases.json"))
    .sort()
    .map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as CaseTable]);
}

/** What the engine gives for one case, in the shape of `expected` (only the keys it names). */
export function actualOf(registry: PolicyRegistry, table: CaseTable, c: PolicyCase): PolicyCase["expected"] {
  const policy = registry.get(table.policy);
  const paid = iso(c.date);
  const eventDate = c.input.eventDate === undefined ? undefined : iso(c.input.eventDate);
  const all: PolicyCase["expected"] = {};
  try {
    if (c.rule === "premium") {
      const r = premium({ policy, category: c.input.category, tier: c.input.tier ?? "", paid, eventDate, supplied: c.input.supplied });
      Object.assign(all, {
        standard: r.standard.toNumber(),
        subsidy: r.subsidy.toNumber(),
        personal: r.personal.toNumber(),
        fiscalSurcharge: r.fiscalSurcharge.toNumber(),
        year: r.year,
      });
    } else {
      const r = benefit({ policy, category: c.input.category, paid, eventDate, breakYears: c.input.breakYears, supplied: c.input.supplied });
      Object.assign(all, { benefitStart: toIso(r.benefitStart), waitDays: r.waitDays, year: r.year });
    }
  } catch (e) {
    if (!isRuleError(e)) throw e;
    all.error = e.code;
  }
  return Object.fromEntries(Object.keys(c.expected).map((k) => [k, all[k as keyof typeof all]]));
}
