import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DeadlineBoard, DeadlineItem } from '../../../contract/procedures';
import { ApiError } from '../../api/client';
import { procedureApi } from '../../api/procedure';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { casePath, paths } from '../../routes/paths';
import { localized } from '../wegweiser/format';
import { addDays, groupDeadlines } from './deadline-days';
import { formatDate } from './format';
import { isIsoDate } from './person-form';
import { RequireCaseStaff } from './require-case-staff';

type Load = { status: 'loading' } | { status: 'forbidden' } | { status: 'failed' } | { status: 'ready'; board: DeadlineBoard };

/** `/fristen`: §81a steps and case tasks due this week (or the week from `?from=`) and everything overdue. */
export function DeadlineBoardPage() {
  const { t } = useTranslation();
  usePageTitle(t('deadlines.title'));
  return <RequireCaseStaff>{() => <Board />}</RequireCaseStaff>;
}

/** A weekday with its date, e.g. "Montag, 23. November 2026". */
function dayLabel(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

function ItemEntry({ item, level }: { item: DeadlineItem; level: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const { t, i18n } = useTranslation();
  const what =
    item.kind === 'procedure_step'
      ? t('deadlines.step', { number: item.stepNumber, title: localized(item.title, i18n.language) })
      : t('deadlines.task', { title: item.title });
  return (
    <li className={item.isOverdue ? 'case-item case-item--overdue' : 'case-item'} data-case-id={item.caseId} data-kind={item.kind}>
      <div className="case-item__body">
        <Heading className="case-item__title">{what}</Heading>
        <p className="case-item__meta">
          {item.isOverdue && (
            <strong className="overdue-mark">
              <span aria-hidden="true">⚠ </span>
              {t('deadlines.overdueMark')}
            </strong>
          )}{' '}
          {t('deadlines.due', { date: formatDate(item.dueOn, i18n.language) })}
          {item.kind === 'procedure_step' && ` · ${t(`procedure.actors.${item.actor}`)} · ${item.legalRef}`}
          {item.kind === 'procedure_step' && item.period && ` · ${t('deadlines.period', { period: localized(item.period, i18n.language) })}`}
          {item.kind === 'procedure_step' && item.onExpiry === 'deemed_approval' && ` · ${t('deadlines.deemedApproval')}`}
          {item.kind === 'task' && ` · ${item.assignee ? t('cases.tasks.assignee', { name: item.assignee.name }) : t('cases.tasks.unassigned')}`}
        </p>
        <AppLink to={casePath(item.caseId)} label={t('deadlines.caseLink', { name: item.personName, reference: item.caseReference })} />
      </div>
    </li>
  );
}

function Board() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const requested = search.get('from') ?? '';
  const from = isIsoDate(requested) ? requested : undefined;
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    setLoad({ status: 'loading' });
    procedureApi.deadlines(from, from ? addDays(from, 6) : undefined).then(
      (board) => isCurrent && setLoad({ status: 'ready', board }),
      (error: unknown) => isCurrent && setLoad(error instanceof ApiError && error.status === 403 ? { status: 'forbidden' } : { status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [from]);

  return (
    <div className="page deadline-page">
      <KolHeading _level={1} _label={t('deadlines.title')} />
      <p>{t('deadlines.intro')}</p>
      {load.status === 'loading' && <Loading />}
      {load.status === 'forbidden' && (
        <KolAlert data-testid="deadlines-no-access" _type="warning" _variant="msg">
          {t('deadlines.noAccess')}
        </KolAlert>
      )}
      {load.status === 'failed' && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('cases.loadFailed')}
        </KolAlert>
      )}
      {load.status === 'ready' && <BoardContent board={load.board} language={i18n.language} />}
    </div>
  );
}

function BoardContent({ board, language }: { board: DeadlineBoard; language: string }) {
  const { t } = useTranslation();
  const groups = groupDeadlines(board.items, board.from, board.to);
  const range = { from: formatDate(board.from, language), to: formatDate(board.to, language) };
  return (
    <>
      <p className="deadline-page__range" data-testid="deadlines-range">
        {t('deadlines.range', range)} {t('deadlines.asOf', { date: formatDate(board.today, language) })}
      </p>
      <nav className="deadline-page__weeks" aria-label={t('deadlines.weekNav')}>
        <AppLink to={`${paths.deadlines}?from=${addDays(board.from, -7)}`} label={t('deadlines.previousWeek')} />
        <AppLink to={paths.deadlines} label={t('deadlines.thisWeek')} />
        <AppLink to={`${paths.deadlines}?from=${addDays(board.from, 7)}`} label={t('deadlines.nextWeek')} />
      </nav>
      {board.truncated && (
        <KolAlert _type="info" _variant="msg">
          {t('deadlines.truncated')}
        </KolAlert>
      )}
      <section className="inbox-section" aria-labelledby="deadlines-overdue" data-testid="deadlines-overdue">
        <h2 id="deadlines-overdue">
          {t('deadlines.overdue')} ({groups.overdue.length})
        </h2>
        {groups.overdue.length === 0 ? (
          <p>{t('deadlines.noneOverdue')}</p>
        ) : (
          <ul className="case-items">
            {groups.overdue.map((item) => (
              <ItemEntry key={`${item.kind}-${item.kind === 'task' ? item.taskId : `${item.procedureId}-${item.stepId}`}`} item={item} level={3} />
            ))}
          </ul>
        )}
      </section>
      <section className="inbox-section" aria-labelledby="deadlines-week" data-testid="deadlines-week">
        <h2 id="deadlines-week">{t('deadlines.week')}</h2>
        {groups.days.map(({ day, items, overdueCount }) => (
          <div key={day} className="deadline-day" data-day={day}>
            <h3 className="deadline-day__title">
              {dayLabel(day, language)}
              {day === board.today && ` (${t('deadlines.today')})`}
            </h3>
            {overdueCount > 0 && (
              <p className="deadline-day__overdue">
                <span aria-hidden="true">⚠ </span>
                {t('deadlines.overdueThatDay', { count: overdueCount })}
              </p>
            )}
            {items.length === 0 ? (
              <p className="deadline-day__empty">{overdueCount > 0 ? t('deadlines.noneElseThatDay') : t('deadlines.noneThatDay')}</p>
            ) : (
              <ul className="case-items">
                {items.map((item) => (
                  <ItemEntry key={`${item.kind}-${item.kind === 'task' ? item.taskId : `${item.procedureId}-${item.stepId}`}`} item={item} level={4} />
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
    </>
  );
}
