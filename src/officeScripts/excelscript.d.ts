/**
 * The part of the ExcelScript API that yibao's Office Scripts use, written from Microsoft's
 * documented signatures (learn.microsoft.com/javascript/api/office-scripts/excelscript).
 * No typings package is published, so this subset is what the generated scripts are checked
 * against, and what test/officeScripts/memoryWorkbook.ts implements in memory.
 */
declare namespace ExcelScript {
  type CellValue = string | number | boolean;

  interface Workbook {
    getWorksheet(key: string): Worksheet | undefined;
    getWorksheets(): Worksheet[];
    addWorksheet(name?: string): Worksheet;
    getActiveWorksheet(): Worksheet;
  }

  interface Worksheet {
    getName(): string;
    getPosition(): number;
    setPosition(position: number): void;
    activate(): void;
    delete(): void;
    getUsedRange(valuesOnly?: boolean): Range;
    getRange(address?: string): Range;
    getRangeByIndexes(
      startRow: number,
      startColumn: number,
      rowCount: number,
      columnCount: number
    ): Range;
    getCell(row: number, column: number): Range;
    getFreezePanes(): WorksheetFreezePanes;
    getPageLayout(): PageLayout;
    getVisibility(): SheetVisibility;
    setVisibility(visibility: SheetVisibility): void;
    /** A comment on one cell (ExcelScript has comments, not the older notes). */
    addComment(cellAddress: Range | string, content: string, contentType?: ContentType): Comment;
    /** The comments on the sheet's cells. */
    getComments(): Comment[];
  }

  interface Range {
    getAddress(): string;
    getRowIndex(): number;
    getColumnIndex(): number;
    getRowCount(): number;
    getColumnCount(): number;
    getCellCount(): number;
    getWorksheet(): Worksheet;
    getCell(row: number, column: number): Range;
    getValues(): CellValue[][];
    setValues(values: CellValue[][]): void;
    getTexts(): string[][];
    getFormulas(): string[][];
    setFormulas(formulas: string[][]): void;
    getNumberFormats(): string[][];
    setNumberFormats(numberFormats: string[][]): void;
    setNumberFormat(numberFormat: string): void;
    getFormat(): RangeFormat;
    getDataValidation(): DataValidation;
    merge(across?: boolean): void;
    select(): void;
  }

  interface RangeFormat {
    setColumnWidth(columnWidth: number): void;
    setRowHeight(rowHeight: number): void;
    setHorizontalAlignment(horizontalAlignment: HorizontalAlignment): void;
    setVerticalAlignment(verticalAlignment: VerticalAlignment): void;
    setWrapText(wrapText: boolean): void;
    getFill(): RangeFill;
    getFont(): RangeFont;
    getRangeBorder(index: BorderIndex): RangeBorder;
  }

  interface RangeFill {
    setColor(color: string): void;
    getColor(): string;
    clear(): void;
  }

  interface RangeFont {
    setBold(bold: boolean): void;
    setColor(color: string): void;
    setSize(size: number): void;
  }

  interface RangeBorder {
    setStyle(style: BorderLineStyle): void;
    setWeight(weight: BorderWeight): void;
    setColor(color: string): void;
  }

  interface WorksheetFreezePanes {
    freezeRows(count?: number): void;
  }

  interface PageLayout {
    setOrientation(orientation: PageOrientation): void;
    setPaperSize(paperSize: PaperType): void;
    setZoom(zoom: PageLayoutZoomOptions): void;
    setPrintTitleRows(printTitleRows: Range | string): void;
    setPrintArea(printArea: Range | string): void;
    setCenterHorizontally(centerHorizontally: boolean): void;
    setPrintMargins(unit: PrintMarginUnit, marginOptions: PageLayoutMarginOptions): void;
    getHeadersFooters(): HeaderFooterGroup;
  }

  interface PageLayoutMarginOptions {
    bottom?: number;
    footer?: number;
    header?: number;
    left?: number;
    right?: number;
    top?: number;
  }

  interface PageLayoutZoomOptions {
    horizontalFitToPages?: number;
    scale?: number;
    verticalFitToPages?: number;
  }

  interface HeaderFooterGroup {
    getDefaultForAllPages(): HeaderFooter;
  }

  interface HeaderFooter {
    setCenterHeader(centerHeader: string): void;
    setCenterFooter(centerFooter: string): void;
  }

  interface Comment {
    getContent(): string;
    setContent(content: string): void;
    /** The cell the comment is on. */
    getLocation(): Range;
    delete(): void;
  }

  interface DataValidation {
    setRule(rule: DataValidationRule): void;
    setErrorAlert(errorAlert: DataValidationErrorAlert): void;
  }

  interface DataValidationRule {
    list?: ListDataValidation;
  }

  interface ListDataValidation {
    inCellDropDown: boolean;
    source: string | Range;
  }

  interface DataValidationErrorAlert {
    message: string;
    showAlert: boolean;
    style: DataValidationAlertStyle;
    title: string;
  }

  enum BorderIndex {
    edgeTop,
    edgeBottom,
    edgeLeft,
    edgeRight,
    insideVertical,
    insideHorizontal,
  }

  enum BorderLineStyle {
    none,
    continuous,
  }

  enum BorderWeight {
    hairline,
    thin,
    medium,
    thick,
  }

  enum HorizontalAlignment {
    general,
    left,
    center,
    right,
  }

  enum VerticalAlignment {
    top,
    center,
    bottom,
    justify,
    distributed,
  }

  enum PageOrientation {
    portrait,
    landscape,
  }

  /** A subset of the paper sizes (Excel names them after ISO and US sizes). */
  enum PaperType {
    a3,
    a4,
    a5,
    letter,
  }

  enum PrintMarginUnit {
    points,
    inches,
    centimeters,
  }

  enum SheetVisibility {
    visible,
    hidden,
    veryHidden,
  }

  enum ContentType {
    plain,
    mention,
  }

  enum DataValidationAlertStyle {
    stop,
    warning,
    information,
  }
}
