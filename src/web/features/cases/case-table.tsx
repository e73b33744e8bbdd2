import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../contract/cases';
import { AppLink } from '../../components/app-link';
import { casePath } from '../../routes/paths';
import { formatDay, personName } from './format';

/** The tasks of a list row: open, and overdue with a warning sign and the word (not colour alone). */
function TaskCounts({ open, overdue }: { open: number; overdue: number }) {
  const { t } = useTranslation();
  if (open === 0) return <>{t('cases.list.noTasks')}</>;
  return (
    <>
      {t('cases.list.openTasks', { count: open })}
      {overdue > 0 && (
        <span className="overdue-mark">
          <span aria-hidden="true">⚠ </span>
          {t('cases.list.overdueTasks', { count: overdue })}
        </span>
      )}
    </>
  );
}

/** One page of cases; the name links to the case page. */
export function CaseTable({ items, caption }: { items: CaseListItem[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table case-table" data-testid="case-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.list.name')}</th>
            <th scope="col">{t('cases.list.reference')}</th>
            <th scope="col">{t('cases.list.stage')}</th>
            <th scope="col">{t('cases.list.navigatorColumn')}</th>
            <th scope="col">{t('cases.list.tasks')}</th>
            <th scope="col">{t('cases.list.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-case-id={item.id} data-stage={item.stage}>
              <th scope="row">
                <AppLink to={casePath(item.id)} label={personName(item.person)} />
              </th>
              <td className="case-table__reference">{item.reference}</td>
              <td>{t(`cases.stages.${item.stage}`)}</td>
              <td>{item.navigator?.name ?? t('cases.list.noNavigator')}</td>
              <td>
                <TaskCounts open={item.openTasks} overdue={item.overdueTasks} />
              </td>
              <td>
                <time dateTime={item.updatedAt}>{formatDay(item.updatedAt, i18n.language)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
