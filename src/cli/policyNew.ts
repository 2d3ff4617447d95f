/**
 * `npm run policy:new -- <notice.txt>`: writes src/core/policy/notices/<文号>.json started from
 * the notice's text (scaffold.ts) and lists what a person must still decide. It never
 * overwrites an existing notice file.
 */
import fs from "fs";
import path from "path";
import { scaffoldNotice } from "../core/policy/scaffold";

const NOTICES = path.resolve(__dirname, "../../../src/core/policy/notices");

function main(args: string[]): number {
  const [file, out = NOTICES] = args;
  if (!file) {
    console.error("用法：npm run policy:new -- <通知全文.txt> [输出目录]");
    return 2;
  }
  const { notice, todo } = scaffoldNotice(fs.readFileSync(file, "utf8"), path.basename(file));
  const target = path.join(out, `${String(notice.document)}.json`);
  if (fs.existsSync(target)) {
    console.error(`${target} 已存在，没有覆盖。`);
    return 1;
  }
  fs.writeFileSync(target, JSON.stringify(notice, null, 2) + "\n");
  console.log(`已写 ${target}。待人工判断（文件中标 TODO 的，载入时会拒绝）：`);
  for (const t of todo) console.log(`  - ${t}`);
  console.log("再写它的案例表 <文号>.cases.json，运行 npm test。");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
