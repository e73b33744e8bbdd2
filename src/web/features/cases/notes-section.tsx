import { KolButton } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFeedback } from '../../components/action-feedback';
import { TextareaInput } from '../../components/form-fields';
import { casesApi } from '../../api/cases';
import { formatDateTime } from './format';
import type { ErrorKey } from './person-form';
import { SectionHeading, useSectionFeedback, type SectionProps } from './section-kit';
import { useFieldRegistry } from './use-field-registry';

/** Notes, newest first, and a field for a new one. */
export function NotesSection({ record, change }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { headingRef, feedback, setFeedback, fail } = useSectionFeedback();
  const [text, setText] = useState('');
  const [error, setError] = useState<ErrorKey | null>(null);
  const [isBusy, setBusy] = useState(false);
  const { register, focus } = useFieldRegistry();
  const notes = [...record.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const trimmed = text.trim();
    const found: ErrorKey | null = !trimmed ? 'required' : trimmed.length > 10_000 ? 'tooLong' : null;
    setError(found);
    if (found) return focus('text');
    setBusy(true);
    setFeedback(null);
    const outcome = await change(() => casesApi.addNote(record.id, trimmed));
    setBusy(false);
    if (!outcome.ok) return outcome.reason === 'invalid' ? setError('invalid') : fail(outcome);
    setText('');
    setFeedback({ kind: 'success', text: t('cases.notes.added') });
  };

  return (
    <section className="case-section" aria-labelledby="notes-title" data-testid="notes-section">
      <SectionHeading id="notes-title" ref={headingRef}>
        {t('cases.notes.title')}
      </SectionHeading>
      {notes.length === 0 ? (
        <p>{t('cases.notes.none')}</p>
      ) : (
        <ul className="case-items" data-testid="notes">
          {notes.map((note) => (
            <li key={note.id} className="case-item case-item--note">
              <p className="case-item__text">{note.text}</p>
              <p className="case-item__meta">
                {t('cases.notes.meta', { name: note.author?.name ?? t('cases.notes.unknownAuthor'), date: formatDateTime(note.createdAt, i18n.language) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback feedback={feedback} testId="notes-feedback" />
      <form className="case-form" aria-label={t('cases.notes.text')} noValidate onSubmit={(event) => void submit(event)} data-testid="note-form">
        <TextareaInput
          form="note"
          name="text"
          label={t('cases.notes.text')}
          required
          rows={4}
          error={error ? t(`cases.errors.${error}`) : undefined}
          fieldRef={register('text')}
          value={text}
          onChange={(value) => {
            setText(value);
            setError(null);
          }}
        />
        <div className="case-form__actions">
          <KolButton data-testid="note-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={t('cases.notes.add')} />
        </div>
      </form>
    </section>
  );
}
