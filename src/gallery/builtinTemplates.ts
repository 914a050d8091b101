import type { Lang } from '../domain/lang';
import type { Board } from '../domain/types';
import { parseBoardText } from '../domain/validate';
import index from '../../templates/index.json';

/** A client sample shipped with the app, read and validated in one UI language. */
export interface BuiltinTemplate {
  file: string;
  order: number;
  summary: string;
  board: Board;
}

export interface TemplateProblem {
  file: string;
  message: string;
}

// Lazy raw text: the samples load only when the gallery opens, and every one then passes the
// same validation as an imported file (the one way in).
const FILES = import.meta.glob<string>('/templates/*/*.board.json', {
  query: '?raw',
  import: 'default',
});

/** The built-in templates of `lang` in gallery order; an unreadable one is reported, not shown. */
export async function loadBuiltinTemplates(
  lang: Lang,
): Promise<{ templates: BuiltinTemplate[]; problems: TemplateProblem[] }> {
  const entries = [...index.templates].sort((a, b) => a.order - b.order);
  const results = await Promise.all(
    entries.map(async (entry): Promise<BuiltinTemplate | TemplateProblem> => {
      const load = FILES[`/templates/${lang}/${entry.file}`];
      if (!load) return { file: entry.file, message: 'missing' };
      const parsed = parseBoardText(await load());
      if (!parsed.ok) return { file: entry.file, message: parsed.issues[0]?.message ?? '' };
      const summary = entry.summary[lang];
      return { file: entry.file, order: entry.order, summary, board: parsed.file.board };
    }),
  );
  const templates: BuiltinTemplate[] = [];
  const problems: TemplateProblem[] = [];
  for (const r of results) {
    if ('board' in r) templates.push(r);
    else problems.push(r);
  }
  return { templates, problems };
}
