import { KolButton } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateTaskBody } from '../../../contract/cases';
import { DateInput, RadioInput, TextInput } from '../../components/form-fields';
import { germanToday } from './format';
import { isIsoDate, serverErrors, type FormErrors } from './person-form';
import { useErrorTexts, useFieldRegistry } from './use-field-registry';

type TaskValues = { title: string; dueOn: string; assignee: 'me' | 'nobody' };
const form = 'task';

/** A new task: what, due when (not before today), and whether it is mine or nobody's yet. */
export function TaskForm({ onSubmit }: { onSubmit(body: CreateTaskBody): Promise<Record<string, string> | null | 'failed'> }) {
  const { t } = useTranslation();
  const today = germanToday();
  const empty: TaskValues = { title: '', dueOn: today, assignee: 'me' };
  const [values, setValues] = useState<TaskValues>(empty);
  const [errors, setErrors] = useState<FormErrors<'title' | 'dueOn'>>({});
  const [isBusy, setBusy] = useState(false);
  const { register, focus } = useFieldRegistry();
  const { message } = useErrorTexts(errors, { title: t('cases.tasks.taskTitle'), dueOn: t('cases.tasks.dueOn') });

  const set = <K extends keyof TaskValues>(key: K, value: TaskValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const found: FormErrors<'title' | 'dueOn'> = {};
    if (!values.title.trim()) found.title = 'required';
    else if (values.title.trim().length > 200) found.title = 'tooLong';
    if (!values.dueOn) found.dueOn = 'required';
    else if (!isIsoDate(values.dueOn)) found.dueOn = 'date';
    else if (values.dueOn < today) found.dueOn = 'dateNotFuture';
    setErrors(found);
    // Two fields: focus goes straight to the first one in error, whose message is next to it.
    const first = (['title', 'dueOn'] as const).find((name) => found[name]);
    if (first) return focus(first);
    setBusy(true);
    const body: CreateTaskBody = { title: values.title.trim(), dueOn: values.dueOn, ...(values.assignee === 'nobody' ? { assigneeUserId: null } : {}) };
    const result = await onSubmit(body);
    setBusy(false);
    if (result === null) return setValues(empty);
    if (result === 'failed') return;
    const mapped = serverErrors(result, ['title', 'dueOn'] as const);
    setErrors(mapped);
    const firstServer = (['title', 'dueOn'] as const).find((name) => mapped[name]);
    if (firstServer) focus(firstServer);
  };

  return (
    <form className="case-form" aria-labelledby="task-form-title" noValidate onSubmit={(event) => void submit(event)} data-testid="task-form">
      <h3 id="task-form-title" className="case-section__subtitle">
        {t('cases.tasks.formTitle')}
      </h3>
      <TextInput form={form} name="title" label={t('cases.tasks.taskTitle')} required error={message('title')} fieldRef={register('title')} value={values.title} onChange={(value) => set('title', value)} />
      <DateInput form={form} name="dueOn" label={t('cases.tasks.dueOn')} required min={today} error={message('dueOn')} fieldRef={register('dueOn')} value={values.dueOn} onChange={(value) => set('dueOn', value)} />
      <RadioInput
        form={form}
        name="assignee"
        label={t('cases.tasks.assignTo')}
        horizontal
        options={[
          { value: 'me', label: t('cases.tasks.assignMe') },
          { value: 'nobody', label: t('cases.tasks.assignNobody') },
        ]}
        value={values.assignee}
        onChange={(value) => set('assignee', value === 'nobody' ? 'nobody' : 'me')}
      />
      <div className="case-form__actions">
        <KolButton data-testid="task-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={t('cases.tasks.add')} />
      </div>
    </form>
  );
}
