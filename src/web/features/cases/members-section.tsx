import { KolButton } from '@public-ui/react-v19';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStageSchema, type CasePerson, type CaseStage } from '../../../contract/cases';
import { ActionFeedback } from '../../components/action-feedback';
import { SelectInput, type Focusable } from '../../components/form-fields';
import { casesApi } from '../../api/cases';
import { countryName, formatDate, personName, titleName } from './format';
import { MemberFormView } from './member-form';
import { toMemberBody, type MemberForm } from './person-form';
import { SectionHeading, useSectionFeedback, type SectionProps } from './section-kit';

/** One family member with their own journey stage and the moves open to it (closing happens with the case). */
function MemberItem({ member, onMove }: { member: CasePerson; onMove(member: CasePerson, stage: CaseStage): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState<CaseStage | ''>('');
  const [isMissing, setMissing] = useState(false);
  const selectRef = useRef<Focusable | null>(null);
  const moves = member.allowedTransitions.filter((stage) => stage !== 'closed');
  const name = personName(member);
  return (
    <li className="case-item" data-member-id={member.id} data-relation={member.relation}>
      <h3 className="case-item__title">{name}</h3>
      <p className="case-item__meta">
        {t(`cases.relations.${member.relation}`)} · {t('cases.members.born', { date: formatDate(member.birthDate, i18n.language) })} ·{' '}
        {countryName(member.citizenship, i18n.language)}
        {member.targetTitleId && ` · ${titleName(member.targetTitleId, i18n.language)}`}
      </p>
      <p className="case-item__stage" data-testid="member-stage">
        {t('cases.members.ownStage', { stage: t(`cases.stages.${member.stage}`) })}
      </p>
      {moves.length > 0 && (
        <div className="case-item__move">
          <SelectInput
            form={`member-${member.id}`}
            name="stage"
            label={t('cases.members.moveTo', { name })}
            options={moves.map((stage) => ({ value: stage, label: t(`cases.stages.${stage}`) }))}
            placeholder={t('cases.form.pleaseChoose')}
            required
            error={isMissing ? t('cases.errors.required') : undefined}
            fieldRef={(element) => (selectRef.current = element)}
            value={target}
            onChange={(value) => {
              setTarget(caseStageSchema.safeParse(value).data ?? '');
              setMissing(false);
            }}
          />
          {/* Not disabled while nothing is chosen: a disabled button cannot be found with Tab. */}
          <KolButton
            data-testid="member-move"
            _label={t('cases.members.move')}
            _variant="secondary"
            _on={{
              onClick: () => {
                if (target) return void onMove(member, target).then(() => setTarget(''));
                setMissing(true);
                void selectRef.current?.focus();
              },
            }}
          />
        </div>
      )}
    </li>
  );
}

/** The family members, each with their own journey, and the form to add one. */
export function MembersSection({ record, change }: SectionProps) {
  const { t } = useTranslation();
  const { headingRef, feedback, setFeedback, succeed, fail } = useSectionFeedback();
  const [isAdding, setAdding] = useState(false);
  const addButtonRef = useRef<HTMLKolButtonElement>(null);

  const add = async (values: MemberForm): Promise<Record<string, string> | null> => {
    setFeedback(null);
    const outcome = await change(() => casesApi.addMember(record.id, toMemberBody(values)));
    if (outcome.ok) {
      setAdding(false);
      succeed(t('cases.members.added', { name: personName({ givenName: values.givenName.trim(), familyName: values.familyName.trim() }) }));
      return null;
    }
    if (outcome.reason === 'invalid') return outcome.fields;
    fail(outcome);
    return null;
  };

  const move = async (member: CasePerson, stage: CaseStage) => {
    setFeedback(null);
    const outcome = await change(() => casesApi.changeMemberStage(record.id, member.id, stage));
    if (!outcome.ok) return fail(outcome);
    succeed(t('cases.members.moved', { name: personName(member), stage: t(`cases.stages.${stage}`) }));
  };

  const cancel = () => {
    setAdding(false);
    void addButtonRef.current?.focus();
  };

  return (
    <section className="case-section" aria-labelledby="members-title" data-testid="members-section">
      <SectionHeading id="members-title" ref={headingRef}>
        {t('cases.members.title')}
      </SectionHeading>
      {record.members.length === 0 ? (
        <p>{t('cases.members.none')}</p>
      ) : (
        <ul className="case-items" data-testid="members">
          {record.members.map((member) => (
            <MemberItem key={member.id} member={member} onMove={move} />
          ))}
        </ul>
      )}
      <ActionFeedback feedback={feedback} testId="members-feedback" />
      {isAdding ? (
        <MemberFormView citizenship={record.person.citizenship} onSubmit={add} onCancel={cancel} />
      ) : (
        <KolButton ref={addButtonRef} data-testid="member-add" _label={t('cases.members.add')} _variant="secondary" _on={{ onClick: () => setAdding(true) }} />
      )}
    </section>
  );
}
