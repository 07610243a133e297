/**
 * The paper form's look, and what printing leaves out. The view is a page of the module inside the shell, so on
 * paper everything around the sheet (the shell's frame, the module's menu, the view's own buttons, messages) must
 * go: rather than each of those knowing about printing, whatever is not the sheet or one of its ancestors is
 * hidden while a sheet is on the page. The shell's layout still resets its own margins (its print CSS).
 * `.shian-print-date` spaces out the date's parts, leaving room to write the day by hand.
 */
export const PRINT_CSS = `
.shian-print-sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto 24px; padding: 16mm 15mm;
  background: #fff; color: #000; box-shadow: 0 1px 8px rgba(0, 0, 0, 0.15);
  font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 14px; line-height: 1.6; }
.shian-print-bureau { text-align: center; font-size: 16px; letter-spacing: 2px; }
.shian-print-title { text-align: center; font-size: 24px; font-weight: 700; letter-spacing: 6px; margin: 6px 0 2px; }
.shian-print-number { text-align: right; min-height: 1.6em; margin-bottom: 6px; }
.shian-print-grid, .shian-print-table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.shian-print-grid th, .shian-print-grid td, .shian-print-table th, .shian-print-table td {
  border: 1px solid #000; padding: 5px 8px; vertical-align: middle; word-break: break-all; white-space: pre-wrap; }
.shian-print-grid th { font-weight: normal; text-align: center; }
.shian-print-grid td { height: 2.4em; }
.shian-print-grid tr.shian-print-tall td { height: 8em; vertical-align: top; }
.shian-print-table th { font-weight: normal; text-align: center; }
.shian-print-table td { height: 2em; }
.shian-print-section { font-weight: 700; margin: 14px 0 4px; }
.shian-print-signatures { display: flex; flex-wrap: wrap; gap: 16px 32px; margin-top: 28px; }
.shian-print-signature { flex: 1 1 40%; display: flex; align-items: flex-end; gap: 6px; white-space: nowrap; }
.shian-print-line { flex: 1; min-width: 60px; border-bottom: 1px solid #000; height: 1.4em; }
.shian-print-date { word-spacing: 2.5em; }
.shian-print-seal { margin: 36px 0 0 auto; width: 45%; text-align: center; line-height: 2.2; }
.shian-print-footer { margin-top: 24px; font-size: 12px; color: #444; text-align: right; }
@page { size: A4; margin: 12mm; }
@media print {
  body:has(.shian-print-sheet) *:not(:has(.shian-print-sheet)):not(.shian-print-sheet):not(.shian-print-sheet *) {
    display: none !important; }
  html, body { background: #fff !important; }
  .shian-print-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`;
