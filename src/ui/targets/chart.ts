/**
 * A small inline SVG bar chart of each unit's completion rate against the share due by the
 * as-of date (the policy's milestone). No chart library: one bar and one label per unit.
 */
import type { UnitProgress } from "../../core/targets/types";
import { svg } from "../dom";
import { percent } from "../format";

const ROW = 22;
const LABEL = 78;
const VALUE = 46;
const WIDTH = 300;

export function progressChart(progress: UnitProgress[], due: number | null): SVGSVGElement | null {
  const rows = progress.filter((p) => p.rate !== null);
  if (rows.length === 0) return null;
  const top = 18;
  const height = top + rows.length * ROW + 6;
  const max = Math.max(1, due ?? 0, ...rows.map((p) => p.rate ?? 0));
  const plot = WIDTH - LABEL - VALUE;
  const x = (share: number) => LABEL + (Math.min(share, max) / max) * plot;
  const chart = svg("svg", {
    class: "yb-chart",
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: "100%",
    role: "img",
    "aria-label": `各单位完成率${due !== null ? `，应完成 ${percent(due)}` : ""}`,
  });
  // The 100% grid line and the milestone line.
  chart.appendChild(
    svg("line", { x1: x(1), x2: x(1), y1: top - 4, y2: height - 4, class: "yb-chart-full" })
  );
  // The milestone's label sits at the top; "100%" only where it does not collide with it.
  if (due === null || due <= 0 || Math.abs(x(due) - x(1)) > 30) {
    chart.appendChild(
      svg("text", { x: x(1), y: 11, "text-anchor": "end", class: "yb-chart-axis" }, "100%")
    );
  }
  rows.forEach((p, i) => {
    const y = top + i * ROW;
    const rate = p.rate ?? 0;
    const cls = rate >= 1 ? "yb-bar-done" : p.behind ? "yb-bar-behind" : "yb-bar-ok";
    const name = p.unit.length > 5 ? `${p.unit.slice(0, 5)}…` : p.unit;
    chart.appendChild(
      svg(
        "text",
        { x: LABEL - 6, y: y + 14, "text-anchor": "end", class: "yb-chart-label" },
        svg("title", {}, p.unit),
        name
      )
    );
    chart.appendChild(
      svg("rect", {
        x: LABEL,
        y: y + 3,
        width: Math.max(1, x(rate) - LABEL),
        height: ROW - 8,
        rx: 2,
        class: `yb-bar ${cls}`,
      })
    );
    chart.appendChild(
      svg(
        "text",
        { x: WIDTH - 2, y: y + 14, "text-anchor": "end", class: "yb-chart-value" },
        percent(rate)
      )
    );
  });
  if (due !== null && due > 0) {
    chart.appendChild(
      svg("line", { x1: x(due), x2: x(due), y1: top - 4, y2: height - 4, class: "yb-chart-due" })
    );
    chart.appendChild(
      svg(
        "text",
        {
          x: x(due) - 3,
          y: 11,
          "text-anchor": due > 0.5 ? "end" : "start",
          class: "yb-chart-due-label",
        },
        `应完成 ${percent(due)}`
      )
    );
  }
  return chart;
}
