/** A few DOM helpers, so the panels stay plain TypeScript without a framework. */
import { parseDate, toIso } from "../core/dates";

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  text?: string;
  title?: string;
  type?: string;
  role?: string;
  for?: string;
  disabled?: boolean;
  hidden?: boolean;
  attrs?: Record<string, string>;
  dataset?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (e: HTMLElementEventMap[K]) => void }>;
}

/** Creates an element: h("button", { class: "primary", on: { click } }, "检查"). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  if (props.title) el.title = props.title;
  if (props.role) el.setAttribute("role", props.role);
  if (props.type) el.setAttribute("type", props.type);
  if (props.for) el.setAttribute("for", props.for);
  if (props.disabled) el.setAttribute("disabled", "");
  if (props.hidden) el.hidden = true;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const [k, v] of Object.entries(props.dataset ?? {})) el.dataset[k] = v;
  for (const [name, handler] of Object.entries(props.on ?? {}))
    el.addEventListener(name, handler as EventListener);
  if (props.text !== undefined) el.textContent = props.text;
  append(el, ...children);
  return el;
}

/** A Fluent-style command button ("yb-button", "yb-primary" for the main action of a panel). */
export function button(
  text: string,
  onClick: () => void,
  options: { id?: string; primary?: boolean } = {}
): HTMLButtonElement {
  return h("button", {
    class: options.primary ? "yb-button yb-primary" : "yb-button",
    type: "button",
    id: options.id,
    text,
    on: { click: onClick },
  });
}

/**
 * A file button: a hidden file input and the label that opens it (a label, so that a keyboard
 * and a screen reader reach it as a button). Chosen files go to `onFiles`; the input is
 * emptied, so choosing the same file again is seen.
 */
export function filePicker(options: {
  id: string;
  accept: string;
  text: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}): [HTMLInputElement, HTMLLabelElement] {
  const input = h("input", {
    id: options.id,
    type: "file",
    hidden: true,
    attrs: options.multiple ? { accept: options.accept, multiple: "" } : { accept: options.accept },
  });
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length > 0) options.onFiles(files);
  });
  const label = h("label", {
    for: options.id,
    class: "yb-button",
    attrs: { role: "button", tabindex: "0" },
    text: options.text,
  });
  return [input, label];
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(
      typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c
    );
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  append(el, ...children);
  return el;
}

/** An error's message for the user (Office.js errors carry it in .message too). */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "object" && e && "message" in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

/**
 * A date box that shows 2026-12-01 whatever the browser's language (a type="date" input shows
 * the browser's format, 12/01/2026 in an English browser). It takes what a clerk types
 * (2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日) and rewrites it as 2026-12-01; text that
 * is no date is left for the panel to report.
 */
export function dateInput(id: string): HTMLInputElement {
  const input = h("input", {
    id,
    class: "yb-input yb-date",
    type: "text",
    attrs: {
      placeholder: "如 2026-12-01",
      autocomplete: "off",
      spellcheck: "false",
      maxlength: "20",
    },
  });
  input.addEventListener("change", () => {
    const text = input.value.trim();
    const day = text ? parseDate(text) : null;
    if (day !== null) input.value = toIso(day);
    input.setAttribute("aria-invalid", String(text !== "" && day === null));
  });
  return input;
}
