import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseQualifications, PutQualificationBody } from '../../../contract/qualifications';
import { qualificationsApi } from '../../api/qualifications';
import { ActionFeedback } from '../../components/action-feedback';
import { personName } from './format';
import { QualificationDialog } from './qualification-dialog';
import { qualificationLines } from './qualification-text';
import { ItemButton, SectionHeading, useSectionFeedback, type SectionProps } from './section-kit';
import '../../styles/case-qualification.css';

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: CaseQualifications };

/** "Qualifikation und Anerkennung": per person the foreign qualification, its reference occupation and the recognition outcome. */
export function QualificationSection({ record, change }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { headingRef, feedback, succeed } = useSectionFeedback();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);

  const fetchQualifications = useCallback(async () => {
    try {
      setLoad({ status: 'ready', data: await qualificationsApi.list(record.id) });
    } catch {
      setLoad({ status: 'failed' });
    }
  }, [record.id]);

  useEffect(() => {
    void fetchQualifications();
  }, [fetchQualifications]);

  const persons = [record.person, ...record.members];
  const relation = (value: string) => t(`cases.relations.${value}` as 'cases.relations.main');
  const data = load.status === 'ready' ? load.data : null;

  // Saved through the page's change(): the case (and its Verlauf) is loaded again; then this list.
  const save = async (personId: string, body: PutQualificationBody) => {
    const outcome = await change(() => qualificationsApi.save(record.id, personId, body));
    if (outcome.ok) await fetchQualifications();
    return outcome;
  };

  return (
    <section className="case-section qualification-section" aria-labelledby="qualification-title" data-testid="qualification-section">
      <SectionHeading id="qualification-title" ref={headingRef}>
        {t('caseQualification.title')}
      </SectionHeading>
      <p>{t('caseQualification.intro')}</p>
      {load.status === 'loading' && <p role="status">{t('caseQualification.loading')}</p>}
      {load.status === 'failed' && <p className="qualification-section__error">{t('caseQualification.loadFailed')}</p>}
      {data && (
        <ul className="case-items" data-testid="qualifications">
          {persons.map((person) => {
            const name = personName(person);
            const item = data.items.find((entry) => entry.personId === person.id);
            const lines = item ? qualificationLines(item, t, i18n.language) : null;
            return (
              <li key={person.id} className="case-item case-item--with-action" data-person-id={person.id} data-outcome={item?.outcome}>
                <div className="case-item__body">
                  <h3 className="case-item__title">
                    {name} <span className="qualification-section__relation">({relation(person.relation)})</span>
                  </h3>
                  {lines ? (
                    <>
                      <p className="case-item__text" data-testid="qualification-summary">
                        {lines.headline}
                      </p>
                      {lines.details.length > 0 && <p className="case-item__meta">{lines.details.join(' · ')}</p>}
                    </>
                  ) : (
                    <p className="case-item__meta">{t('caseQualification.nothingYet')}</p>
                  )}
                </div>
                <ItemButton
                  testId="qualification-edit"
                  visible={t(item ? 'caseQualification.edit' : 'caseQualification.record')}
                  accessible={t(item ? 'caseQualification.editFor' : 'caseQualification.recordFor', { name })}
                  onClick={() => setEditing({ id: person.id, name })}
                />
              </li>
            );
          })}
        </ul>
      )}
      <ActionFeedback feedback={feedback} testId="qualification-feedback" />
      <QualificationDialog
        person={editing}
        current={editing ? data?.items.find((entry) => entry.personId === editing.id) : undefined}
        bodies={data?.bodies ?? []}
        save={save}
        onSaved={(name) => {
          setEditing(null);
          succeed(t('caseQualification.saved', { name }));
        }}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}
