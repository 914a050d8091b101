import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  refileStakeholder,
  updateStakeholders,
  type BulkStakeholderPatch,
} from '../../domain/commands';
import { COVERAGES, STANCES, type Stakeholder } from '../../domain/types';
import { useDocumentStore } from '../../store/documentStore';
import { SelectField } from '../../ui/fields';

/** Neither a value nor "none": the people differ, and choosing this changes nothing. */
const KEEP = '*';
const NONE = '';

/** The value all of `people` share for `key`, or KEEP when they differ. */
function common(people: Stakeholder[], key: keyof BulkStakeholderPatch): string {
  const values = new Set(people.map((p) => p[key] ?? NONE));
  return values.size === 1 ? [...values][0]! : KEEP;
}

/**
 * Bulk edit of several selected stakeholders: department, stance, coverage and relationship
 * owner. Each choice is one edit (one undo entry) over all of them; a field shows the shared
 * value, or "leave as is" when they differ.
 */
export function BulkForm({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation(['canvas', 'domain']);
  const { all, team, groups } = useDocumentStore(
    useShallow((s) => ({
      all: s.board?.stakeholders,
      team: s.board?.team,
      groups: s.board?.groups,
    })),
  );
  const people = (all ?? []).filter((p) => ids.includes(p.id));
  const keep = [KEEP, t('canvas:mapTools.bulkKeep')] as const;
  const none = [NONE, t('canvas:inspector.none')] as const;
  const apply = (patch: BulkStakeholderPatch) =>
    useDocumentStore.getState().edit((d) => updateStakeholders(d, ids, patch));
  const refileAll = (groupId: string | undefined) =>
    useDocumentStore.getState().edit((d) => {
      for (const id of ids) refileStakeholder(d, id, groupId);
    });
  const withKeep = (value: string, options: (readonly [string, string])[]) =>
    value === KEEP ? [keep, ...options] : options;
  const stance = common(people, 'stance');
  const coverage = common(people, 'coverage');
  const owner = common(people, 'relationshipOwner');
  const group = common(people, 'groupId');
  return (
    <section className="ka-bulk" aria-label={t('canvas:mapTools.bulk', { count: people.length })}>
      <h3>{t('canvas:mapTools.bulk', { count: people.length })}</h3>
      <SelectField
        label={t('canvas:inspector.department')}
        value={group}
        options={withKeep(group, [none, ...(groups ?? []).map((g) => [g.id, g.label] as const)])}
        onChange={(v) => v !== KEEP && refileAll(v || undefined)}
      />
      <SelectField
        label={t('canvas:inspector.stance')}
        value={stance}
        options={withKeep(
          stance,
          STANCES.map((s) => [s, t(`domain:stance.${s}`)] as const),
        )}
        onChange={(v) => v !== KEEP && apply({ stance: v as Stakeholder['stance'] })}
      />
      <SelectField
        label={t('canvas:inspector.coverage')}
        value={coverage}
        options={withKeep(
          coverage,
          COVERAGES.map((c) => [c, t(`domain:coverage.${c}`)] as const),
        )}
        onChange={(v) => v !== KEEP && apply({ coverage: v as Stakeholder['coverage'] })}
      />
      <SelectField
        label={t('canvas:inspector.owner')}
        value={owner}
        options={withKeep(owner, [none, ...(team ?? []).map((m) => [m.id, m.name] as const)])}
        onChange={(v) => v !== KEEP && apply({ relationshipOwner: v || null })}
      />
      <p className="muted">{t('canvas:mapTools.bulkHint')}</p>
    </section>
  );
}
