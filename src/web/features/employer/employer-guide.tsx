import { useTranslation } from 'react-i18next';
import type { EmployerGuide } from '../../../contract/employer';
import { formatEuro, localized } from '../wegweiser/format';

/**
 * What an employer has to do for a §81a request: the agreement under §81a Abs. 2 AufenthG, the
 * documents to provide and the fee, each with its legal reference (and official source, where given).
 */
export function EmployerGuideSection({ guide }: { guide: EmployerGuide }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="employer-guide" aria-labelledby="employer-guide-title" data-testid="employer-guide">
      <h2 id="employer-guide-title">{t('employer.guide.title')}</h2>
      <h3>{t('employer.guide.agreementTitle')}</h3>
      <p>{t('employer.guide.agreementIntro', { ref: guide.agreement.legalRef })}</p>
      <ul data-testid="employer-guide-agreement">
        {guide.agreement.contents.map((item) => (
          <li key={item.id}>
            {localized(item.text, language)} ({item.legalRef})
          </li>
        ))}
      </ul>
      <h3>{t('employer.guide.documentsTitle')}</h3>
      <p>{t('employer.guide.documentsIntro')}</p>
      <ul data-testid="employer-guide-documents">
        {guide.documents.map((item) => (
          <li key={item.id}>
            {localized(item.text, language)} ({item.legalRef})
            {item.source ? (
              <>
                {' – '}
                {t('employer.guide.source')}: <a href={item.source}>{new URL(item.source).hostname}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>{t('employer.guide.feeTitle')}</h3>
      <p data-testid="employer-guide-fee">
        {t('employer.guide.fee', { amount: formatEuro(guide.fee.euros, language), ref: guide.fee.legalRef })} {localized(guide.fee.onTop, language)}
      </p>
      <h3>{t('employer.guide.stepsTitle')}</h3>
      <ol className="employer-steps">
        {guide.steps.map((step) => (
          <li key={step.id}>
            <strong>{localized(step.title, language)}</strong> – {t(`employer.steps.actors.${step.actor}`)}; {localized(step.deadline, language)} ({step.legalRef})
          </li>
        ))}
      </ol>
    </section>
  );
}
