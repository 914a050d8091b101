import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { refileStakeholder, updateStakeholder, type StakeholderPatch } from '../../domain/commands';
import { COVERAGES, ROLES, STANCES, type Stakeholder } from '../../domain/types';
import { useDocumentStore } from '../../store/documentStore';
import { ConcernsEditor } from './ConcernsEditor';
import { CheckField, FieldSet, SelectField, TextField } from '../../ui/fields';

const INFLUENCE = ['1', '2', '3', '4', '5'] as const;
const NONE = '';

/** Every field of a stakeholder; each change is one edit. */
export function StakeholderForm({ item }: { item: Stakeholder }) {
  const { t } = useTranslation(['canvas', 'domain']);
  const { team, groups } = useDocumentStore(
    useShallow((s) => ({ team: s.board?.team ?? [], groups: s.board?.groups ?? [] })),
  );
  const patch = (p: StakeholderPatch) =>
    useDocumentStore.getState().edit((d) => updateStakeholder(d, item.id, p));
  const boardId = useDocumentStore((s) => s.board?.id);
  const k = (field: string) => `${item.id}:${field}`;
  return (
    <>
      <TextField
        key={k('name')}
        label={t('canvas:inspector.name')}
        value={item.name}
        onCommit={(name) => patch({ name })}
      />
      <TextField
        key={k('title')}
        label={t('canvas:inspector.title')}
        value={item.title ?? ''}
        onCommit={(title) => patch({ title })}
      />
      <FieldSet legend={t('canvas:inspector.roles')}>
        <div className="ka-checks">
          {ROLES.map((r) => {
            const on = item.roles.includes(r);
            return (
              <CheckField
                key={r}
                label={t(`domain:role.${r}`)}
                checked={on}
                disabled={on && item.roles.length === 1}
                onChange={(c) =>
                  patch({ roles: c ? [...item.roles, r] : item.roles.filter((x) => x !== r) })
                }
              />
            );
          })}
        </div>
      </FieldSet>
      <SelectField
        label={t('canvas:inspector.influence')}
        value={String(item.influence) as (typeof INFLUENCE)[number]}
        options={INFLUENCE.map((v) => [v, v] as const)}
        onChange={(v) => patch({ influence: Number(v) as Stakeholder['influence'] })}
      />
      <SelectField
        label={t('canvas:inspector.stance')}
        value={item.stance}
        options={STANCES.map((s) => [s, t(`domain:stance.${s}`)] as const)}
        onChange={(stance) => patch({ stance })}
      />
      <CheckField
        label={t('canvas:inspector.canVeto')}
        checked={item.canVeto}
        onChange={(canVeto) => patch({ canVeto })}
      />
      <SelectField
        label={t('canvas:inspector.coverage')}
        value={item.coverage}
        options={COVERAGES.map((c) => [c, t(`domain:coverage.${c}`)] as const)}
        onChange={(coverage) => patch({ coverage })}
      />
      <SelectField
        label={t('canvas:inspector.owner')}
        value={item.relationshipOwner ?? NONE}
        options={[
          [NONE, t('canvas:inspector.none')] as const,
          ...team.map((m) => [m.id, m.name] as const),
        ]}
        onChange={(v) => patch({ relationshipOwner: v === NONE ? undefined : v })}
      />
      {team.length === 0 && <p className="muted">{t('canvas:inspector.noTeam')}</p>}
      <SelectField
        label={t('canvas:inspector.department')}
        value={item.groupId ?? NONE}
        options={[
          [NONE, t('canvas:inspector.none')] as const,
          ...groups.map((g) => [g.id, g.label] as const),
        ]}
        onChange={(v) =>
          useDocumentStore.getState().edit((d) => refileStakeholder(d, item.id, v || undefined))
        }
      />
      <ConcernsEditor
        key={item.concerns.join('\n')}
        concerns={item.concerns}
        onChange={(concerns) => patch({ concerns })}
        draftKey={boardId === undefined ? null : `${boardId}:concern:${item.id}`}
      />
    </>
  );
}
