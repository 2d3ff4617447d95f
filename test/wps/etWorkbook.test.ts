/** The strict ET fake itself behaves as the object model's traps say (#20). */
import { ET, EtBook } from "./etWorkbook";

describe("strict in-memory ET workbook", () => {
  it("throws on a member the object model does not have, read or written", () => {
    const book = EtBook.from({ 名单: [["姓名"]] });
    const app = book.application as unknown as Record<string, unknown>;
    expect(() => app.ActiveWorkBook).toThrow(/没有成员“ActiveWorkBook”/);
    const ws = book.application.ActiveSheet as unknown as Record<string, unknown>;
    expect(() => ws.Value).toThrow(/没有成员/);
    const range = book.application.ActiveSheet.Range("A1") as unknown as Record<string, unknown>;
    expect(() => range.Value).toThrow(/没有成员“Value”/);
    expect(() => (range.value2 = 1)).toThrow(/没有可写的成员/);
    expect(() => ((range as { Row: number }).Row = 3)).toThrow(/只读/);
  });

  it("counts Cells.Item and Worksheets.Item from 1 and Value2 arrays from 0", () => {
    const book = EtBook.from({
      名单: [
        ["姓名", "村"],
        ["张三", "一村"],
      ],
    });
    const ws = book.application.Worksheets.Item(1);
    expect(ws.Name).toBe("名单");
    expect(() => book.application.Worksheets.Item(0)).toThrow(/下标越界/);
    expect(() => book.application.Worksheets.Item("无此表")).toThrow(/下标越界/);
    expect(ws.Cells.Item(2, 1).Value2).toBe("张三");
    expect(() => ws.Cells.Item(0, 1)).toThrow(/从 1 开始/);
    const v = ws.Range("A1:B2").Value2 as unknown[][];
    expect(v[1][0]).toBe("张三");
  });

  it("gives a scalar for one cell and undefined for an empty one", () => {
    const book = EtBook.from({ 名单: [["姓名", null, 45000]] });
    const ws = book.application.ActiveSheet;
    expect(ws.Range("A1").Value2).toBe("姓名");
    expect(ws.Range("B1").Value2).toBeUndefined();
    expect(ws.Range("C1").Value2).toBe(45000);
    expect(ws.Range("A1:C1").Value2).toEqual([["姓名", undefined, 45000]]);
  });

  it("parses text written through Value2 as typed, unless text-formatted or quoted", () => {
    const book = EtBook.from({ 表: [] });
    const ws = book.application.ActiveSheet;
    ws.Range("A1:E1").Value2 = [
      ['=HYPERLINK("x","张三")', "'=1+1", "500240198001010005", "2024-11-15", "一村"],
    ];
    expect(book.cell("表", "A1")?.formula).toBe('=HYPERLINK("x","张三")');
    expect(book.cell("表", "B1")?.value).toBe("=1+1");
    expect(book.cell("表", "C1")?.value).toBe(500240198001010000);
    expect(book.cell("表", "D1")?.value).toBe(45611);
    ws.Range("A2").NumberFormat = "@";
    ws.Range("A2").Value2 = "500240198001010005";
    expect(book.cell("表", "A2")?.value).toBe("500240198001010005");
  });

  it("refuses a Value2 array of the wrong shape and a sheet deleted with alerts on", () => {
    const book = EtBook.from({ 甲: [["a"]], 乙: [["b"]] });
    const ws = book.application.ActiveSheet;
    expect(() => (ws.Range("A1:B2").Value2 = [["x", "y"]])).toThrow(/形状不符/);
    expect(() => book.application.Worksheets.Item("乙").Delete()).toThrow(/DisplayAlerts/);
    book.application.DisplayAlerts = false;
    book.application.Worksheets.Item("乙").Delete();
    expect(book.names()).toEqual(["甲"]);
  });

  it("adds sheets where asked, keeps used ranges, comments and borders", () => {
    const book = EtBook.from({
      甲: [
        [null, null],
        [null, "x"],
      ],
    });
    const app = book.application;
    const ws = app.Worksheets.Add(undefined, app.Worksheets.Item(1));
    ws.Name = "新表";
    expect(book.names()).toEqual(["甲", "新表"]);
    const used = app.Worksheets.Item(1).UsedRange;
    expect([used.Row, used.Column, used.Rows.Count, used.Columns.Count]).toEqual([2, 2, 1, 1]);
    ws.Range("B2").AddComment("【错误】");
    expect(ws.Comments.Count).toBe(1);
    expect(ws.Comments.Item(1).Parent.Address()).toBe("$B$2");
    ws.Range("A1:B2").Borders.Item(ET.xlEdgeTop).LineStyle = ET.xlContinuous;
    expect(ws._borders[0]).toMatchObject({ address: "$A$1:$B$2", index: 8, LineStyle: 1 });
  });
});
