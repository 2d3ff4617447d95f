#!/usr/bin/env node
"use strict";
/*
 * `yibao` runs the CLI in a child process so that even a failure no JavaScript can catch
 * (V8 running out of memory aborts the process) ends with a Chinese message and exit code 2,
 * never with V8's own trace. Files too large to process are refused before reading (see
 * src/io/limits.ts); this is the last line of defence.
 */
const { spawn } = require("child_process");

if (process.env.YIBAO_CHILD === "1") {
  // V8 lets the heap grow to several times what was live at its last collection before it
  // collects again, so one run of the same 200,000-row claim peaked at 250 MB and the next at
  // 460 MB. Growing to at most twice what was live keeps it near 250 MB (targets --out at
  // 200,000 units: 770 → 540 MB) for no measurable CPU time. A V8 without the flag ignores it.
  require("v8").setFlagsFromString("--heap-growing-percent=100");
  require("../lib/src/cli/main.js")
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  const child = spawn(process.execPath, [__filename, ...process.argv.slice(2)], {
    env: { ...process.env, YIBAO_CHILD: "1" },
    stdio: ["inherit", "inherit", "pipe"],
  });
  const FATAL = /<--- Last few GCs --->|FATAL ERROR:|\n#\n# Fatal|JavaScript heap out of memory/;
  let held = "";
  let fatal = false;
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    if (fatal) return;
    held += chunk;
    if (FATAL.test(held)) {
      fatal = true;
      process.stderr.write(held.slice(0, held.search(FATAL)));
      return;
    }
    // Keep back a partial last line, which may be the start of a trace.
    const cut = held.lastIndexOf("\n") + 1;
    process.stderr.write(held.slice(0, cut));
    held = held.slice(cut);
  });
  child.on("close", (code, signal) => {
    if (!fatal && held) process.stderr.write(held);
    if (fatal || signal || code === 134) {
      process.stderr.write(
        "错误：数据过大，本程序的内存不够用，未能完成。请把文件按乡镇（街道）或村（社区）拆分成几个较小的文件，分别处理\n"
      );
      process.exitCode = 2;
    } else process.exitCode = code === null ? 2 : code;
  });
  for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => child.kill(s));
}
