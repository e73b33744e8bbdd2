import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { journeyStages, type MyCase, type MyPerson, type MyStep } from '../../../contract/portal';
import { AppLink } from '../../components/app-link';
import { paths } from '../../routes/paths';
import { PortalLayout } from './portal-layout';
import { useMyCase, longDate, type MyCaseState } from './use-my-case';
import { wegweiserLinkOf } from './wegweiser-link';

const shownStages = journeyStages.filter((stage) => stage !== 'closed');

/** /mein-weg: where each person stands, what happens next, who helps, and the dates that matter. */
export function MyJourneyPage() {
  const { state } = useMyCase();
  return <PortalLayout section="journey">{() => <JourneyBody state={state} />}</PortalLayout>;
}

export function CaseStateMessage({ state }: { state: Exclude<MyCaseState, { status: 'ready' }> }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <p role="status">{t('portal.journey.loading')}</p>;
  if (state.status === 'none')
    return (
      <KolAlert _type="info" _variant="card" _label={t('portal.journey.noCase.title')} _level={2}>
        {t('portal.journey.noCase.text')}
      </KolAlert>
    );
  return (
    <KolAlert _type="error" _variant="card" _label={t('portal.journey.failed.title')} _level={2}>
      {t('portal.journey.failed.text')}
    </KolAlert>
  );
}

function JourneyBody({ state }: { state: MyCaseState }) {
  const { t } = useTranslation();
  if (state.status !== 'ready') return <CaseStateMessage state={state} />;
  const data = state.data;
  return (
    <div className="my-journey" data-testid="my-journey">
      <p>{t('portal.journey.reference', { reference: data.reference })}</p>
      {data.persons.map((person) => (
        <PersonJourney key={person.id} person={person} />
      ))}
      <Responsible data={data} />
      <Dates data={data} />
      <section className="portal-card" aria-labelledby="journey-more">
        <KolHeading _level={2} id="journey-more" _label={t('portal.journey.more.title')} />
        <ul className="portal-links">
          <li>
            <AppLink to={paths.myDocuments} label={t('portal.journey.more.documents')} />
          </li>
          <li>
            <AppLink to={wegweiserLinkOf(data.wegweiserAnswers)} label={t('portal.journey.more.wegweiser')} />
          </li>
        </ul>
      </section>
    </div>
  );
}

export function personLabel(person: Pick<MyPerson, 'isMe' | 'givenName' | 'relation'>, t: TFunction): string {
  return person.isMe ? t('portal.journey.me', { name: person.givenName }) : t('portal.journey.relative', { name: person.givenName, relation: t(`portal.relations.${person.relation as "spouse"}`) });
}

function PersonJourney({ person }: { person: MyPerson }) {
  const { t } = useTranslation();
  const headingId = `journey-${person.id}`;
  const currentIndex = shownStages.indexOf(person.stage as (typeof shownStages)[number]);
  return (
    <section className="portal-card" aria-labelledby={headingId} data-testid="journey-person">
      <h2 id={headingId} className="portal-card__title">
        {personLabel(person, t)}
      </h2>
      {person.stage === 'closed' ? (
        <p>{t('portal.journey.closed', { reason: t(`portal.closeReasons.${person.closeReason ?? 'other'}`) })}</p>
      ) : (
        <>
          <ol className="journey-steps" aria-label={t('portal.journey.stepsLabel')}>
            {shownStages.map((stage, index) => {
              const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'later';
              return (
                <li key={stage} className={`journey-steps__item journey-steps__item--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
                  <span className="journey-steps__marker" aria-hidden="true">
                    {state === 'done' ? '✓' : index + 1}
                  </span>
                  <span>
                    {t(`portal.stages.${stage}.name`)}
                    <span className="visually-hidden"> – {t(`portal.journey.stepState.${state}`)}</span>
                  </span>
                </li>
              );
            })}
          </ol>
          <h3 className="portal-card__subtitle">{t('portal.journey.now')}</h3>
          <p data-testid="journey-now">{t(`portal.stages.${person.stage}.now`)}</p>
          <h3 className="portal-card__subtitle">{t('portal.journey.next')}</h3>
          <p data-testid="journey-next">{t(`portal.stages.${person.stage}.next`)}</p>
        </>
      )}
    </section>
  );
}

function Responsible({ data }: { data: MyCase }) {
  const { t } = useTranslation();
  return (
    <section className="portal-card" aria-labelledby="journey-who">
      <KolHeading _level={2} id="journey-who" _label={t('portal.journey.who.title')} />
      {data.navigator ? (
        <p data-testid="journey-navigator">
          {data.navigator.organisation
            ? t('portal.journey.who.navigatorAt', { name: data.navigator.name, organisation: data.navigator.organisation.name })
            : t('portal.journey.who.navigator', { name: data.navigator.name })}
        </p>
      ) : (
        <p>{t('portal.journey.who.noNavigator')}</p>
      )}
      {data.organisations.length > 0 && (
        <>
          <h3 className="portal-card__subtitle">{t('portal.journey.who.organisations')}</h3>
          <ul className="portal-links" data-testid="journey-organisations">
            {data.organisations.map((organisation) => (
              <li key={organisation.id}>
                <AppLink to={`${paths.network}/organisationen/${organisation.id}`} label={organisation.name} />
                <span> – {t(`portal.journey.who.roles.${organisation.role}`, { defaultValue: t('portal.journey.who.roles.other') })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function stepText(step: MyStep, language: string, t: TFunction): string {
  if (step.status === 'done') return step.completedOn ? t('portal.dates.doneOn', { date: longDate(step.completedOn, language) }) : t('portal.dates.done');
  if (step.status === 'not_applicable') return t('portal.dates.notApplicable');
  if (step.status === 'open') {
    if (!step.dueOn) return t('portal.dates.openNoDate');
    return step.isOverdue ? t('portal.dates.overdue', { date: longDate(step.dueOn, language) }) : t('portal.dates.dueBy', { date: longDate(step.dueOn, language) });
  }
  return t('portal.dates.later');
}

function Dates({ data }: { data: MyCase }) {
  const { t, i18n } = useTranslation();
  if (!data.procedure) return null;
  const appointment = data.procedure.steps.find((step) => step.id === 'visa_appointment');
  return (
    <section className="portal-card" aria-labelledby="journey-dates" data-testid="journey-dates">
      <KolHeading _level={2} id="journey-dates" _label={t('portal.dates.title')} />
      <p>{t('portal.dates.intro')}</p>
      {appointment?.status === 'done' && appointment.completedOn && <p>{t('portal.dates.appointment', { date: longDate(appointment.completedOn, i18n.language) })}</p>}
      <ol className="portal-dates">
        {data.procedure.steps.map((step) => (
          <li key={step.id} className={`portal-dates__item portal-dates__item--${step.status}`}>
            <span className="portal-dates__title">{t(`portal.steps.${step.id}`)}</span>
            <span className="portal-dates__who">
              {step.actorOrganisation ? step.actorOrganisation.name : t(`portal.actors.${step.actor}`)}
            </span>
            <span className="portal-dates__when">{stepText(step, i18n.language, t)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
