/**
 * The account plan as a Word document, as data: the Markdown plan (`boardToMarkdown`, summary
 * first) read back into headings, paragraphs, bullets and real tables, with places for the map
 * and swimlane pictures. Reading the Markdown the app already writes keeps one source for the
 * plan's content; this reader knows only the few shapes that writer produces. Pure.
 */
import type { Analysis } from '../../../domain/analyze';
import type { Lang } from '../../../domain/lang';
import type { Board } from '../../../domain/types';
import { resources } from '../../../i18n/resources';
import { DECK_TEXT } from './text';
import { boardToMarkdown } from '../markdown';

export interface DocRun {
  text: string;
  bold?: boolean;
}

export type ImageKey = 'map' | 'swimlane';

export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; runs: DocRun[] }
  | { kind: 'paragraph'; runs: DocRun[] }
  | { kind: 'bullet'; level: 0 | 1; runs: DocRun[] }
  | { kind: 'quote'; runs: DocRun[] }
  | { kind: 'table'; header: DocRun[][]; rows: DocRun[][][] }
  | { kind: 'image'; image: ImageKey; caption: string };

export interface DocModel {
  lang: Lang;
  title: string;
  blocks: DocBlock[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

/** What a backslash escapes in Markdown (CommonMark): ASCII punctuation; before anything else it is a backslash. */
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/**
 * Inline Markdown as the plan writes it (`mdInline`, `mdCell`): backslash escapes, the three
 * entities, and `**bold**`; everything else is literal text.
 */
export function inlineRuns(text: string): DocRun[] {
  const runs: DocRun[] = [];
  let bold = false;
  let buf = '';
  const flush = () => {
    if (buf) runs.push(bold ? { text: buf, bold: true } : { text: buf });
    buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && PUNCTUATION.test(text[i + 1] ?? '')) {
      buf += text[++i];
    } else if (ch === '*' && text[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
    } else if (ch === '&') {
      const m = /^&(amp|lt|gt);/.exec(text.slice(i));
      if (m) {
        buf += ENTITIES[m[1]!];
        i += m[0].length - 1;
      } else buf += ch;
    } else buf += ch;
  }
  flush();
  return runs;
}

/** A table row's cells, split on the pipes that are not escaped. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      cur += ch + body[++i];
    } else if (ch === '|') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** The plan's Markdown as blocks. */
export function markdownBlocks(markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, runs: inlineRuns(heading[2]!) });
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      i--;
      const [head, , ...body] = rows;
      blocks.push({
        kind: 'table',
        header: cells(head!).map(inlineRuns),
        rows: body.map((r) => cells(r).map(inlineRuns)),
      });
    } else if (/^ {2}- /.test(line)) {
      blocks.push({ kind: 'bullet', level: 1, runs: inlineRuns(line.slice(4)) });
    } else if (line.startsWith('- ')) {
      blocks.push({ kind: 'bullet', level: 0, runs: inlineRuns(line.slice(2)) });
    } else if (line.startsWith('> ')) {
      blocks.push({ kind: 'quote', runs: inlineRuns(line.slice(2)) });
    } else {
      blocks.push({ kind: 'paragraph', runs: inlineRuns(line) });
    }
  }
  return blocks;
}

const plain = (runs: DocRun[]) => runs.map((r) => r.text).join('');

/**
 * The plan of `board` in `lang` as a document: the Markdown plan's blocks, the map picture after
 * the summary and the swimlane picture under the swimlane heading, for the pictures in `images`.
 */
export function planDocument(
  board: Board,
  analysis: Analysis,
  lang: Lang,
  images: readonly ImageKey[] = [],
): DocModel {
  const blocks = markdownBlocks(boardToMarkdown(board, analysis, lang));
  const m = resources[lang].share.markdown;
  const t = DECK_TEXT[lang].docx;
  const h2 = (text: string) =>
    blocks.findIndex(
      (b) => b.kind === 'heading' && b.level === 2 && plain(b.runs).startsWith(text),
    );
  if (images.includes('swimlane')) {
    const at = h2(m.swimlane);
    if (at >= 0)
      blocks.splice(at + 1, 0, { kind: 'image', image: 'swimlane', caption: t.swimlaneImage });
  }
  if (images.includes('map')) {
    const summary = h2(m.summary);
    const next = blocks.findIndex((b, i) => i > summary && b.kind === 'heading' && b.level <= 2);
    const at = summary < 0 ? blocks.length : next < 0 ? blocks.length : next;
    blocks.splice(at, 0, { kind: 'image', image: 'map', caption: t.mapImage });
  }
  return { lang, title: board.title, blocks };
}

/**
 * A portfolio's report as a document: its Markdown summary (`portfolioMarkdown`, the path
 * first, then the gaps, the heat map and the coverage as tables) read back into blocks.
 */
export function portfolioDocument(markdown: string, title: string, lang: Lang): DocModel {
  return { lang, title, blocks: markdownBlocks(markdown) };
}
