import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stepName } from '../domain/text/stepName';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { asLang } from '../store/useAnalysis';

/**
 * Display names of everything a flag can be about: stakeholders, steps (an unlabelled step by
 * its kind, in the UI language) and departments.
 */
export function useSubjectNames(): ReadonlyMap<string, string> {
  const stakeholders = useDocumentStore((s) => s.board?.stakeholders);
  const steps = useDocumentStore((s) => s.board?.steps);
  const groups = useDocumentStore((s) => s.board?.groups);
  const { i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const s of stakeholders ?? []) names.set(s.id, s.name);
    for (const s of steps ?? []) names.set(s.id, stepName(s, lang));
    for (const g of groups ?? []) names.set(g.id, g.label);
    return names;
  }, [stakeholders, steps, groups, lang]);
}

/**
 * Selects a flag's subject and asks the view to centre it. Stakeholders and departments live
 * only on the map, so the map is shown for them; a step is centred wherever it is shown.
 */
export function showSubject(id: string, isStep: boolean): void {
  const session = useSessionStore.getState();
  if (!isStep) session.setView('map');
  session.select([id]);
  session.focus(id);
}
