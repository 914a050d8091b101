import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stepName } from '../domain/text/stepName';
import { useDocumentStore } from '../store/documentStore';
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
