import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../store/documentStore';
import { Modal } from '../ui/Modal';
import { applyImport, MAX_ROWS, readCsv, type ImportPlan } from './crmImport';

/**
 * "Import contacts (CSV)…": picks a CRM export or a spreadsheet saved as CSV and shows what it
 * will add, what it skips and why, and the reports-to links, before anything changes. Adding
 * is one edit (one undo entry).
 */
export function CrmImport(props: { onDone(text: string): void }) {
  const { t } = useTranslation(['outline', 'domain']);
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<{ file: string; plan: ImportPlan } | null>(null);
  const read = async (file: File) => {
    const board = useDocumentStore.getState().board;
    if (!board) return;
    const result = readCsv(board, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) props.onDone(t(`outline:crm.error.${result.reason}`, { file: file.name }));
    else setPreview({ file: file.name, plan: result.plan });
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('outline:crm.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('outline:crm.file')}
        data-testid="crm-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {preview && (
        <ImportPreview
          file={preview.file}
          plan={preview.plan}
          onCancel={() => setPreview(null)}
          onAdd={() => {
            let count = 0;
            useDocumentStore.getState().edit((d) => {
              count = applyImport(d, preview.plan);
            });
            setPreview(null);
            props.onDone(t('outline:crm.done', { count, file: preview.file }));
          }}
        />
      )}
    </>
  );
}

function ImportPreview(props: { file: string; plan: ImportPlan; onAdd(): void; onCancel(): void }) {
  const { t } = useTranslation(['outline', 'domain']);
  const { plan } = props;
  const addRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const fieldName = (field?: string) => {
    if (!field) return t('outline:crm.ignored');
    if (
      field === 'reportsTo' ||
      field === 'firstName' ||
      field === 'lastName' ||
      field === 'recordId'
    ) {
      return t(`outline:crm.${field}`);
    }
    return t(`outline:col.${field}`);
  };
  return (
    <Modal
      onClose={props.onCancel}
      initialFocus={plan.add.length > 0 ? addRef : cancelRef}
      className="crm-preview"
    >
      {(labelId) => (
        <div>
          <h2 id={labelId}>{t('outline:crm.heading', { file: props.file })}</h2>
          <p>{t(`outline:crm.format.${plan.format}`)}</p>
          {plan.cut && <p role="note">{t('outline:crm.cut', { count: MAX_ROWS })}</p>}
          <div className="crm-preview-body">
            <section>
              <h3>{t('outline:crm.columns')}</h3>
              <table className="crm-columns">
                <thead>
                  <tr>
                    <th scope="col">{t('outline:crm.column')}</th>
                    <th scope="col">{t('outline:crm.field')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.columns.map((c, i) => (
                    <tr key={i} className={c.field ? undefined : 'muted'}>
                      <td>{c.header}</td>
                      <td>{fieldName(c.field)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section>
              <h3>{t('outline:crm.willAdd', { count: plan.add.length })}</h3>
              <ul className="crm-add">
                {plan.add.map((p) => (
                  <li key={p.line}>
                    <strong>{p.row.name}</strong>
                    {[
                      p.row.title,
                      p.row.department,
                      ...(p.row.roles ?? []).map((r) => t(`domain:role.${r}`)),
                    ]
                      .filter(Boolean)
                      .map((x) => ` · ${x}`)
                      .join('')}
                    {p.problems.length > 0 && (
                      <span className="crm-note">
                        {' '}
                        (
                        {t('outline:crm.notUnderstood', {
                          list: p.problems.map((x) => x.value).join('、'),
                        })}
                        )
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              <h3>{t('outline:crm.links', { count: plan.links.length })}</h3>
              <ul className="crm-links">
                {plan.links.map((l, i) => (
                  <li key={i}>{t('outline:crm.link', l)}</li>
                ))}
                {plan.unlinked.map((l, i) => (
                  <li key={`u${i}`} className="crm-note">
                    {t('outline:crm.unlinked', l)}
                  </li>
                ))}
              </ul>
              <h3>{t('outline:crm.skipped', { count: plan.skipped.length })}</h3>
              <ul className="crm-skipped">
                {plan.skipped.map((s) => (
                  <li key={s.line}>
                    {t('outline:crm.line', { line: s.line })}
                    {s.name ? ` ${s.name}` : ''}: {t(`outline:crm.reason.${s.reason}`)}
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <div className="form-actions">
            <button
              ref={addRef}
              type="button"
              className="primary"
              disabled={plan.add.length === 0}
              onClick={props.onAdd}
            >
              {plan.add.length > 0
                ? t('outline:crm.add', { count: plan.add.length })
                : t('outline:crm.nothing')}
            </button>
            <button ref={cancelRef} type="button" onClick={props.onCancel}>
              {t('outline:crm.cancel')}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
