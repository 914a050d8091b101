import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { downloadBlob, fileNameFor } from '../files/download';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { asLang } from '../domain/lang';
import { analyzePortfolio } from '../domain/portfolio';
import type { Board } from '../domain/types';
import type { StoredPortfolio } from '../persistence/portfolioRepository';
import { ThresholdsForm } from '../ui/ThresholdsForm';
import { portfolioMarkdown, slidePng, toPortfolioFile } from './exportPortfolio';
import { coverage, heatMap, verdictState } from './model';
import { CoverageGrid, GapsPanel, HeatMapTable, VerdictPanel } from './sections';
import { usePortfolio } from './usePortfolio';
import './portfolio.css';

/** The portfolio's title, edited in place and saved on submit. */
function TitleForm(props: { title: string; onSave(title: string): void }) {
  const { t } = useTranslation('portfolio');
  const [draft, setDraft] = useState(props.title);
  return (
    <form
      className="pf-title-form"
      onSubmit={(e) => {
        e.preventDefault();
        const title = draft.trim();
        if (title !== '' && title !== props.title) props.onSave(title);
      }}
    >
      <input
        className="pf-title-input"
        aria-label={t('page.title')}
        value={draft}
        maxLength={200}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" disabled={draft.trim() === '' || draft.trim() === props.title}>
        {t('page.saveTitle')}
      </button>
    </form>
  );
}

/** The portfolio's thresholds as percentages, refused unless 0 ≤ split < part-time ≤ 100. */
function ThresholdsEditor(props: {
  portfolio: StoredPortfolio;
  used: { partTime: number; split: number };
  onSave(next: StoredPortfolio): void;
}) {
  const { t } = useTranslation('portfolio');
  const own = props.portfolio.thresholds !== undefined;
  return (
    <ThresholdsForm
      className="thresholds pf-thresholds"
      heading={t('verdict.thresholds')}
      used={props.used}
      own={own}
      status={own ? t('verdict.own') : t('verdict.defaults')}
      onApply={(thresholds) => props.onSave({ ...props.portfolio, thresholds })}
      onReset={() => {
        const next = { ...props.portfolio };
        delete next.thresholds;
        props.onSave(next);
      }}
    />
  );
}

/** The page of one portfolio: its path, heat map, recurring gaps and segment coverage. */
export function PortfolioPage({ id }: { id: string }) {
  const { t } = useTranslation('portfolio');
  const { load, save } = usePortfolio(id);
  if (load.status === 'loading') return <p aria-busy="true">{t('page.loading')}</p>;
  if (load.status !== 'ready') {
    return (
      <main className="pf-page">
        <p role="alert">
          {t(load.status === 'not-found' ? 'page.notFound' : 'page.unreadable', { id })}
        </p>
        <a href="#/">{t('page.back')}</a>
      </main>
    );
  }
  return (
    <PortfolioView
      key={load.portfolio.id}
      portfolio={load.portfolio}
      boards={load.boards}
      missing={load.missing}
      damaged={load.damaged}
      onSave={save}
    />
  );
}

