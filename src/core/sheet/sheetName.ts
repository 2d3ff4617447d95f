/**
 * Sheet names made from user text (a village, a department, an input sheet's name). Excel
 * refuses a workbook whose sheet name has []:*?/\, begins or ends with an apostrophe, is
 * "History", or is longer than 31 characters (UTF-16 units); XML cannot hold control
 * characters, U+FFFE/U+FFFF or a lone surrogate at all. Names are unique ignoring case.
 */

const MAX = 31;

/** What a name falls back to when nothing of it is left. */
const FALLBACK = "工作表";

// Control characters (C0, DEL, C1) and the two noncharacters XML 1.0 refuses.
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A pair is matched whole and kept, so a surrogate left alone is the only thing dropped
// (no lookbehind: the WPS scripts that embed this parse at ES2017).
const SURROGATE = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** The first `max` UTF-16 units of `s`, one fewer rather than half a surrogate pair. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = /[\uD800-\uDBFF]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, cut);
}

/** The name without what Excel or XML refuses; apostrophes at either end dropped after clipping. */
function cleaned(name: string, max: number): string {
  const s = name
    .replace(UNWRITABLE, "")
    .replace(SURROGATE, (m) => (m.length === 2 ? m : ""))
    .replace(FORBIDDEN, "_")
    .replace(/^'+/, "");
  return clip(s, max).replace(/'+$/, "");
}

/** `name` with `suffix` ("(2)", "-村") after it, the name clipped so that the whole fits 31 units. */
export function sheetNameWithSuffix(name: string, suffix: string): string {
  const tail = cleaned(suffix, MAX);
  const head = cleaned(name, MAX - tail.length);
  // A suffix that ended in an apostrophe was dropped above; one in the middle is fine.
  const whole = head + tail;
  return whole === "" ? FALLBACK : whole;
}

/**
 * A sheet name Excel, LibreOffice and openpyxl accept, made from `name` and unique among
 * `taken` ignoring case: 名称, 名称(2), 名称(3)…
 */
export function safeSheetName(name: string, taken: Iterable<string> = []): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = cleaned(name, MAX) || FALLBACK;
  // Excel reserves "History" (for its change tracking): it is numbered from (1) like a taken name.
  const free = (n: string): boolean => !used.has(n.toLowerCase()) && n.toLowerCase() !== "history";
  let candidate = base;
  for (let i = base.toLowerCase() === "history" ? 1 : 2; !free(candidate); i++) {
    candidate = sheetNameWithSuffix(base, `(${i})`);
  }
  return candidate;
}
