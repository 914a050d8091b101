/**
 * Writes a plan document (`docxModel.ts`) as a Word file with the `docx` library: real headings,
 * bullets and tables, the pictures embedded, every run tagged with its language and given a
 * Latin and an East-Asian face. Loaded on first use only.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { DocBlock, DocModel, DocRun, ImageKey } from './docxModel';
import { hasHan, officeFonts, type OfficeFonts } from './fonts';
import type { OfficeProgress } from './pptx';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Pictures in px at 96 to the inch: at most the text area of a landscape A4 page with 1 in
 * margins (landscape, as the printed plan: the stakeholder table has nine columns).
 */
const MAX_WIDTH = 900;
const MAX_HEIGHT = 540;

/** A PNG's size from its header; null when `png` is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || png[0] !== 0x89 || png[1] !== 0x50) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function runOptions(text: string, fonts: OfficeFonts): Pick<IRunOptions, 'font' | 'language'> {
  const chinese = fonts.lang === 'zh-CN' || hasHan(text);
  return {
    font: {
      ascii: fonts.latin,
      hAnsi: fonts.latin,
      cs: fonts.latin,
      eastAsia: fonts.eastAsia,
    },
    language: chinese
      ? { value: 'zh-CN', eastAsia: 'zh-CN' }
      : { value: fonts.lang, eastAsia: 'zh-CN' },
  };
}

function runs(list: DocRun[], fonts: OfficeFonts, extra: Partial<IRunOptions> = {}): TextRun[] {
  return list.map(
    (r) =>
      new TextRun({ text: r.text, bold: r.bold === true, ...runOptions(r.text, fonts), ...extra }),
  );
}

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BCCCDC' };

function tableOf(block: Extract<DocBlock, { kind: 'table' }>, fonts: OfficeFonts): Table {
  const row = (cellsRuns: DocRun[][], head: boolean) =>
    new TableRow({
      tableHeader: head,
      children: cellsRuns.map(
        (c) =>
          new TableCell({
            children: [new Paragraph({ children: runs(c, fonts, head ? { bold: true } : {}) })],
            ...(head
              ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2EC' } }
              : {}),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}

function imageOf(png: Uint8Array, caption: string, fonts: OfficeFonts): Paragraph[] {
  const size = pngSize(png);
  if (!size) return [];
  const k = Math.min(1, MAX_WIDTH / size.width, MAX_HEIGHT / size.height);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: {
            width: Math.round(size.width * k),
            height: Math.round(size.height * k),
          },
          altText: { name: caption, description: caption, title: caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: runs([{ text: caption }], fonts, { italics: true, color: '52606D' }),
    }),
  ];
}

function blockOf(
  block: DocBlock,
  fonts: OfficeFonts,
  images: Partial<Record<ImageKey, Uint8Array>>,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      // Kept with what follows, so a heading never ends a page alone.
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          keepNext: true,
          children: runs(block.runs, fonts),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs, fonts) })];
    case 'bullet':
      return [new Paragraph({ bullet: { level: block.level }, children: runs(block.runs, fonts) })];
    case 'quote':
      return [
        new Paragraph({
          indent: { left: 480 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '9AA5B1', space: 8 } },
          children: runs(block.runs, fonts, { italics: true }),
        }),
      ];
    case 'table':
      return [tableOf(block, fonts), new Paragraph({ children: [] })];
    case 'image': {
      const png = images[block.image];
      return png ? imageOf(png, block.caption, fonts) : [];
    }
  }
}

/** The plan as the bytes of a .docx file; `images` holds the PNGs the model places. */
export async function planToDocx(
  model: DocModel,
  images: Partial<Record<ImageKey, Uint8Array>> = {},
  options: OfficeProgress = {},
): Promise<Uint8Array> {
  const fonts = officeFonts(model.lang);
  options.onProgress?.(0.1);
  const children = model.blocks.flatMap((b) => blockOf(b, fonts, images));
  await new Promise((resolve) => setTimeout(resolve));
  options.signal?.throwIfAborted();
  options.onProgress?.(0.5);
  const doc = new Document({
    title: model.title,
    styles: {
      default: {
        document: {
          run: {
            size: 22,
            font: {
              ascii: fonts.latin,
              hAnsi: fonts.latin,
              cs: fonts.latin,
              eastAsia: fonts.eastAsia,
            },
            language: { value: fonts.lang, eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: '210mm', height: '297mm', orientation: PageOrientation.LANDSCAPE },
          },
        },
        children,
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  options.signal?.throwIfAborted();
  options.onProgress?.(1);
  return new Uint8Array(buffer);
}
