import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MeResponse } from '../../../contract/auth';
import type { LawYear, LawYearsResponse } from '../../../contract/law';
import { ApiError } from '../../api/client';
import { fetchLawYears, saveLawYear } from '../../api/law';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, formatEuro } from '../wegweiser/format';
import { YearForm } from './year-form';

/** `/verwaltung/rechtsstand`: the yearly figures of residence law; admins enter a new year or correct one. */
export function LawFiguresPage() {
  const { t } = useTranslation();
  usePageTitle(t('law.title'));
  return <RequireSession>{(me) => <LawFigures me={me} />}</RequireSession>;
}

type Editing = { year: number; from: LawYear | undefined } | null;

function LawFigures({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const mayRead = me.user.roles.some((role) => role === 'admin' || role === 'steering');
  const mayEdit = me.user.roles.includes('admin');
  const { loaded, reload } = useLoad(() => (mayRead ? fetchLawYears() : Promise.resolve(null)), `law-years-${String(mayRead)}`);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  if (!mayRead) {
    return (
      <div className="page law-page">
        <KolHeading _level={1} _label={t('law.title')} />
        <KolAlert _type="warning" _variant="msg">
          {t('law.notAllowed')}
        </KolAlert>
      </div>
    );
  }

  return (
    <div className="page law-page">
      <KolHeading _level={1} _label={t('law.title')} />
      <p>{t('law.intro')}</p>
      {saved !== null && (
        <div ref={savedRef} tabIndex={-1} data-testid="law-saved">
          <KolAlert _type="success" _variant="msg" _alert>
            {t('law.saved', { year: saved })}
          </KolAlert>
        </div>
      )}
      <LoadState loaded={loaded} missing={t('law.notAllowed')} failed={t('law.loadFailed')} testId="law-missing">
        {(data) => (
          <>
            {mayEdit && editing === null && (
              <div className="law-actions">
                <KolButton
                  data-testid="law-enter-next"
                  _label={t('law.enterYear', { year: data.nextYear })}
                  _variant="primary"
                  _on={{ onClick: () => { setSaved(null); setEditing({ year: data.nextYear, from: undefined }); } }}
                />
              </div>
            )}
            {editing !== null && (
              <YearForm
                year={editing.year}
                current={editing.from}
                rules={data.figureRules}
                save={async (body) => {
                  await saveLawYear(editing.year, body);
                  setEditing(null);
                  setSaved(editing.year);
                  await reload();
                  window.setTimeout(() => savedRef.current?.focus(), 0);
                }}
                cancel={() => setEditing(null)}
              />
            )}
            <YearList data={data} mayEdit={mayEdit && editing === null} onCorrect={(year) => { setSaved(null); setEditing({ year: year.year, from: year }); }} />
          </>
        )}
      </LoadState>
    </div>
  );
}

function YearList({ data, mayEdit, onCorrect }: { data: LawYearsResponse; mayEdit: boolean; onCorrect(year: LawYear): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const years = [...data.years].reverse();
  return (
    <div className="law-years" data-testid="law-years">
      {years.map((year) => (
        <section key={year.year} className="law-year" data-year={year.year} aria-labelledby={`law-year-${year.year}`}>
          <h2 id={`law-year-${year.year}`} className="law-year__title">
            {year.year}
          </h2>
          <p className="law-year__origin" data-testid={`law-origin-${year.year}`}>
            {year.origin === 'built_in'
              ? t('law.builtIn')
              : t('law.entered', {
                  name: year.enteredBy ?? t('law.commandLine'),
                  date: year.enteredAt ? formatDate(year.enteredAt.slice(0, 10), language) : '',
                  revision: year.revision,
                })}
          </p>
          {year.note && <p className="law-year__note">{year.note}</p>}
          <ul className="law-figures">
            {year.figures.map((figure) => (
              <li key={figure.id} className="law-figure" data-figure={figure.id}>
                <p className="law-figure__name">{figure.name[language === 'en' ? 'en' : 'de']}</p>
                <p className="law-figure__value" data-testid={`law-value-${year.year}-${figure.id}`}>
                  {figure.unit === 'euro' ? formatEuro(figure.value, language) : figure.value.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE')}
                </p>
                <dl className="law-figure__facts">
                  <dt>{t('law.legalRef')}</dt>
                  <dd>{figure.legalRef}</dd>
                  <dt>{t('law.source')}</dt>
                  <dd>{figure.source}</dd>
                  <dt>{t('law.publishedOn')}</dt>
                  <dd>{figure.publishedOn ? formatDate(figure.publishedOn, language) : t('law.notStated')}</dd>
                </dl>
              </li>
            ))}
          </ul>
          <h3 className="law-year__subtitle">{t('law.thresholdsTitle')}</h3>
          <ul className="law-figures">
            {year.thresholds.map((threshold) => (
              <li key={threshold.id} className="law-figure" data-threshold={threshold.id}>
                <p className="law-figure__name">{threshold.name[language === 'en' ? 'en' : 'de']}</p>
                <p className="law-figure__value" data-testid={`law-threshold-${year.year}-${threshold.id}`}>
                  {formatEuro(threshold.derivedEur, language)}
                </p>
                <dl className="law-figure__facts">
                  <dt>{t('law.rule')}</dt>
                  <dd>{t('law.percentOfCeiling', { percent: threshold.percent.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE'), ref: threshold.legalRef })}</dd>
                  <dt>{t('law.published')}</dt>
                  <dd>
                    {threshold.publishedEur === null
                      ? t('law.notStated')
                      : t('law.publishedMatches', { amount: formatEuro(threshold.publishedEur, language), source: year.publishedThresholdsSource ?? '' })}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
          {mayEdit && (
            <KolButton data-testid={`law-correct-${year.year}`} _label={t('law.correct', { year: year.year })} _variant="secondary" _on={{ onClick: () => onCorrect(year) }} />
          )}
        </section>
      ))}
    </div>
  );
}

/** A server refusal in the words of the page. */
export function saveErrorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'CONFLICT') return t('law.errors.conflict');
    if (error.code === 'FORBIDDEN') return t('law.notAllowed');
    if (error.code === 'VALIDATION_FAILED') return t('law.errors.invalid');
  }
  return t('law.errors.failed');
}
