import { KolButton } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { obstacleCategorySchema, type CaseObstacle, type ObstacleCategory } from '../../../contract/cases';
import { ActionFeedback } from '../../components/action-feedback';
import { SelectInput, TextareaInput } from '../../components/form-fields';
import { casesApi } from '../../api/cases';
import { formatDay } from './format';
import type { ErrorKey } from './person-form';
import { ItemButton, SectionHeading, useSectionFeedback, type SectionProps } from './section-kit';
import { useFieldRegistry } from './use-field-registry';

const form = 'obstacle';

/** Obstacles ("Hemmnisse") from the fixed taxonomy: tag one, mark it resolved. */
export function ObstaclesSection({ record, change }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { headingRef, feedback, setFeedback, succeed, fail } = useSectionFeedback();
  const [category, setCategory] = useState<ObstacleCategory | ''>('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ category?: ErrorKey; text?: ErrorKey }>({});
  const [isBusy, setBusy] = useState(false);
  const { register, focus } = useFieldRegistry();
  const categoryName = (value: ObstacleCategory) => t(`cases.obstacleCategories.${value}`);
  const sorted = [...record.obstacles].sort((a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null));

  const resolve = async (obstacle: CaseObstacle) => {
    setFeedback(null);
    const outcome = await change(() => casesApi.resolveObstacle(record.id, obstacle.id));
    if (!outcome.ok) return fail(outcome);
    succeed(t('cases.obstacles.resolved', { category: categoryName(obstacle.category) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const found: typeof errors = {};
    if (!category) found.category = 'required';
    if (category === 'other' && !text.trim()) found.text = 'required';
    if (text.trim().length > 2000) found.text = 'tooLong';
    setErrors(found);
    if (found.category || found.text) return focus(found.category ? 'category' : 'text');
    if (!category) return;
    setBusy(true);
    setFeedback(null);
    const outcome = await change(() => casesApi.addObstacle(record.id, { category, ...(text.trim() ? { text: text.trim() } : {}) }));
    setBusy(false);
    if (!outcome.ok) return outcome.reason === 'invalid' ? setErrors({ text: 'invalid' }) : fail(outcome);
    setFeedback({ kind: 'success', text: t('cases.obstacles.added', { category: categoryName(category) }) });
    setCategory('');
    setText('');
  };

  return (
    <section className="case-section" aria-labelledby="obstacles-title" data-testid="obstacles-section">
      <SectionHeading id="obstacles-title" ref={headingRef}>
        {t('cases.obstacles.title')}
      </SectionHeading>
      {sorted.length === 0 ? (
        <p>{t('cases.obstacles.none')}</p>
      ) : (
        <ul className="case-items" data-testid="obstacles">
          {sorted.map((obstacle) => (
            <li key={obstacle.id} className={obstacle.resolvedAt ? 'case-item case-item--with-action case-item--done' : 'case-item case-item--with-action'} data-category={obstacle.category}>
              <div className="case-item__body">
                <h3 className="case-item__title">{categoryName(obstacle.category)}</h3>
                {obstacle.text && <p className="case-item__text">{obstacle.text}</p>}
                <p className="case-item__meta">
                  {t('cases.obstacles.since', { date: formatDay(obstacle.createdAt, i18n.language) })} ·{' '}
                  {obstacle.resolvedAt ? (
                    <>
                      <span aria-hidden="true">✓ </span>
                      {t('cases.obstacles.resolvedOn', { date: formatDay(obstacle.resolvedAt, i18n.language) })}
                    </>
                  ) : (
                    t('cases.obstacles.open')
                  )}
                </p>
              </div>
              {!obstacle.resolvedAt && (
                <ItemButton
                  testId="obstacle-resolve"
                  visible={t('cases.obstacles.resolve')}
                  accessible={t('cases.obstacles.resolveFor', { category: categoryName(obstacle.category) })}
                  onClick={() => void resolve(obstacle)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback feedback={feedback} testId="obstacles-feedback" />
      <form className="case-form" aria-labelledby="obstacle-form-title" noValidate onSubmit={(event) => void submit(event)} data-testid="obstacle-form">
        <h3 id="obstacle-form-title" className="case-section__subtitle">
          {t('cases.obstacles.add')}
        </h3>
        <SelectInput
          form={form}
          name="category"
          label={t('cases.obstacles.category')}
          required
          error={errors.category && t(`cases.errors.${errors.category}`)}
          fieldRef={register('category')}
          options={obstacleCategorySchema.options.map((value) => ({ value, label: categoryName(value) }))}
          placeholder={t('cases.form.pleaseChoose')}
          value={category}
          onChange={(value) => {
            setCategory(obstacleCategorySchema.safeParse(value).data ?? '');
            setErrors({});
          }}
        />
        <TextareaInput
          form={form}
          name="text"
          label={t('cases.obstacles.text')}
          hint={t('cases.obstacles.textHint')}
          required={category === 'other'}
          error={errors.text && t(`cases.errors.${errors.text}`)}
          fieldRef={register('text')}
          value={text}
          onChange={(value) => {
            setText(value);
            setErrors((current) => ({ ...current, text: undefined }));
          }}
        />
        <div className="case-form__actions">
          <KolButton data-testid="obstacle-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={t('cases.obstacles.add')} />
        </div>
      </form>
    </section>
  );
}
