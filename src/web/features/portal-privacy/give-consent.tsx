import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentPreview, RecipientProposal } from '../../../contract/portal-privacy';
import { consentPurposeSchema, dataCategorySchema } from '../../../contract/consents';
import { portalPrivacyApi } from '../../api/portal-privacy';
import { CheckboxGroup } from '../referrals/checkbox-group';
import { nameList } from './format';

type ConsentPurpose = (typeof consentPurposeSchema.options)[number];
type DataCategory = (typeof dataCategorySchema.options)[number];
const consentPurposes = consentPurposeSchema.options;
const dataCategories = dataCategorySchema.options;

type Step = { kind: 'closed' } | { kind: 'choose' } | { kind: 'read'; preview: ConsentPreview };
type Errors = Partial<Record<'recipients' | 'purposes' | 'categories' | 'form', string>>;

/**
 * "Give a new consent": choose recipients (the organisations of the case and those responsible for
 * the person's place, by name), purposes and categories; then the full text in the person's
 * language; only then "Ich willige ein".
 */
export function GiveConsent({ caseId, onGiven }: { caseId: string; onGiven(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [proposals, setProposals] = useState<RecipientProposal[] | null>(null);
  const [recipients, setRecipients] = useState<string[]>([]);
  const [purposes, setPurposes] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [isBusy, setBusy] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (step.kind === 'read') textRef.current?.focus();
    if (step.kind === 'choose') formRef.current?.focus();
  }, [step.kind]);

  const open = async () => {
    setStep({ kind: 'choose' });
    setErrors({});
    if (proposals) return;
    try {
      setProposals(await portalPrivacyApi.recipients());
    } catch {
      setErrors({ form: t('portalPrivacy.failed') });
    }
  };

  const showText = async () => {
    const next: Errors = {};
    if (recipients.length === 0) next.recipients = t('portalPrivacy.give.errors.recipients');
    if (purposes.length === 0) next.purposes = t('portalPrivacy.give.errors.purposes');
    if (categories.length === 0) next.categories = t('portalPrivacy.give.errors.categories');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    try {
      const preview = await portalPrivacyApi.preview({ recipientOrganisationIds: recipients, purposes: purposes as ConsentPurpose[], dataCategories: categories as DataCategory[], language: i18n.language });
      setStep({ kind: 'read', preview });
    } catch {
      setErrors({ form: t('portalPrivacy.failedAction') });
    } finally {
      setBusy(false);
    }
  };

  const agree = async (preview: ConsentPreview) => {
    setBusy(true);
    try {
      await portalPrivacyApi.give(caseId, { recipientOrganisationIds: recipients, purposes: purposes as ConsentPurpose[], dataCategories: categories as DataCategory[], textVersion: preview.textVersion, language: preview.language });
      setStep({ kind: 'closed' });
      setRecipients([]);
      setPurposes([]);
      setCategories([]);
      await onGiven();
    } catch {
      setErrors({ form: t('portalPrivacy.failedAction') });
    } finally {
      setBusy(false);
    }
  };

  if (step.kind === 'closed') {
    return (
      <div className="portal-privacy__actions">
        <KolButton data-testid="consent-give-open" _label={t('portalPrivacy.give.open')} _variant="primary" _on={{ onClick: () => void open() }} />
      </div>
    );
  }

  const recipientOptions = (proposals ?? []).map((proposal) => ({
    value: proposal.id,
    label: proposal.involved
      ? t('portalPrivacy.give.involvedOption', { name: proposal.name })
      : t('portalPrivacy.give.responsibleOption', { name: proposal.name, purposes: nameList(proposal.purposes.map((purpose) => t(`portalPrivacy.purposes.${purpose}`)), i18n.language) }),
  }));

  return (
    <section className="portal-privacy__give" aria-labelledby="consent-give-heading" data-testid="consent-give">
      <KolHeading _level={2} _label={t('portalPrivacy.give.heading')} id="consent-give-heading" />
      {errors.form && (
        <p className="portal-privacy__error" role="alert">
          {errors.form}
        </p>
      )}
      {step.kind === 'choose' ? (
        <div ref={formRef} tabIndex={-1} className="portal-privacy__focus-target">
          <CheckboxGroup name="consent-recipients" legend={t('portalPrivacy.give.recipients')} hint={t('portalPrivacy.give.recipientsHint')} options={recipientOptions} values={recipients} onChange={setRecipients} error={errors.recipients} />
          <CheckboxGroup
            name="consent-purposes"
            legend={t('portalPrivacy.give.purposes')}
            options={consentPurposes.map((purpose) => ({ value: purpose, label: t(`portalPrivacy.purposes.${purpose}`) }))}
            values={purposes}
            onChange={setPurposes}
            error={errors.purposes}
          />
          <CheckboxGroup
            name="consent-categories"
            legend={t('portalPrivacy.give.categories')}
            options={dataCategories.map((category) => ({ value: category, label: t(`portalPrivacy.categories.${category}`) }))}
            values={categories}
            onChange={setCategories}
            error={errors.categories}
          />
          <div className="portal-privacy__actions">
            <KolButton data-testid="consent-show-text" _label={t('portalPrivacy.give.showText')} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void showText() }} />
            <KolButton _label={t('portalPrivacy.give.cancel')} _variant="secondary" _on={{ onClick: () => setStep({ kind: 'closed' }) }} />
          </div>
        </div>
      ) : (
        <div ref={textRef} tabIndex={-1} className="portal-privacy__focus-target" aria-labelledby="consent-text-title" data-testid="consent-text">
          <p>{t('portalPrivacy.give.readFirst')}</p>
          {step.preview.language !== i18n.language.split('-')[0] && <p className="portal-privacy__note">{t(`portalPrivacy.give.textIn.${step.preview.language === 'de' ? 'de' : 'en'}`)}</p>}
          <div className="portal-privacy__text" lang={step.preview.language} dir="auto">
            <h3 id="consent-text-title">{step.preview.title}</h3>
            {step.preview.paragraphs.map((paragraph, index) => (
              <div key={index}>
                {paragraph.heading && <h4>{paragraph.heading}</h4>}
                {paragraph.heading ? (
                  <ul>
                    {paragraph.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : (
                  paragraph.lines.map((line) => <p key={line}>{line}</p>)
                )}
              </div>
            ))}
          </div>
          <div className="portal-privacy__actions">
            <KolButton data-testid="consent-agree" _label={t('portalPrivacy.give.agree')} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void agree(step.preview) }} />
            <KolButton data-testid="consent-back" _label={t('portalPrivacy.give.back')} _variant="secondary" _on={{ onClick: () => setStep({ kind: 'choose' }) }} />
          </div>
        </div>
      )}
    </section>
  );
}
