import { KolSelect } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { EvaluationDetails } from '../../../contract/pathways';
import type { FamilyEvaluationDetails } from '../../api/places';
import type { Answers } from './answers';
import { ConditionList } from './condition-list';
import { sponsorChoices, sponsorTitle } from './family';
import { memberLabel } from './field-label';
import type { Loadable } from './use-wegweiser';
import { namedOrServerText, ServerText } from '../../i18n/server-text';

const outcomeKey = { eligible: 'eligible', not_eligible: 'notEligible', needs_info: 'needsInfo' } as const;
/** The same colours and shapes as the title cards. */
const outcomeCard = { eligible: 'open', not_eligible: 'closed', needs_info: 'needsInfo' } as const;

type FamilySectionProps = {
  evaluation: EvaluationDetails;
  answers: Answers;
  family: Loadable<FamilyEvaluationDetails>;
  onChooseSponsor(titleId: string): void;
};

/** "Familiennachzug": per family member the outcome and the conditions in words, for the title chosen. */
export function FamilySection({ evaluation, answers, family, onChooseSponsor }: FamilySectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (answers.family.length === 0) return null;
  const choices = sponsorChoices(evaluation);
  const sponsor = sponsorTitle(evaluation, answers.familySponsorTitle);

  return (
    <section className="result-section" aria-labelledby="family-title" data-testid="family-result" aria-busy={family.status === 'loading'}>
      <h3 id="family-title">{t('wegweiserPlaceFamily.familyResult.title')}</h3>
      {!sponsor ? (
        <p data-testid="family-no-sponsor">{t('wegweiserPlaceFamily.familyResult.noSponsor')}</p>
      ) : (
        <>
          {choices.length > 1 ? (
            <KolSelect
              className="family-sponsor"
              data-testid="family-sponsor"
              _label={t('wegweiserPlaceFamily.familyResult.sponsorChoice')}
              _options={choices.map((title) => ({ value: title.id, label: namedOrServerText(i18n, language, title.name, { namespace: 'wegweiserTitles', id: title.id }) }))}
              _value={sponsor.id}
              _on={{
                onInput: (_event: Event, next?: unknown) => {
                  const id = String((Array.isArray(next) ? next[0] : next) ?? '');
                  if (id && id !== sponsor.id) onChooseSponsor(id);
                },
              }}
            />
          ) : null}
          <p data-testid="family-sponsor-intro">{t('wegweiserPlaceFamily.familyResult.sponsorIntro', { title: namedOrServerText(i18n, language, sponsor.name, { namespace: 'wegweiserTitles', id: sponsor.id }) })}</p>
          {family.status === 'loading' && <p>{t('wegweiserPlaceFamily.familyResult.loading')}</p>}
          {family.status === 'failed' && <p role="alert">{t('wegweiserPlaceFamily.familyResult.failed')}</p>}
          {family.status === 'ok' && (
            <ol className="title-list">
              {family.data.members.map((member, row) => {
                const who = memberLabel(answers.family, row, t);
                const age = answers.family[row]?.age;
                const headingId = `family-member-${row}`;
                return (
                  <li key={row}>
                    <article className={`title-card title-card--${outcomeCard[member.outcome]}`} aria-labelledby={headingId} data-testid="family-member-result" data-role={member.role} data-outcome={member.outcome}>
                      <h4 id={headingId} className="title-card__name">
                        {age === null || age === undefined ? who : t('wegweiserPlaceFamily.familyResult.member', { who, age: t('wegweiserPlaceFamily.familyResult.years', { count: age }) })}
                        {': '}
                        {t(`wegweiserPlaceFamily.familyResult.outcome.${outcomeKey[member.outcome]}`)}
                      </h4>
                      <p className="title-card__meta">
                        {member.name ? <ServerText text={member.name} name={{ namespace: 'wegweiserTitles', id: member.titleId }} /> : null}
                        {member.legalRef ? (
                          <>
                            {' '}
                            <span dir="ltr">({member.legalRef})</span>
                          </>
                        ) : null}
                      </p>
                      {member.discretionary && <p>{t('wegweiserPlaceFamily.familyResult.discretionary')}</p>}
                      <ConditionList conditions={member.conditions} />
                    </article>
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
