import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../contract/cases';
import { countryName, formatDate, formatDateTime, personName, titleName } from './format';

/** The person's name as the page heading, and the case's key facts. */
export function CaseHeader({ record }: { record: Case }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const facts: [key: string, label: string, value: string][] = [
    ['reference', t('cases.detail.reference'), record.reference],
    ['stage', t('cases.detail.stage'), t(`cases.stages.${record.stage}`)],
    ['target', t('cases.detail.targetTitle'), record.targetTitleId ? titleName(record.targetTitleId, language) : t('cases.detail.noTarget')],
    ['birthDate', t('cases.detail.birthDate'), formatDate(record.person.birthDate, language)],
    ['citizenship', t('cases.detail.citizenship'), countryName(record.person.citizenship, language)],
    ['navigator', t('cases.detail.navigator'), record.navigator?.name ?? t('cases.detail.noNavigator')],
    ['organisation', t('cases.detail.organisation'), record.ownerOrganisation.name],
    ['updated', t('cases.detail.updated'), formatDateTime(record.updatedAt, language)],
  ];
  return (
    <header className="case-header">
      <KolHeading _level={1} _label={personName(record.person)} />
      <dl className="case-facts" data-testid="case-facts">
        {facts.map(([key, label, value]) => (
          <div key={key} data-fact={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {record.evaluation && (
        <p className="case-header__evaluation" data-testid="case-evaluation">
          <span aria-hidden="true">✓ </span>
          {t('cases.detail.evaluation', { date: formatDate(record.evaluation.evaluationDate, language) })}
        </p>
      )}
    </header>
  );
}
