/** The subcommands of `yibao`, each a thin layer over the core. */
import type { Decimal } from "../core/decimal";
import { toIso } from "../core/dates";
import { checkId } from "../core/idNumber";
import { openValues } from "../core/policy/openValues";
import { getPolicy, listPolicies } from "../core/policy/registry";
import type { Citation } from "../core/policy/schema";
import { benefit, MAX_YEARS } from "../core/rules/benefit";
import { premium } from "../core/rules/premium";
import { refund } from "../core/rules/refund";
import { flag, opt, ParsedArgs, required, supplied, UsageError } from "./args";
import type { Command } from "./command";
import type { Io } from "./io";
import {
  countOption,
  dateOption as dateArg,
  optDateOption,
  writeOutput,
  xlsxOut,
  yearOption,
} from "./options";
import {
  BENEFIT,
  CASH,
  CLAIM,
  CommandSpec,
  ID,
  MATCH,
  POLICIES,
  POLICY,
  PREMIUM,
  REFUND,
  TARGETS,
  TEMPLATE,
} from "./specs";

export type { Command } from "./command";

const yearArg = (args: ParsedArgs): number | undefined => yearOption(opt(args, "year"));

export function basisText(basis: readonly Citation[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of basis) {
    const key = `${c.doc} ${c.clause}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
  }
  return out;
}

const yuan = (d: Decimal): number => d.toNumber();

export function print(io: Io, args: ParsedArgs, json: unknown, human: string): void {
  io.out(flag(args, "json") ? JSON.stringify(json, null, 2) : human);
}

const policies: Command = {
  ...POLICIES,
  async run(args, io) {
    const list = listPolicies().map((p) => ({
      id: p.id,
      region: p.policy.region.name,
      year: p.year,
      documents: Object.keys(p.policy.documents).filter((d) => p.policy.documents[d].file),
    }));
    print(
      io,
      args,
      list,
      list.map((p) => `${p.id}\t${p.region}\t${p.year}年度\t${p.documents.join("、")}`).join("\n")
    );
    return 0;
  },
};

const policyCommand: Command = {
  ...POLICY,
  async run(args, io) {
    if (args.positionals.length !== 1)
      throw new UsageError("用法：yibao policy 政策编号（见 yibao policies）");
    const m = getPolicy(args.positionals[0]);
    const out = opt(args, "out");
    if (out !== undefined) {
      // Loaded only here: a command loads the writer when it writes (test/cli/bin.test.ts).
      const [{ policyTableSheets }, { writeXlsxFile }] = await Promise.all([
        import("../core/policy/policyTable/write"),
        import("../io/xlsxFile"),
      ]);
      await writeOutput(
        xlsxOut(out, "--out "),
        (file) => writeXlsxFile(policyTableSheets(m.policy), file),
        { force: flag(args, "force") }
      );
      print(io, args, { id: m.id, out }, `已写出${m.label}的政策表：${out}`);
      return 0;
    }
    const p = m.policy;
    const money = (v: { value: number } | { open: true }): number | null =>
      "open" in v ? null : v.value;
    const json = {
      id: m.id,
      region: p.region.name,
      year: m.year,
      documents: p.documents,
      tiers: p.tiers.map((t) => ({
        tier: t.id,
        personal: t.personal.value,
        student: t.student?.value ?? null,
      })),
      fiscalSubsidy: money(p.fiscalSubsidy),
      collection: {
        start: p.collection.start.text ?? p.collection.start.value,
        end: p.collection.end.value,
      },
      lastPayableDay: p.lastPayableDay.value,
      categories: m.categories.map((c) => ({
        name: c.name,
        aliases: c.aliases,
        department: c.department ?? null,
        subsidy: Object.fromEntries(
          Object.entries(c.subsidy ?? {}).map(([t, s]) => [
            t,
            "open" in s ? null : s.kind === "full" ? "全额" : s.value,
          ])
        ),
      })),
      exceptions: m.exceptions.map((e) => ({ id: e.id, label: e.label, basis: basisText(e.cite) })),
      open: openValues(m).map((o) => ({
        key: o.key,
        what: o.what,
        reason: o.reason,
        basis: basisText(o.cite),
      })),
    };
    const lines = [
      `${m.label}（${m.id}）`,
      `  档次：${json.tiers.map((t) => `${t.tier} ${t.personal}元${t.student !== null ? `（大学生${t.student}元）` : ""}`).join("，")}`,
      `  财政补助：${json.fiscalSubsidy ?? "未定"}；集中缴费期 ${json.collection.start} 至 ${json.collection.end}；最迟缴费日 ${json.lastPayableDay}`,
      `  人员类别：`,
      ...json.categories.map((c) => {
        const sub = Object.entries(c.subsidy)
          .map(([t, v]) => `${t}资助${v ?? "未定"}`)
          .join("，");
        return `    ${c.name}${c.department ? `（${c.department}）` : ""}${sub ? `：${sub}` : ""}`;
      }),
      `  例外：${json.exceptions.map((e) => e.label).join("；") || "无"}`,
      json.open.length ? "  通知未定、须用 --set 提供的数值：" : "  没有须用户提供的数值。",
      ...json.open.map((o) => `    ${o.key}：${o.what}（${o.reason}；${o.basis.join("、")}）`),
    ];
    print(io, args, json, lines.join("\n"));
    return 0;
  },
};

const premiumCommand: Command = {
  ...PREMIUM,
  async run(args, io) {
    const event = opt(args, "event-date");
    const identified = opt(args, "identified");
    const r = premium({
      policy: required(args, "policy", "政策编号，见 yibao policies"),
      tier: required(args, "tier", "档次，如 一档"),
      category: required(args, "category", "人员类别，如 普通居民、低保"),
      paid: dateArg(required(args, "date", "缴费日期"), "缴费日期"),
      year: yearArg(args),
      eventDate: optDateOption(event, "事件日期"),
      identified: optDateOption(identified, "认定日期"),
      supplied: supplied(args),
    });
    const json = {
      standard: yuan(r.standard),
      subsidy: yuan(r.subsidy),
      fiscalSurcharge: yuan(r.fiscalSurcharge),
      personal: yuan(r.personal),
      year: r.year,
      tier: r.tier,
      category: r.category,
      policy: r.policy,
      basis: basisText(r.basis),
      notes: r.notes,
    };
    const human = [
      `${r.year}年度 ${r.category} ${r.tier}：个人应缴 ${r.personal} 元`,
      `  缴费标准 ${r.standard} 元，资助 ${r.subsidy} 元，另缴财政补助 ${r.fiscalSurcharge} 元`,
      `  依据：${json.basis.join("；")}`,
      ...r.notes.map((n) => `  说明：${n}`),
    ].join("\n");
    print(io, args, json, human);
    return 0;
  },
};

const benefitCommand: Command = {
  ...BENEFIT,
  async run(args, io) {
    const event = opt(args, "event-date");
    const r = benefit({
      policy: required(args, "policy", "政策编号，见 yibao policies"),
      category: required(args, "category", "人员类别"),
      paid: dateArg(required(args, "paid", "缴费日期"), "缴费日期"),
      eventDate: optDateOption(event, "事件日期"),
      breakYears: countOption(opt(args, "break-years"), "断保年数", { max: MAX_YEARS }),
      repairYears: countOption(opt(args, "repair-years"), "补缴年数", { max: MAX_YEARS }),
      year: yearArg(args),
      supplied: supplied(args),
    });
    const json = {
      benefitStart: toIso(r.benefitStart),
      waitDays: r.waitDays,
      year: r.year,
      category: r.category,
      policy: r.policy,
      rule: r.rule,
      beyondYearEnd: r.beyondYearEnd,
      basis: basisText(r.basis),
      notes: r.notes,
    };
    const human = [
      `${r.year}年度 ${r.category}：${json.benefitStart} 起享受待遇，等待 ${r.waitDays} 天（${r.rule}）`,
      `  依据：${json.basis.join("；")}`,
      ...r.notes.map((n) => `  说明：${n}`),
    ].join("\n");
    print(io, args, json, human);
    return 0;
  },
};

const refundCommand: Command = {
  ...REFUND,
  async run(args, io) {
    const event = opt(args, "event-date");
    const r = refund({
      policy: required(args, "policy", "政策编号"),
      category: required(args, "category", "人员类别"),
      paid: dateArg(required(args, "paid", "缴费日期"), "缴费日期"),
      requested: dateArg(required(args, "requested", "申请退费日期"), "申请退费日期"),
      eventDate: optDateOption(event, "事件日期"),
      year: yearArg(args),
      supplied: supplied(args),
    });
    const json = {
      refundable: r.refundable,
      benefitStart: toIso(r.benefitStart),
      reason: r.reason,
      basis: basisText(r.basis),
    };
    print(
      io,
      args,
      json,
      `${r.refundable ? "可以退费" : "不能退费"}：${r.reason}\n  依据：${json.basis.join("；")}`
    );
    return 0;
  },
};

const idCommand: Command = {
  ...ID,
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError("用法：yibao id 身份证号码");
    const r = checkId(args.positionals[0]);
    const json = {
      valid: r.valid,
      reason: r.message,
      problem: r.problem ?? null,
      normalized: r.normalized ?? null,
      birthDate: r.birth !== undefined ? toIso(r.birth) : null,
      gender: r.gender ?? null,
      converted15: r.converted15 ?? false,
    };
    const human = r.valid
      ? `有效：${json.normalized}，出生 ${json.birthDate}，${json.gender}${json.converted15 ? "（由15位转换）" : ""}`
      : `无效：${r.message}`;
    print(io, args, json, human);
    return r.valid ? 0 : 1;
  },
};

/**
 * A command whose module (with exceljs, SheetJS or the annotator behind it) loads only when
 * it runs, so `yibao claim` does not wait for the modules of targets, match and cash.
 */
function lazy(spec: CommandSpec, load: () => Promise<Command>): Command {
  return { ...spec, run: async (args, io) => (await load()).run(args, io) };
}

export const COMMANDS: Record<string, Command> = {
  policies,
  policy: policyCommand,
  premium: premiumCommand,
  benefit: benefitCommand,
  refund: refundCommand,
  id: idCommand,
  targets: lazy(TARGETS, async () => (await import("./targetsCommands")).targetsCommand),
  template: lazy(TEMPLATE, async () => {
    const [targets, claim, cash] = await Promise.all([
      import("./targetsCommands"),
      import("./claimCommands"),
      import("./cashCommands"),
    ]);
    return cash.withCashTemplate(claim.withClaimTemplates(targets.templateCommand));
  }),
  claim: lazy(CLAIM, async () => (await import("./claimCommands")).claimCommand),
  match: lazy(MATCH, async () => (await import("./matchCommands")).matchCommand),
  cash: lazy(CASH, async () => (await import("./cashCommands")).cashCommand),
};
