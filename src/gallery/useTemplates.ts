import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../domain/lang';
import type { StoredProblem, StoredTemplate } from '../persistence/boardRepository';
import { useStorage, writeFailed } from '../app/StorageContext';
import {
  loadBuiltinTemplates,
  type BuiltinTemplate,
  type TemplateProblem,
} from './builtinTemplates';

export interface TemplatesState {
  builtin: BuiltinTemplate[] | null;
  mine: StoredTemplate[] | null;
  problems: (TemplateProblem | StoredProblem)[];
}

/** The built-in samples of the UI language and the user's own templates, with removal. */
export function useTemplates(lang: Lang) {
  const { repo, setWarning } = useStorage();
  const [state, setState] = useState<TemplatesState>({ builtin: null, mine: null, problems: [] });

  const refreshMine = useCallback(async () => {
    const { templates, problems } = await repo.listTemplates();
    setState((s) => ({ ...s, mine: templates, problems: [...s.problems, ...problems] }));
  }, [repo]);

  useEffect(() => {
    let cancelled = false;
    void loadBuiltinTemplates(lang).then(({ templates, problems }) => {
      if (cancelled) return;
      setState((s) => ({ ...s, builtin: templates, problems: [...problems] }));
      void refreshMine();
    });
    return () => {
      cancelled = true;
    };
  }, [lang, refreshMine]);

  const remove = useCallback(
    async (id: string) => {
      try {
        await repo.removeTemplate(id);
      } catch (err) {
        setWarning(writeFailed(err));
      }
      const { templates } = await repo.listTemplates();
      setState((s) => ({ ...s, mine: templates }));
    },
    [repo, setWarning],
  );

  return { ...state, remove };
}
