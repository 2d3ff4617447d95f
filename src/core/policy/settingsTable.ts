/**
 * 政策设置 where the taskpane cannot keep it: as a two-column table in the workbook (项目, 值)
 * or as text (项目=值；项目=值), for the Office Scripts, which cannot read the workbook
 * settings the pane saves to. An item is named as the pane shows it (“特困人员”资助标准,
 * with or without its bracketed note and quotation marks; a tier after it where the value
 * differs by tier), or by its key as the CLI's --set takes it. Each value is read by the
 * pane's own reader (parseSlot). Every problem is reported, with its cell or item, and
 * nothing is supplied then: a wrong value never reaches a number.
 */
import { clip, nameKey } from "../text";
import type { PolicyModel, Supplied } from "./model";
import { OpenValueSlot, openValues, parseSlot, slotKeys } from "./openValues";

/** The sheet a clerk writes the values in, and its header row. */
export const SETTINGS_SHEET = "政策设置";
export const SETTINGS_HEADER = ["项目", "值"] as const;

/** One item a clerk can write: an open value, or one tier's value of it. */
export interface SettingItem {
  key: string;
  /** As the pane shows it, without the bracketed note: 财政补助标准, “特困人员”资助标准 二档. */
  item: string;
  slot: OpenValueSlot;
}

/** A slot's name as the pane's summary gives it: its label without the bracketed note at its end. */
export function slotName(slot: OpenValueSlot): string {
  return slot.label.replace(/（[^）]*）$/, "");
}

/** Every item of this policy's open values, per-tier forms after their slot. */
export function settingItems(model: PolicyModel): SettingItem[] {
  const out: SettingItem[] = [];
  for (const slot of openValues(model)) {
    const name = slotName(slot);
    slotKeys(slot).forEach((key, i) =>
      out.push({ key, item: i === 0 ? name : `${name} ${slot.tiers![i - 1]}`, slot })
    );
  }
  return out;
}

/**
 * An item's comparison key: width-folded, without spaces, quotation marks, separators, or
 * bracketed notes such as （元/人）; a tier in brackets (（二档）) stays as the tier.
 */