function PortfolioView(props: {
  portfolio: StoredPortfolio;
  boards: Board[];
  missing: string[];
  damaged: string[];
  onSave(next: StoredPortfolio): Promise<void>;
}) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = asLang(i18n.language);
  const { portfolio, boards } = props;
  const [status, setStatus] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [slide, setSlide] = useState(false);
  const slideRef = useRef<HTMLDivElement>(null);
  const analysis = useMemo(
    () =>
      analyzePortfolio(boards, {
        id: portfolio.id,
        ...(portfolio.thresholds ? { thresholds: portfolio.thresholds } : {}),
      }),
    [boards, portfolio.id, portfolio.thresholds],
  );
  const map = useMemo(() => heatMap(boards, analysis), [boards, analysis]);
  const verdict = useMemo(() => verdictState(analysis), [analysis]);
  const grid = useMemo(() => coverage(boards), [boards]);

  const save = (next: StoredPortfolio) => {
    props.onSave(next).then(
      () => setStatus(t('page.saved')),
      (err: unknown) => setStatus(t('page.saveFailed', { reason: String(err) })),
    );
  };
  const exportJson = () => {
    const text = `${JSON.stringify(toPortfolioFile(portfolio, boards), null, 2)}\n`;
    const file = fileNameFor(portfolio.title, 'portfolio.json');
    downloadBlob(new Blob([text], { type: 'application/json' }), file);
    setStatus(t('export.done', { file }));
  };
  const exportMarkdown = () => {
    const text = portfolioMarkdown(portfolio, boards, analysis, i18n.t, lang);
    const file = fileNameFor(portfolio.title, 'md');
    downloadBlob(new Blob([text], { type: 'text/markdown' }), file);
    setStatus(t('export.done', { file }));
  };
  const exportSlide = async () => {
    flushSync(() => {
      setSlide(true);
      setProgress(0);
    });
    try {
      const el = slideRef.current;
      if (!el) throw new Error('no slide');
      const blob = await slidePng(el, setProgress);
      const file = fileNameFor(portfolio.title, 'png');
      downloadBlob(blob, file);
      setStatus(t('export.done', { file }));
    } catch (err) {
      setStatus(t('export.failed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setSlide(false);
      setProgress(null);
    }
  };
  // The editable deck and report: loaded on first use, with progress and a way to stop them.
  const officeAbort = useRef<AbortController | null>(null);
  const [office, setOffice] = useState<'pptx' | 'docx' | null>(null);
  const exportOffice = async (kind: 'pptx' | 'docx') => {
    const controller = new AbortController();
    officeAbort.current = controller;
    setOffice(kind);
    setProgress(0);
    try {
      const files = await import('../files/export/officeExport');
      const options = { signal: controller.signal, onProgress: setProgress };
      const blob =
        kind === 'pptx'
          ? await files.portfolioDeckFile(
              {
                title: portfolio.title,
                boards,
                ...(portfolio.thresholds ? { thresholds: portfolio.thresholds } : {}),
              },
              lang,
              options,
            )
          : await files.portfolioReportFile(
              {
                title: portfolio.title,
                markdown: portfolioMarkdown(portfolio, boards, analysis, i18n.t, lang),
              },
              lang,
              options,
            );
      // The report is named as the portfolio file is, apart from a board's plan of the same title.
      const file = fileNameFor(portfolio.title, kind === 'pptx' ? 'pptx' : 'portfolio.docx');
      downloadBlob(blob, file);
      setStatus(t('export.done', { file }));
    } catch (err) {
      setStatus(
        controller.signal.aborted
          ? t('deck:menu.cancelled')
          : t('export.failed', { reason: err instanceof Error ? err.message : String(err) }),
      );
    } finally {
      officeAbort.current = null;
      setOffice(null);
      setProgress(null);
    }
  };
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());

  return (
    <main className="pf-page">
      <header className="pf-header">
        <a href="#/" className="pf-back">
          ← {t('page.back')}
        </a>
        <TitleForm
          key={portfolio.title}
          title={portfolio.title}
          onSave={(title) => save({ ...portfolio, title })}
        />
        <span className="muted">{t('page.samples', { count: boards.length })}</span>
        <LanguageSwitch />
      </header>
      <div className="pf-toolbar" role="group" aria-label={t('export.menu')}>
        <button type="button" onClick={exportJson}>
          {t('export.json')}
        </button>
        <button type="button" onClick={exportMarkdown}>
          {t('export.markdown')}
        </button>
        <button type="button" onClick={() => void exportSlide()} disabled={progress !== null}>
          {t('export.slide')}
        </button>
        <button
          type="button"
          onClick={() => void exportOffice('pptx')}
          disabled={progress !== null}
        >
          {t('deck:menu.portfolioPptx')}
        </button>
        <button
          type="button"
          onClick={() => void exportOffice('docx')}
          disabled={progress !== null}
        >
          {t('deck:menu.portfolioDocx')}
        </button>
        {progress !== null && (
          <span role="status" className="export-progress">
            <progress
              max={100}
              value={Math.round(progress * 100)}
              aria-label={t('export.progress', { percent: Math.round(progress * 100) })}
            />
            {office !== null && (
              <button type="button" onClick={() => officeAbort.current?.abort()}>
                {t(office === 'pptx' ? 'deck:menu.cancel' : 'deck:menu.cancelReport')}
              </button>
            )}
          </span>
        )}
        {status && (
          <span role="status" className="muted pf-status">
            {status}
          </span>
        )}
      </div>
      {props.missing.length > 0 && (
        <p role="alert" className="banner banner-warning">
          {t('page.missing', { ids: props.missing.join(', ') })}
        </p>
      )}
      {props.damaged.length > 0 && (
        <p role="alert" className="banner banner-warning">
          {t('page.damaged', { ids: props.damaged.join(', ') })}
        </p>
      )}
      {boards.length === 0 ? (
        <p className="empty">{t('page.noSamples')}</p>
      ) : (
        <>
          <div className="pf-top">
            <VerdictPanel p={analysis} v={verdict} boards={boards} />
            <ThresholdsEditor
              key={JSON.stringify(portfolio.thresholds ?? null)}
              portfolio={portfolio}
              used={analysis.thresholds}
              onSave={save}
            />
          </div>
          <HeatMapTable map={map} />
          <GapsPanel p={analysis} early={verdict.state !== 'verdict'} />
          <CoverageGrid c={grid} />
        </>
      )}
      {slide && (
        <div className="pf-slide-stage" aria-hidden="true">
          <div className="pf-slide" ref={slideRef}>
            <header>
              <h1>{portfolio.title}</h1>
              <span>{date}</span>
            </header>
            <div className="pf-slide-top">
              <VerdictPanel p={analysis} v={verdict} boards={boards} />
              <GapsPanel p={analysis} early={false} limit={4} />
            </div>
            <HeatMapTable map={map} />
          </div>
        </div>
      )}
    </main>
  );
}
