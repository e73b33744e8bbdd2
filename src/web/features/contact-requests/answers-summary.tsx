import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../contract/pathways';
import { countryName } from '../cases/format';
import { formatDate, formatEuro } from '../wegweiser/format';

type Row = [label: string, value: string];

/** The Wegweiser answers of a contact request in words (labels, never codes). */
export function AnswersSummary({ profile: stored }: { profile: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const profile = stored as Partial<Profile>;
  const none = t('contactInbox.answers.notGiven');
  const level = (value: unknown) => (typeof value === 'string' && value in levelKeys ? t(`wegweiser.levels.${value as LevelKey}`) : none);
  const qualification = profile.qualification;
  const qualificationType = qualification?.type;
  const recognition = qualification && 'germanRecognition' in qualification ? (qualification.germanRecognition as string | undefined) : undefined;
  const rows: Row[] = [
    [t('contactInbox.answers.citizenship'), profile.citizenship ? countryName(profile.citizenship, language) : none],
    [
      t('contactInbox.answers.age'),
      profile.birthDate
        ? t('contactInbox.answers.born', { date: formatDate(profile.birthDate, language) })
        : profile.age !== undefined
          ? t('contactInbox.answers.ageYears', { age: profile.age })
          : none,
    ],
    [
      t('contactInbox.answers.location'),
      profile.location === 'abroad' ? t('wegweiser.fields.locationAbroad') : profile.location === 'germany' ? t('wegweiser.fields.locationGermany') : none,
    ],
    [
      t('contactInbox.answers.qualification'),
      qualificationType === 'academic'
        ? t('wegweiser.fields.qualificationAcademic')
        : qualificationType === 'vocational'
          ? t('wegweiser.fields.qualificationVocational')
          : qualificationType === 'none'
            ? t('wegweiser.fields.qualificationNone')
            : none,
    ],
    [t('contactInbox.answers.recognition'), recognition && recognition in recognitionKeys ? t(`wegweiser.recognition.${recognition as RecognitionKey}`) : none],
    [
      t('contactInbox.answers.job'),
      profile.job?.annualGrossSalaryEur !== undefined
        ? t('contactInbox.answers.jobSalary', { amount: formatEuro(profile.job.annualGrossSalaryEur, language) })
        : profile.job
          ? t('contactInbox.answers.jobYes')
          : t('contactInbox.answers.jobNone'),
    ],
    [t('contactInbox.answers.german'), level(profile.german)],
    [t('contactInbox.answers.english'), level(profile.english)],
  ];
  return (
    <dl data-testid="contact-request-answers">
      {rows.map(([label, value]) => (
        <div key={label} className="answers-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const levelKeys = { none: 1, A1: 1, A2: 1, B1: 1, B2: 1, C1: 1, C2: 1 } as const;
type LevelKey = keyof typeof levelKeys;
const recognitionKeys = { full: 1, comparable: 1, partial: 1, none: 1, notApplied: 1 } as const;
type RecognitionKey = keyof typeof recognitionKeys;
