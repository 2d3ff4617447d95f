import { yibao } from "./run";
test("x", async () => {
  for (const argv of [["targets","/nope.xlsx"],["claim","/nope.csv","--policy","cq-tongnan-2025"],["cash","/nope.xlsx","--policy","cq-shizhu-2025"],["match","/nope.xlsx","--paid","/nope2.xlsx","--policy","cq-shizhu-2025"],["claim","/nope.csv","--policy","重庆市石柱县下路街道2025年度"],["claim","--help"],["500240198001010005"],["template","roster","--policy","重庆市石柱县下路街道2025年度","--out","/tmp/r.xlsx"]]) {
    const r = await yibao(...argv);
    process.stdout.write(`\n#${argv.join(" ")} => ${r.code} ${r.stderr.slice(0,300)} | ${r.stdout.slice(0,150)}\n`);
  }
}, 120000);
