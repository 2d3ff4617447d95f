/**
 * The progress line chart in the panel: each village's completion rate per report date, and
 * the share due (the milestones, dashed). Drawn from the same chart table the workbook's
 * chart uses (chartTable), as inline SVG without a chart library.
 */
import { chartTable, type ProgressHistory } from "../../core/progress/history";
import { svg } from "../dom";
import { percent } from "../format";

const COLORS = [
  "#1f77b4",
  "#2ca02c",
  "#ff7f0e",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#7f7f7f",
  "#393b79",
  "#ad494a",
  "#637939",
];
const W = 320;
const H = 190;
const L = 34;
const R = 8;
const T = 10;
const B = 24;

export function progressLines(history: ProgressHistory): SVGSVGElement | null {
  const t = chartTable(history);
  if (t.rows.length === 0) return null;
  const n = t.rows.length;
  const x = (i: number) => (n === 1 ? L + (W - L - R) / 2 : L + (i * (W - L - R)) / (n - 1));
  const y = (share: number) => T + (1 - Math.max(0, Math.min(1.05, share))) * (H - T - B);
  const legendRows = Math.ceil((t.header.length - 1) / 3);
  const chart = svg("svg", {
    class: "yb-chart yb-match-lines",
    id: "yb-match-chart",
    viewBox: `0 0 ${W} ${H + legendRows * 14 + 4}`,
    width: "100%",
    role: "img",
    "aria-label": "各村（社区）参保进度折线图，虚线为应完成进度",
  });
  for (const g of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    chart.appendChild(
      svg("line", { x1: L, x2: W - R, y1: y(g), y2: y(g), class: "yb-chart-grid", stroke: "#ddd" })
    );
    chart.appendChild(
      svg(
        "text",
        { x: L - 3, y: y(g) + 3, "text-anchor": "end", class: "yb-chart-axis" },
        percent(g)
      )
    );
  }
  t.rows.forEach((r, i) => {
    const label = String(r[0]).slice(5);
    chart.appendChild(
      svg("text", { x: x(i), y: H - 8, "text-anchor": "middle", class: "yb-chart-axis" }, label)
    );
  });
  t.header.slice(1).forEach((name, k) => {
    const color = k === 0 ? "#c00000" : COLORS[(k - 1) % COLORS.length];
    const pts = t.rows
      .map((r, i) =>
        typeof r[k + 1] === "number"
          ? `${x(i).toFixed(1)},${y(r[k + 1] as number).toFixed(1)}`
          : null
      )
      .filter((p): p is string => p !== null);
    const line = svg("polyline", {
      points: pts.join(" "),
      fill: "none",
      stroke: color,
      "stroke-width": k === 0 ? 2 : 1.5,
      "stroke-dasharray": k === 0 ? "5 3" : "none",
      "data-series": name,
    });
    line.appendChild(svg("title", {}, name));
    chart.appendChild(line);
    if (k > 0)
      for (const p of pts) {
        const [px, py] = p.split(",");
        chart.appendChild(svg("circle", { cx: px, cy: py, r: 2.2, fill: color }));
      }
    const lx = 4 + (k % 3) * 105;
    const ly = H + 10 + Math.floor(k / 3) * 14;
    chart.appendChild(
      svg("line", {
        x1: lx,
        x2: lx + 14,
        y1: ly - 3,
        y2: ly - 3,
        stroke: color,
        "stroke-width": 2,
        "stroke-dasharray": k === 0 ? "4 2" : "none",
      })
    );
    chart.appendChild(svg("text", { x: lx + 18, y: ly, class: "yb-chart-label" }, name));
  });
  return chart;
}