function itemKey(text: string, tiers: readonly string[]): string {
  let t = nameKey(text).replace(/["'“”‘’「」『』]/g, "");
  for (const tier of tiers) t = t.split(`(${nameKey(tier)})`).join(nameKey(tier));
  return t
    .replace(/\([^)]*\)/g, "")
    .replace(/[·.，,、\-—_:：]/g, "")
    .toLowerCase();
}

/** What a given value is read as: the item it names and the value, or why it is refused. */
export interface SettingsEntry {
  /** Where it was given: 政策设置!B3, or 第2项. */
  at: string;
  item: string;
  value: string | number | boolean | null;
  /** Why the entry cannot be read at all (text without =). */
  problem?: string;
}

export interface ReadSettings {
  supplied: Record<string, string | number>;
  /** Each problem in the clerk's words, with where it is; none when every entry is usable. */
  problems: string[];
}

/** Text in quotation marks, its own quotation marks made single (“‘特困人员’资助标准”), as Chinese nests them. */
function quoted(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}

function choiceList(slot: OpenValueSlot): string {
  return (slot.choices ?? []).map((c) => `“${c.label}”`).join("、");
}

/**
 * Reads entries for this policy's open values. An empty value supplies nothing; an item
 * that is none of this policy's, a value its reader refuses, and one item given twice with
 * different values are problems.
 */
export function readSettings(model: PolicyModel, entries: readonly SettingsEntry[]): ReadSettings {
  const items = settingItems(model);
  const tiers = model.tierNames();
  const byKey = new Map<string, SettingItem>();
  for (const it of items) {
    byKey.set(itemKey(it.item, tiers), it);
    byKey.set(itemKey(it.key, tiers), it);
  }
  const supplied: Record<string, string | number> = {};
  const where = new Map<string, string>();
  const problems: string[] = [];
  const known = items.map((i) => i.item).join("、");
  for (const e of entries) {
    if (e.problem) {
      problems.push(`${e.at}：${e.problem}`);
      continue;
    }
    if (e.item === "") {
      problems.push(`${e.at}：有值“${clip(String(e.value))}”而没有项目，请在它左边写上项目。`);
      continue;
    }
    const it = byKey.get(itemKey(e.item, tiers));
    if (!it) {
      problems.push(
        items.length === 0
          ? `${e.at}：${model.label}没有通知未定、须自行填写的数值，${quoted(clip(e.item))}用不上，请删去这一项。`
          : `${e.at}：${quoted(clip(e.item))}不是${model.label}通知未定的项目。可填的项目有：${known}。`
      );
      continue;
    }
    const text = e.value === null ? "" : String(e.value);
    // A choice as the pane lists it, whatever the width or spacing it was typed with.
    const choice = it.slot.choices?.find((c) => nameKey(c.label) === nameKey(text));
    const r = parseSlot(it.slot, choice ? choice.value : text);
    if (!r.ok) {
      const why = it.slot.input === "choice" ? `应为${choiceList(it.slot)}之一` : r.error;
      problems.push(`${e.at}：${quoted(it.item)}的值“${clip(text.trim())}”不能用：${why}。`);
      continue;
    }
    if (r.value === null) continue;
    const before = supplied[it.key];
    if (before !== undefined && before !== r.value) {
      problems.push(
        `${e.at}：${quoted(it.item)}已在${where.get(it.key)}填了“${before}”，这里又填了“${clip(text.trim())}”，请只留一个。`
      );
      continue;
    }
    supplied[it.key] = r.value;
    where.set(it.key, e.at);
  }
  return { supplied, problems };
}

/** A1 name of a 0-based column (A … Z, AA …). */
function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The entries of a 政策设置 sheet: 项目 in its first column and 值 in its second, from the row
 * after a 项目/值 header (or from the first row when there is none); blank rows skipped.
 */
export function settingsSheetEntries(
  name: string,
  rows: readonly (readonly unknown[])[]
): SettingsEntry[] {
  const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
  const header = rows.findIndex((r) => nameKey(text(r[0])) === SETTINGS_HEADER[0]);
  const out: SettingsEntry[] = [];
  for (let r = header + 1; r < rows.length; r++) {
    const item = text(rows[r][0]);
    const value = rows[r][1];
    if (item === "" && text(value) === "") continue;
    const at = `${name}!${columnName(item === "" ? 0 : 1)}${r + 1}`;
    out.push({
      at,
      item,
      value:
        typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? value
          : null,
    });
  }
  return out;
}

/** Entries given as text: 项目=值, separated by ；, ; or new lines (= may be ＝, ： or :). */
export function settingsTextEntries(text: string, what: string): SettingsEntry[] {
  return text
    .split(/[；;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part, i) => {
      const at = `${what}第${i + 1}项`;
      const m = /[=＝:：]/.exec(part);
      return m
        ? { at, item: part.slice(0, m.index).trim(), value: part.slice(m.index + 1).trim() }
        : {
            at,
            item: part,
            value: null,
            problem: `“${clip(part)}”应写成 项目=值，例如 财政补助标准=670。`,
          };
    });
}

/** The problems as one message: each on its line, then how to write the table. */
export function settingsMessage(problems: readonly string[]): string {
  return (
    `政策设置有${problems.length}处问题，未做计算：\n` +
    problems.map((p) => `  ${p}`).join("\n") +
    `\n“${SETTINGS_SHEET}”工作表A列写项目、B列写值（第1行可写表头“项目”“值”）；运行参数写成 项目=值，多项用分号隔开。`
  );
}

/** The values the notice leaves open, from the 政策设置 sheet and from text, checked together. */
export function supplyFrom(
  model: PolicyModel,
  sources: {
    sheet?: { name: string; rows: readonly (readonly unknown[])[] };
    text?: string;
    textName?: string;
  }
): Supplied {
  const entries = [
    ...(sources.sheet ? settingsSheetEntries(sources.sheet.name, sources.sheet.rows) : []),
    ...(sources.text ? settingsTextEntries(sources.text, sources.textName ?? "政策设置") : []),
  ];
  const { supplied, problems } = readSettings(model, entries);
  if (problems.length > 0) throw new Error(settingsMessage(problems));
  return supplied;
}
