import { AlignmentType, Document, type IRunOptions, Packer, Paragraph, TextRun } from 'docx';
import { parseSummary } from './blocks';

/**
 * The summary as a Word file laid out like a Chinese official document (GB/T 9704): the title in 小标宋 二号 centred,
 * part headings in 黑体 三号, section leads in 楷体, the body in 仿宋_GB2312 三号 with a two-character first-line
 * indent and fixed 28-point lines. Fonts a machine lacks fall back in Word; the text is what matters.
 * Kept apart from the text module so that the docx library loads only when someone downloads.
 */
const SIZE_2 = 44; // 二号 22pt, in half-points
const SIZE_3 = 32; // 三号 16pt
const LINE = { line: 560, lineRule: 'exact' as const }; // 28pt
const INDENT = { firstLine: 640 }; // two characters of 16pt, in twentieths of a point

const font = (name: string): IRunOptions['font'] => ({ ascii: name, eastAsia: name, hAnsi: name });
const run = (text: string, typeface: string, extra: Partial<IRunOptions> = {}) =>
  new TextRun({ text, font: font(typeface), size: SIZE_3, ...extra });

export function summaryDocument(text: string): Document {
  const paragraphs = parseSummary(text).map((block) => {
    switch (block.kind) {
      case 'title':
        return new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: LINE,
          children: [run(block.text, '方正小标宋简体', { size: SIZE_2 })],
        });
      case 'heading':
        return new Paragraph({ spacing: LINE, indent: INDENT, children: [run(block.text, '黑体')] });
      case 'section':
        return new Paragraph({
          spacing: LINE,
          indent: INDENT,
          alignment: AlignmentType.JUSTIFIED,
          children: [run(block.lead, '楷体_GB2312', { bold: true }), run(block.text, '仿宋_GB2312')],
        });
      default:
        return new Paragraph({
          spacing: LINE,
          indent: INDENT,
          alignment: AlignmentType.JUSTIFIED,
          children: [run(block.text, '仿宋_GB2312')],
        });
    }
  });
  const title = parseSummary(text)
    .filter((b) => b.kind === 'title')
    .map((b) => b.text)
    .join('');
  return new Document({
    title,
    creator: 'Shian 食安',
    sections: [
      {
        // A4 with the official margins: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (in twips).
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } },
        },
        children: paragraphs,
      },
    ],
  });
}

/** For the browser: a Blob to download. */
export const summaryDocxBlob = (text: string): Promise<Blob> => Packer.toBlob(summaryDocument(text));

/** For Node (tests, scripts): the file's bytes. */
export const summaryDocxBuffer = async (text: string): Promise<Uint8Array> =>
  new Uint8Array(await Packer.toBuffer(summaryDocument(text)));
