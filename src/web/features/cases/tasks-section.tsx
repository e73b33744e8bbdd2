import { useTranslation } from 'react-i18next';
import type { CaseTask, CreateTaskBody } from '../../../contract/cases';
import { ActionFeedback } from '../../components/action-feedback';
import { casesApi } from '../../api/cases';
import { formatDate, formatDay } from './format';
import { ItemButton, SectionHeading, useSectionFeedback, type SectionProps } from './section-kit';
import { TaskForm } from './task-form';

/** Due date and assignee; an overdue task says so with a sign and the word, not colour alone. */
function TaskMeta({ task }: { task: CaseTask }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="case-item__meta">
      {task.isOverdue && (
        <strong className="overdue-mark" data-testid="task-overdue">
          <span aria-hidden="true">⚠ </span>
          {t('cases.tasks.overdue')}
        </strong>
      )}
      {t('cases.tasks.due', { date: formatDate(task.dueOn, i18n.language) })} ·{' '}
      {task.assignee ? t('cases.tasks.assignee', { name: task.assignee.name }) : t('cases.tasks.unassigned')}
    </p>
  );
}

/** Open tasks (overdue first marked), the completed ones folded away, and the form for a new one. */
export function TasksSection({ record, change }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { headingRef, feedback, setFeedback, succeed, fail } = useSectionFeedback();
  const open = record.tasks.filter((task) => task.status === 'open').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const done = record.tasks.filter((task) => task.status === 'done');

  const complete = async (task: CaseTask) => {
    setFeedback(null);
    const outcome = await change(() => casesApi.completeTask(record.id, task.id));
    if (!outcome.ok) return fail(outcome);
    succeed(t('cases.tasks.completed', { title: task.title }));
  };

  const add = async (body: CreateTaskBody) => {
    setFeedback(null);
    const outcome = await change(() => casesApi.addTask(record.id, body));
    if (outcome.ok) {
      // Focus stays in the form, ready for the next task; the live region confirms this one.
      setFeedback({ kind: 'success', text: t('cases.tasks.added', { title: body.title }) });
      return null;
    }
    if (outcome.reason === 'invalid') return outcome.fields;
    fail(outcome);
    return 'failed' as const;
  };

  return (
    <section className="case-section" aria-labelledby="tasks-title" data-testid="tasks-section">
      <SectionHeading id="tasks-title" ref={headingRef}>
        {t('cases.tasks.title')}
      </SectionHeading>
      {open.length === 0 ? (
        <p>{t('cases.tasks.none')}</p>
      ) : (
        <ul className="case-items" data-testid="open-tasks">
          {open.map((task) => (
            <li key={task.id} className={task.isOverdue ? 'case-item case-item--with-action case-item--overdue' : 'case-item case-item--with-action'} data-task-id={task.id}>
              <div className="case-item__body">
                <h3 className="case-item__title">{task.title}</h3>
                <TaskMeta task={task} />
              </div>
              <ItemButton
                testId="task-done"
                visible={t('cases.tasks.markDone')}
                accessible={t('cases.tasks.markDoneFor', { title: task.title })}
                onClick={() => void complete(task)}
              />
            </li>
          ))}
        </ul>
      )}
      {done.length > 0 && (
        <details className="case-details" data-testid="done-tasks">
          <summary>{t('cases.tasks.doneList', { count: done.length })}</summary>
          <ul className="case-items">
            {done.map((task) => (
              <li key={task.id} className="case-item case-item--done">
                <span aria-hidden="true">✓ </span>
                {task.title} – {task.completedAt ? t('cases.tasks.doneOn', { date: formatDay(task.completedAt, i18n.language) }) : t('cases.tasks.markDone')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ActionFeedback feedback={feedback} testId="tasks-feedback" />
      <TaskForm onSubmit={add} />
    </section>
  );
}
