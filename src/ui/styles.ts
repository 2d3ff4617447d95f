/** Puts the shared stylesheet into the page (bundled as text, so no extra request is made). */
import css from "./styles.css";

export function injectStyles(doc: Document = document): void {
  if (doc.getElementById("yb-styles")) return;
  const style = doc.createElement("style");
  style.id = "yb-styles";
  style.textContent = css;
  doc.head.appendChild(style);
}
