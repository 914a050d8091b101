import type { Lang } from '../../domain/suggest';
import type { Board } from '../../domain/types';
import type { SlideWidth } from './slide';
import { slideDate } from '../image/slideDate';
import { swimlaneSlides } from './swimlaneSlide';
import { swimlaneSlideModel } from './swimlaneSlideModel';
import type { Analysis } from '../../domain/analyze';

/**
 * The sales swimlane on 16:9 slides, drawn from the board (never from the page): stage columns
 * in groups of a few per slide, the readiness box, and the open suggestions when asked for.
 */
export async function exportSwimlaneSlides(
  board: Board,
  analysis: Analysis,
  lang: Lang,
  options: { width: SlideWidth; suggestions: boolean },
): Promise<Blob[]> {
  const model = swimlaneSlideModel(board, analysis, lang, { suggestions: options.suggestions });
  return swimlaneSlides(model, lang, { ...options, date: slideDate(lang) });
}
