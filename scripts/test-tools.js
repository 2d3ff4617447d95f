#!/usr/bin/env node
/**
 * `npm test` sets up what the tests need before Jest starts, so a fresh machine needs no extra step.
 *
 * The tests look at written workbooks and pages the way a clerk would, so they need system tools
 * no npm package brings: Chromium (pages), LibreOffice Calc (recalculating and printing
 * workbooks), poppler (pdfinfo, pdftoppm), xmllint (the ISO/IEC 29500 schemas), openpyxl (a
 * second reader of every workbook) and a CJK font. A missing one is installed with apt-get when
 * this process may do so (root on Debian), saying what it installs; otherwise the run stops here,
 * before any test, with the exact command to run.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");

/** Each tool: how to tell it is there, and the Debian package that brings it. */
const TOOLS = [
  { what: "Chromium", pkg: "chromium", present: () => onPath(process.env.CHROMIUM_PATH || "chromium") },
  { what: "LibreOffice Calc", pkg: "libreoffice-calc-nogui", present: () => onPath(process.env.SOFFICE || "soffice") },
  { what: "pdfinfo, pdftoppm", pkg: "poppler-utils", present: () => onPath("pdfinfo") && onPath("pdftoppm") },
  { what: "xmllint", pkg: "libxml2-utils", present: () => onPath("xmllint") },
  { what: "openpyxl", pkg: "python3-openpyxl", present: () => runs("/usr/bin/python3", ["-c", "import openpyxl"]) },
  { what: "a CJK font (WenQuanYi)", pkg: "fonts-wqy-microhei fontconfig", present: () => /WenQuanYi/i.test(output("fc-list", [])) },
];

function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.status === 0 ? r.stdout : "";
}

function runs(cmd, args) {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

function onPath(cmd) {
  if (cmd.includes("/")) return fs.existsSync(cmd);
  return runs("sh", ["-c", `command -v "${cmd}"`]);
}

function main() {
  const missing = TOOLS.filter((t) => !t.present());
  if (missing.length === 0) return 0;
  const pkgs = missing.flatMap((t) => t.pkg.split(" "));
  const command = `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(" ")}`;
  const canInstall = process.getuid && process.getuid() === 0 && onPath("apt-get");
  if (!canInstall) {
    process.stderr.write(
      `The tests need ${missing.map((t) => t.what).join(", ")}, which this machine lacks.\n` +
        `Install them, then run npm test again:\n\n  sudo ${command}\n\n`
    );
    return 1;
  }
  process.stderr.write(`npm test: installing ${pkgs.join(", ")} (for ${missing.map((t) => t.what).join(", ")})\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
  const install =
    update.status === 0 &&
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    });
  const still = TOOLS.filter((t) => !t.present());
  if (!install || install.status !== 0 || still.length > 0) {
    process.stderr.write(
      `Could not install ${still.map((t) => t.what).join(", ") || pkgs.join(", ")}. Run this, then npm test again:\n\n  ${command}\n\n`
    );
    return 1;
  }
  return 0;
}

process.exit(main());
