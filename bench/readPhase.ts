/**
 * The read phase alone, as a whole process: the bench's roster (100,000 and 200,000 rows)
 * read by readWorkbookFile, wall time and peak memory, with the rows still held at the end.
 * `npm run build:core && node lib/bench/readPhase.js [rows...]`; a child per figure, so
 * nothing of one read is left in the next.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { readWorkbookFile } from "../src/io/files";
import { claimableCategories, measure, rosterRows, writeRoster } from "./wholeFile";

async function child(file: string): Promise<void> {
  const sheets = await readWorkbookFile(file);
  // Held to the end, as the CLI holds them while it builds and writes.
  process.stderr.write(`rows ${sheets[0].rows.length}\n`);
}

async function parent(sizes: number[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-read-"));
  try {
    for (const n of sizes) {
      const file = path.join(dir, `roster-${n}.xlsx`);
      await writeRoster(file, rosterRows(n, claimableCategories()));
      const m = await measure(process.execPath, [__filename, "--child", file]);
      if (m.status !== 0) throw new Error(m.stderr);
      console.log(
        `read ${n.toLocaleString("en-US")} rows (${(fs.statSync(file).size / 1048576).toFixed(1)} MB file): ` +
          `${(m.ms / 1000).toFixed(2)} s, peak ${Math.round(m.peakMb)} MB`
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const run =
  args[0] === "--child"
    ? child(args[1])
    : parent(args.length > 0 ? args.map(Number) : [100_000, 200_000]);
run.catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
