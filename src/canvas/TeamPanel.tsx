import { useTranslation } from 'react-i18next';
import { addTeamMember, removeItems, updateTeamMember } from '../domain/commands';
import { capabilityCode, toCapability } from '../domain/capabilities';
import { CAPABILITIES, TEAM_ROLES, type TeamMember } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { CheckField, FieldSet, SelectField, TextField } from '../ui/fields';
import { useKeptDraft } from '../ui/useKeptDraft';
import './canvas.css';

const store = useDocumentStore.getState;

function MemberCard({ m }: { m: TeamMember }) {
  const { t } = useTranslation(['canvas', 'domain']);
  const patch = (p: Partial<Omit<TeamMember, 'id'>>) =>
    store().edit((d) => updateTeamMember(d, m.id, p));
  const free = m.capabilities.filter((c) => capabilityCode(c) === null);
  const codes = m.capabilities.filter((c) => capabilityCode(c) !== null);
  return (
    <li className="ka-member" aria-label={t('canvas:team.memberOf', { name: m.name })}>
      <TextField
        key={`${m.id}:name`}
        label={t('canvas:team.name')}
        value={m.name}
        onCommit={(name) => patch({ name })}
      />
      <SelectField
        label={t('canvas:team.role')}
        value={m.role}
        options={TEAM_ROLES.map((r) => [r, t(`domain:teamRole.${r}`)] as const)}
        onChange={(role) => patch({ role })}
      />
      <FieldSet legend={t('canvas:team.capabilities')}>
        <div className="ka-checks">
          {CAPABILITIES.map((c) => (
            <CheckField
              key={c}
              label={t(`domain:capability.${c}`)}
              checked={codes.some((x) => capabilityCode(x) === c)}
              onChange={(on) =>
                patch({
                  capabilities: on
                    ? [...m.capabilities, c]
                    : m.capabilities.filter((x) => capabilityCode(x) !== c),
                })
              }
            />
          ))}
        </div>
      </FieldSet>
      <TextField
        key={`${m.id}:other`}
        label={t('canvas:team.other')}
        value={free.join(', ')}
        onCommit={(v) =>
          patch({ capabilities: [...codes, ...v.split(/[,，、;；]/).map(toCapability)] })
        }
      />
      <button
        type="button"
        className="danger"
        onClick={() => store().edit((d) => removeItems(d, [m.id]))}
      >
        {t('canvas:team.remove', { name: m.name })}
      </button>
    </li>
  );
}

/** Our own team: members, their roles and capabilities (the codes of docs/domain.md §4 or free text). */
export function TeamPanel() {
  const { t } = useTranslation('canvas');
  const team = useDocumentStore((s) => s.board?.team);
  const boardId = useDocumentStore((s) => s.board?.id);
  // The name typed for a new member is kept as a draft until the member is added.
  const [name, setName] = useKeptDraft(boardId === undefined ? null : `${boardId}:team-new`);
  const add = () => {
    if (name.trim() === '') return;
    store().edit((d) => {
      addTeamMember(d, { name: name.trim() });
    });
    setName('');
  };
  return (
    <div className="ka-team">
      <h2>{t('team.heading')}</h2>
      <form
        className="ka-list-row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          value={name}
          aria-label={t('team.newName')}
          placeholder={t('team.newName')}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit">{t('team.add')}</button>
      </form>
      {team && team.length === 0 && <p className="muted">{t('team.empty')}</p>}
      <ul className="ka-team-list" style={{ listStyle: 'none', padding: 0 }}>
        {team?.map((m) => (
          <MemberCard key={m.id} m={m} />
        ))}
      </ul>
    </div>
  );
}
