/**
 * check.js enforces Microsoft's documented Office Scripts rules (#23 §3): each script below
 * breaks one rule that the check once let through, and the built scripts keep them all.
 */
const { checkScript } = require("../../scripts/office-scripts/check.js") as {
  checkScript: (s: string) => string[];
};

const script = (body: string, returns = "void"): string =>
  `function main(workbook: ExcelScript.Workbook): ${returns} {\n${body}\n}\n`;

describe("check.js: Microsoft's documented rules", () => {
  it("accepts a script that keeps them", () => {
    expect(
      checkScript(
        script(
          'const v = ["1", "2"].map((x) => Number(x));\nworkbook.getActiveWorksheet().activate();'
        )
      )
    ).toEqual([]);
  });

  it.each([
    ['const v = ["1"].map(Number);', /回调只能是箭头函数.*Number/],
    [
      "const ok = (x: number): boolean => x > 0;\nconst v = [1].filter(ok);",
      /回调只能是箭头函数.*ok/,
    ],
    [
      'workbook.getActiveWorksheet().getRange("A1").select();',
      /Range\.select\(\) 在 Power Automate 中运行会出错/,
    ],
    ["const r = workbook.getSelectedRange();", /getSelectedRange\(\) 在 Power Automate/],
  ])("refuses %s", (body, message) => {
    expect(checkScript(script(body)).join("\n")).toMatch(message);
  });

  it("refuses null in main's answer, even nested", () => {
    const problems = checkScript(
      "interface A { due: number | null; name: string }\n" +
        script('return { due: null, name: "x" };', "A")
    );
    expect(problems.join("\n")).toMatch(/返回值类型微软没有列为可用：due: null/);
    expect(checkScript(script("return { n: 1 };", "{ n?: number }"))).toEqual([]);
  });

  it("type-checks against Microsoft's own declarations, not only the project's subset", () => {
    // getFoo is in neither; both checks name it.
    const problems = checkScript(script("workbook.getFoo();"));
    expect(problems.join("\n")).toMatch(/微软的 ExcelScript 声明/);
  });
});
