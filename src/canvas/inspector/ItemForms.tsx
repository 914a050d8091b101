import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateGroup, updateLink, updateStep } from '../../domain/commands';
import { checkLink, linkTypesFor } from '../../domain/linkRules';
import { STEP_KINDS, type BuyingStep, type Group, type Link } from '../../domain/types';
import { useDocumentStore } from '../../store/documentStore';
import type { RefusalReason } from '../connect';
import { SelectField, TextField } from './fields';

const store = useDocumentStore.getState;

/** Label and kind of a buying step. */
export function StepForm({ item }: { item: BuyingStep }) {
  const { t } = useTranslation(['canvas', 'domain']);
  return (
    <>
      <TextField
        key={`${item.id}:label`}
        label={t('canvas:inspector.label')}
        value={item.label}
        onCommit={(label) => store().edit((d) => updateStep(d, item.id, { label }))}
      />
      <SelectField
        label={t('canvas:inspector.kind')}
        value={item.kind}
        options={STEP_KINDS.map((k) => [k, t(`domain:kind.${k}`)] as const)}
        onChange={(kind) => store().edit((d) => updateStep(d, item.id, { kind }))}
      />
    </>
  );
}

function sizeField(value: number, onCommit: (n: number) => void, label: string, key: string) {
  return (
    <TextField
      key={key}
      label={label}
      value={String(value)}
      onCommit={(v) => {
        const n = Math.round(Number(v));
        if (Number.isFinite(n) && n >= 40) onCommit(n);
      }}
    />
  );
}

/** Title and size of a department frame. */
export function GroupForm({ item }: { item: Group }) {
  const { t } = useTranslation('canvas');
  const members = useDocumentStore(
    (s) => s.board?.stakeholders.filter((p) => p.groupId === item.id).length ?? 0,
  );
  const resize = (size: Partial<Group['size']>) =>
    store().edit((d) => updateGroup(d, item.id, { size: { ...item.size, ...size } }));
  return (
    <>
      <TextField
        key={`${item.id}:label`}
        label={t('inspector.label')}
        value={item.label}
        onCommit={(label) => store().edit((d) => updateGroup(d, item.id, { label }))}
      />
      {sizeField(
        item.size.width,
        (width) => resize({ width }),
        t('inspector.width'),
        `${item.id}w`,
      )}
      {sizeField(
        item.size.height,
        (height) => resize({ height }),
        t('inspector.height'),
        `${item.id}h`,
      )}
      <p className="muted">{t('inspector.members', { count: members })}</p>
    </>
  );
}

/** Type (among those valid for its ends) and label of a link. */
export function LinkForm({ item }: { item: Link }) {
  const { t } = useTranslation(['canvas', 'domain']);
  const names = useDocumentStore((s) => {
    const b = s.board;
    const name = (id: string) =>
      b?.stakeholders.find((x) => x.id === id)?.name ??
      b?.steps.find((x) => x.id === id)?.label ??
      id;
    return `${name(item.source)}\u0000${name(item.target)}`;
  }).split('\u0000');
  const types = useDocumentStore((s) =>
    s.board ? linkTypesFor(s.board, item.source, item.target).join(',') : '',
  )
    .split(',')
    .filter(Boolean) as Link['type'][];
  // Keyed by link, so a reason never shows on another link selected later.
  const [refusal, setRefusal] = useState<{ id: string; reason: RefusalReason } | null>(null);
  const changeType = (type: Link['type']) => {
    const board = store().board;
    const check = board ? checkLink(board, item.source, item.target, type) : null;
    if (check && !check.ok) {
      setRefusal({ id: item.id, reason: check.reason });
      return;
    }
    setRefusal(null);
    store().edit((d) => updateLink(d, item.id, { type }));
  };
  return (
    <>
      <p>
        {t('canvas:inspector.from')} <strong>{names[0]}</strong> {t('canvas:inspector.to')}{' '}
        <strong>{names[1]}</strong>
      </p>
      <SelectField
        label={t('canvas:inspector.type')}
        value={item.type}
        options={types.map((ty) => [ty, t(`domain:link.${ty}`)] as const)}
        onChange={changeType}
      />
      {refusal?.id === item.id && (
        <p className="ka-refusal" role="alert">
          {t('canvas:connect.refusedType', {
            reason: t(`canvas:connect.reason.${refusal.reason}`),
          })}
        </p>
      )}
      <TextField
        key={`${item.id}:label`}
        label={t('canvas:inspector.label')}
        value={item.label ?? ''}
        onCommit={(label) => store().edit((d) => updateLink(d, item.id, { label }))}
      />
    </>
  );
}
