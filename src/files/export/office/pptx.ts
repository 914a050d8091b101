/**
 * Writes a deck model (`deckTypes.ts`) as a PowerPoint file with pptxgenjs: every card a rounded
 * rectangle holding its text, every link a line with its arrow head, every table a native table,
 * so the deck stays editable in PowerPoint, WPS and LibreOffice. Loaded on first use only.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { Lang } from '../../../domain/lang';
import { SLIDE_W, type DeckModel, type DeckRun, type DeckShape, type DeckSlide } from './deckTypes';
import { hasHan, officeFonts, type OfficeFonts } from './fonts';

export interface OfficeProgress {
  /** Stops between slides; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How far the file is, 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/** The language tag and face of one run: Chinese text is always tagged and set as Chinese. */
export function runFont(text: string, fonts: OfficeFonts): { lang: string; fontFace: string } {
  if (fonts.lang === 'zh-CN' || hasHan(text)) return { lang: 'zh-CN', fontFace: fonts.eastAsia };
  return { lang: fonts.lang, fontFace: fonts.latin };
}

function textRuns(runs: DeckRun[], fonts: OfficeFonts): PptxGenJS.TextProps[] {
  return runs.map((r, i) => ({
    text: r.text,
    options: {
      ...runFont(r.text, fonts),
      fontSize: r.size,
      bold: r.bold === true,
      italic: r.italic === true,
      ...(r.color ? { color: r.color } : {}),
      // A run ends its paragraph when the next one starts a new one.
      ...(runs[i + 1]?.breakBefore ? { breakLine: true } : {}),
    },
  }));
}

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, s: DeckShape, fonts: OfficeFonts) {
  const options: PptxGenJS.TextPropsOptions = {
    x: s.x,
    y: s.y,
    w: s.w,
    h: s.h,
    shape: s.shape === 'roundRect' ? pptx.ShapeType.roundRect : pptx.ShapeType.rect,
    align: s.align ?? 'left',
    valign: s.valign ?? 'top',
    margin: s.role === 'text' || s.role === 'legend' ? 0 : 4,
    fit: 'none',
    objectName: s.itemId ? `${s.role} ${s.itemId}` : s.role,
  };
  if (s.shape === 'roundRect') options.rectRadius = 0.08;
  if (s.fill) options.fill = { color: s.fill };
  if (s.line) {
    options.line = { color: s.line.color, width: s.line.width, dashType: s.line.dash ?? 'solid' };
  }
  slide.addText(textRuns(s.runs, fonts), options);
}

function addSlide(pptx: PptxGenJS, model: DeckSlide, fonts: OfficeFonts, first: boolean) {
  const slide = pptx.addSlide();
  if (!first) {
    slide.addText(textRuns([{ text: model.title, size: 24, bold: true, color: '102A43' }], fonts), {
      x: 0.4,
      y: 0.25,
      w: SLIDE_W - 0.8,
      h: 0.7,
      margin: 0,
      valign: 'middle',
      objectName: 'title',
    });
  }
  for (const el of model.elements) {
    if (el.kind === 'shape') addShape(pptx, slide, el, fonts);
    else if (el.kind === 'line') {
      slide.addShape(pptx.ShapeType.line, {
        x: Math.min(el.x1, el.x2),
        y: Math.min(el.y1, el.y2),
        w: Math.abs(el.x2 - el.x1),
        h: Math.abs(el.y2 - el.y1),
        flipH: el.x2 < el.x1,
        flipV: el.y2 < el.y1,
        line: {
          color: el.color,
          width: el.width,
          dashType: el.dash,
          ...(el.arrow ? { endArrowType: 'triangle' as const } : {}),
        },
        objectName: el.linkId ? `link ${el.linkId}` : 'legend line',
      });
    } else {
      const rows: PptxGenJS.TableRow[] = el.rows.map((row) =>
        row.map((c) => ({
          text: textRuns(c.runs, fonts),
          options: { ...(c.fill ? { fill: { color: c.fill } } : {}), valign: 'top' as const },
        })),
      );
      slide.addTable(rows, {
        x: el.x,
        y: el.y,
        colW: el.colW,
        fontSize: 12,
        fontFace: fonts.lang === 'zh-CN' ? fonts.eastAsia : fonts.latin,
        border: { type: 'solid', pt: 0.75, color: 'BCCCDC' },
        margin: 0.05,
        // Tables are cut over slides by the model (deckModel.ts): pptxgenjs's own paging
        // rewrites the runs of each cell.
        autoPage: false,
      });
    }
  }
}

async function nextTurn(options: OfficeProgress, fraction: number) {
  options.onProgress?.(fraction);
  await new Promise((resolve) => setTimeout(resolve));
  options.signal?.throwIfAborted();
}

/**
 * Each paragraph with at most one `a:pPr`, as its first child: pptxgenjs writes one before every
 * run of a paragraph of several runs, which the schema does not allow (PowerPoint then offers to
 * repair the file). The later ones repeat the first, so they are dropped.
 */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_all, body: string) => {
    const first = /^<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/.exec(body)?.[0] ?? '';
    const rest = body.slice(first.length).replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '');
    return `<a:p>${first}${rest}</a:p>`;
  });
}

/**
 * The zip compressed: pptxgenjs stores its parts uncompressed whenever an output type is named
 * (and only the browser has its compressed default), so the slides' XML is deflated here.
 */
async function deflate(zip: Uint8Array): Promise<Uint8Array> {
  const archive = await JSZip.loadAsync(zip);
  for (const name of Object.keys(archive.files)) {
    if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) continue;
    archive.file(name, oneParagraphProperties(await archive.file(name)!.async('string')));
  }
  return archive.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    mimeType: PPTX_TYPE,
  });
}

export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The deck as the bytes of a .pptx file. */
export async function deckToPptx(
  model: DeckModel,
  options: OfficeProgress = {},
): Promise<Uint8Array> {
  const fonts = officeFonts(model.lang as Lang);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = model.title;
  const face = fonts.lang === 'zh-CN' ? fonts.eastAsia : fonts.latin;
  pptx.theme = { headFontFace: face, bodyFontFace: face };
  for (const [i, slide] of model.slides.entries()) {
    await nextTurn(options, (0.8 * i) / model.slides.length);
    addSlide(pptx, slide, fonts, i === 0);
  }
  await nextTurn(options, 0.85);
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  options.onProgress?.(0.9);
  options.signal?.throwIfAborted();
  const out = await deflate(stored);
  options.onProgress?.(1);
  return out;
}
