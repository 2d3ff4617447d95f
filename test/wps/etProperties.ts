/**
 * Workbook.CustomDocumentProperties of the strict ET fake: Office's DocumentProperties
 * collection as Kingsoft declares it (Kso.DocumentProperties in et-jsapi-declare): Item(i)
 * counts from 1 (or takes a name, a missing one throws as WPS does), Add refuses a name that
 * is there and a text longer than 255 characters, Delete removes one.
 */
import { strict } from "./strict";

/** msoPropertyTypeNumber, msoPropertyTypeBoolean, msoPropertyTypeDate, msoPropertyTypeString, msoPropertyTypeFloat. */
const TYPES = new Set([1, 2, 3, 4, 5]);
const MAX_TEXT = 255;

export class EtDocumentProperty {
  constructor(
    private readonly _owner: EtDocumentProperties,
    public Name: string,
    public Type: number,
    public Value: string | number | boolean
  ) {
    return strict(this, "DocumentProperty");
  }
  Delete(): void {
    this._owner._items.splice(this._owner._items.indexOf(this), 1);
  }
}

export class EtDocumentProperties {
  readonly _items: EtDocumentProperty[] = [];
  constructor() {
    return strict(this, "DocumentProperties");
  }
  get Count(): number {
    return this._items.length;
  }
  Item(Index: number | string): EtDocumentProperty {
    const p =
      typeof Index === "number"
        ? this._items[Index - 1]
        : this._items.find((x) => x.Name.toLowerCase() === Index.toLowerCase());
    if (!p) throw new Error(`下标越界：CustomDocumentProperties.Item(${JSON.stringify(Index)})`);
    return p;
  }
  Add(
    Name: string,
    LinkToContent: boolean,
    Type?: number,
    Value?: string | number | boolean
  ): EtDocumentProperty {
    if (LinkToContent) throw new Error("测试替身不支持链接到内容的属性");
    if (Type === undefined || !TYPES.has(Type)) throw new Error(`属性类型无效：${String(Type)}`);
    if (Value === undefined) throw new Error("属性没有值");
    if (typeof Value === "string" && Value.length > MAX_TEXT)
      throw new Error(`属性“${Name}”的文字超过 ${MAX_TEXT} 个字符`);
    if (this._items.some((x) => x.Name.toLowerCase() === Name.toLowerCase()))
      throw new Error(`已有名为“${Name}”的属性`);
    const p = new EtDocumentProperty(this, Name, Type, Value);
    this._items.push(p);
    return p;
  }
}
