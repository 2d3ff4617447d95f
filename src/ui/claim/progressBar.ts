/**
 * The progress bar of 生成资助申报表: reading, building and writing the claim each take a share
 * of the bar, so a clerk sees which step a long run is in and that it moves; the bar never
 * goes back.
 */
import { h } from "../dom";
import { count } from "../format";
import type { Step } from "./generate";

/** Share of the bar each step takes (percent from, to). */
const STEPS: Record<Step, readonly [number, number]> = {
  read: [0, 45],
  build: [45, 55],
  write: [55, 100],
};

export interface Rows {
  done: number;
  total: number;
}

const rowsText = (rows?: Rows): string =>
  rows ? `：${count(rows.done)} / ${count(rows.total)} 行` : "";

const STEP_TEXT: Record<Step, (share: number, rows?: Rows) => string> = {
  read: (_, rows) => `正在读取花名册${rowsText(rows)}`,
  build: (share) => (share < 1 ? "正在核对身份证号码、类别和档次" : "核对完毕"),
  write: (share, rows) => (share < 1 || rows ? `正在写入新工作表${rowsText(rows)}` : "完成"),
};

export class ProgressBar {
  readonly root: HTMLElement;
  private fill: HTMLElement;
  private text: HTMLElement;
  private percent = 0;

  constructor() {
    this.fill = h("div", { class: "yb-progress-fill" });
    this.root = h(
      "div",
      {
        class: "yb-progress",
        id: "yb-claim-progress",
        role: "progressbar",
        hidden: true,
        attrs: {
          "aria-valuemin": "0",
          "aria-valuemax": "100",
          "aria-valuenow": "0",
          "aria-label": "生成进度",
        },
      },
      h("div", { class: "yb-progress-track" }, this.fill)
    );
    this.text = h("p", { class: "yb-hint yb-progress-text", id: "yb-claim-progress-text" });
    this.root.appendChild(this.text);
  }

  /** Starts again from 0 (a new run). */
  reset(): void {
    this.percent = 0;
  }

  hide(): void {
    this.root.hidden = true;
  }

  show(step: Step, share: number, rows?: Rows): void {
    const [from, to] = STEPS[step];
    const pct = Math.max(
      this.percent,
      Math.round(from + (to - from) * Math.min(1, Math.max(0, share)))
    );
    this.percent = pct;
    this.root.hidden = false;
    this.root.setAttribute("aria-valuenow", String(pct));
    this.root.dataset.step = step;
    this.fill.style.width = `${pct}%`;
    this.text.textContent = `${STEP_TEXT[step](share, rows)}（${pct}%）`;
  }
}
