import { useTranslation } from 'react-i18next';
import { updateBoardHeader, type BoardHeaderPatch } from '../../domain/commands';
import { OBJECTIVES, TIERS, type Board, type Objective } from '../../domain/types';
import { useDocumentStore } from '../../store/documentStore';
import { FieldSet, NumberField, SelectField, TextField } from '../../ui/fields';

const NONE = '';

/** The board header, shown when nothing is selected. */
export function BoardForm({ board }: { board: Board }) {
  const { t } = useTranslation(['canvas', 'domain']);
  const patch = (p: BoardHeaderPatch) =>
    useDocumentStore.getState().edit((d) => updateBoardHeader(d, p));
  const account = board.account;
  const k = (field: string) => field;
  return (
    <>
      <TextField
        key={k('title')}
        label={t('canvas:inspector.boardTitle')}
        value={board.title}
        onCommit={(title) => patch({ title })}
      />
      <SelectField<Objective | ''>
        label={t('canvas:inspector.objective')}
        value={board.objective ?? NONE}
        options={[
          [NONE, t('canvas:inspector.none')] as const,
          ...OBJECTIVES.map((o) => [o, t(`domain:objective.${o}`)] as const),
        ]}
        onChange={(v) => patch({ objective: v === NONE ? undefined : v })}
      />
      <TextField
        key={k('note')}
        label={t('canvas:inspector.objectiveNote')}
        value={board.objectiveNote ?? ''}
        multiline
        onCommit={(objectiveNote) => patch({ objectiveNote })}
      />
      <TextField
        key={k('acc')}
        label={t('canvas:inspector.account')}
        value={account.name}
        onCommit={(name) => patch({ account: { ...account, name } })}
      />
      <SelectField
        label={t('canvas:inspector.tier')}
        value={account.tier}
        options={TIERS.map((x) => [x, t(`domain:tier.${x}`)] as const)}
        onChange={(tier) => patch({ account: { ...account, tier } })}
      />
      <TextField
        key={k('ind')}
        label={t('canvas:inspector.industry')}
        value={account.industry ?? ''}
        onCommit={(industry) => patch({ account: { ...account, industry } })}
      />
      <FieldSet legend={t('canvas:inspector.segment')}>
        <TextField
          key={k('cat')}
          label={t('canvas:inspector.category')}
          value={account.category ?? ''}
          onCommit={(category) => patch({ account: { ...account, category } })}
        />
        <NumberField
          label={t('canvas:inspector.purchaseVolume')}
          value={account.purchaseVolume}
          min={0}
          valid={(v) => v >= 0 && v <= Number.MAX_SAFE_INTEGER}
          invalid={t('canvas:inspector.purchaseVolumeInvalid')}
          onCommit={(purchaseVolume) => patch({ account: { ...account, purchaseVolume } })}
        />
        <NumberField
          label={t('canvas:inspector.similarAccounts')}
          value={account.similarAccounts}
          min={1}
          step="1"
          valid={(v) => Number.isInteger(v) && v >= 1 && v <= 1_000_000}
          invalid={t('canvas:inspector.similarAccountsInvalid')}
          onCommit={(similarAccounts) => patch({ account: { ...account, similarAccounts } })}
        />
      </FieldSet>
      <TextField
        key={k('notes')}
        label={t('canvas:inspector.accountNotes')}
        value={account.notes ?? ''}
        multiline
        onCommit={(notes) => patch({ account: { ...account, notes } })}
      />
      <TextField
        key={k('off')}
        label={t('canvas:inspector.offering')}
        value={board.offering ?? ''}
        onCommit={(offering) => patch({ offering })}
      />
    </>
  );
}
