import { KolButton } from '@public-ui/react-v19';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../contract/cases';
import { consentLanguages, consentPurposeSchema, dataCategorySchema, type Consent, type ConsentLanguage, type ConsentTexts } from '../../../contract/consents';
import type { Organisation } from '../../../contract/system';
import { documentsApi } from '../../api/procedure';
import { referralsApi } from '../../api/referrals';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { DateInput, RadioInput, SelectInput } from '../../components/form-fields';
import { CheckboxGroup } from './checkbox-group';
import { formatDateOnly, formatInstant, purposeKinds } from './format';

type Props = { record: Case; consents: Consent[]; organisations: Organisation[]; onChanged(): Promise<void> };

/** The consents of a case: what they allow, the text shown, the PDF, withdrawal; and the capture form. */
export function ConsentSection({ record, consents, organisations, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [isFormOpen, setFormOpen] = useState(false);

  const withdraw = async (consent: Consent) => {
    try {
      await referralsApi.withdrawConsent(consent.id);
      await onChanged();
      setFeedback({ kind: 'success', text: t('referrals.consent.withdrawn') });
    } catch (error) {
      setFeedback({ kind: 'error', text: t('referrals.consent.errors.failed', { message: (error as Error).message }) });
    }
  };

  return (
    <section className="case-section referral-section" aria-labelledby="consents-title" data-testid="consent-section">
      <h2 id="consents-title" className="case-section__title" tabIndex={-1}>
        {t('referrals.consent.title')}
      </h2>
      <p>{t('referrals.consent.intro')}</p>
      {consents.length === 0 ? (
        <p>{t('referrals.consent.none')}</p>
      ) : (
        <ul className="case-items" data-testid="consents">
          {consents.map((consent) => {
            const date = formatInstant(consent.givenAt, i18n.language);
            return (
              <li key={consent.id} className="case-item referral-consent" data-consent-id={consent.id} data-state={consent.state}>
                <p>
                  <strong>{t(`referrals.consentState.${consent.state}`)}</strong> ·{' '}
                  {consent.method === 'portal'
                    ? t('referrals.consent.givenPortal', { date })
                    : t('referrals.consent.givenStaff', { date, name: consent.recordedBy?.name ?? '—' })}
                </p>
                <dl className="referral-facts">
                  <dt>{t('referrals.consent.purposes')}</dt>
                  <dd>{consent.purposes.map((purpose) => t(`referrals.purposes.${purpose}`)).join(', ')}</dd>
                  <dt>{t('referrals.consent.recipients')}</dt>
                  <dd>{consent.recipients.map((recipient) => recipient.name).join(', ')}</dd>
                  <dt>{t('referrals.consent.categories')}</dt>
                  <dd>{consent.dataCategories.map((category) => t(`referrals.categories.${category}`)).join(', ')}</dd>
                </dl>
                <p className="case-item__meta">
                  {consent.withdrawnAt
                    ? t('referrals.consent.withdrawnAt', { date: formatInstant(consent.withdrawnAt, i18n.language) })
                    : consent.validThrough
                      ? t('referrals.consent.validThrough', { date: formatDateOnly(consent.validThrough, i18n.language) })
                      : t('referrals.consent.untilWithdrawn')}
                </p>
                <div className="case-item__actions">
                  <a href={referralsApi.consentPdfUrl(consent.id)} aria-label={t('referrals.consent.pdfLabel', { date })} download>
                    {t('referrals.consent.pdf')}
                  </a>
                  {consent.state === 'valid' && (
                    <KolButton
                      data-testid="consent-withdraw"
                      _label=""
                      _variant="secondary"
                      _on={{ onClick: () => void withdraw(consent) }}
                    >
                      <span slot="expert">
                        <span aria-hidden="true">{t('referrals.consent.withdraw')}</span>
                        <span className="visually-hidden">{t('referrals.consent.withdrawLabel', { date })}</span>
                      </span>
                    </KolButton>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ActionFeedback feedback={feedback} testId="consent-feedback" />
      {isFormOpen ? (
        <ConsentForm
          record={record}
          organisations={organisations}
          onRecorded={async () => {
            setFormOpen(false);
            await onChanged();
            setFeedback({ kind: 'success', text: t('referrals.consent.recorded') });
          }}
        />
      ) : (
        <KolButton data-testid="consent-open-form" _label={t('referrals.consent.record')} _variant="primary" _on={{ onClick: () => setFormOpen(true) }} />
      )}
    </section>
  );
}

type FormErrors = Partial<Record<'purposes' | 'recipients' | 'categories' | 'form', string>>;

function ConsentForm({ record, organisations, onRecorded }: { record: Case; organisations: Organisation[]; onRecorded(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [texts, setTexts] = useState<ConsentTexts | null>(null);
  const [personId, setPersonId] = useState(record.person.id);
  const [purposes, setPurposes] = useState<string[]>([]);
  const [recipients, setRecipients] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [language, setLanguage] = useState<ConsentLanguage>('de');
  const [validUntil, setValidUntil] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    void referralsApi.consentTexts().then(setTexts);
  }, []);

  const candidates = useMemo(() => {
    const kinds = new Set(purposes.flatMap((purpose) => purposeKinds[purpose] ?? []));
    return organisations.filter((organisation) => kinds.has(organisation.kind));
  }, [organisations, purposes]);
  const chosenRecipients = recipients.filter((id) => candidates.some((candidate) => candidate.id === id));

  const submit = useCallback(
    async (event: FormEvent) => {
      event.preventDefault();
      if (isBusy || !texts) return;
      const found: FormErrors = {
        ...(purposes.length === 0 ? { purposes: t('referrals.consent.errors.purposes') } : {}),
        ...(chosenRecipients.length === 0 ? { recipients: t('referrals.consent.errors.recipients') } : {}),
        ...(categories.length === 0 ? { categories: t('referrals.consent.errors.categories') } : {}),
        ...(!file ? { form: t('referrals.consent.errors.form') } : {}),
      };
      setErrors(found);
      if (Object.keys(found).length > 0 || !file) return;
      setBusy(true);
      setFailure(null);
      try {
        const document = await documentsApi.upload(record.id, file);
        await referralsApi.recordConsent(record.id, {
          personId,
          purposes: purposes as never,
          recipientOrganisationIds: chosenRecipients,
          dataCategories: categories as never,
          textVersion: texts.current,
          language,
          method: 'staff_recorded',
          formDocumentId: document.id,
          ...(validUntil ? { validUntil } : {}),
        });
        await onRecorded();
      } catch (error) {
        setFailure(t('referrals.consent.errors.failed', { message: (error as Error).message }));
      } finally {
        setBusy(false);
      }
    },
    [isBusy, texts, purposes, chosenRecipients, categories, file, record.id, personId, language, validUntil, onRecorded, t],
  );

  const version = texts?.versions.find((candidate) => candidate.id === texts.current);
  const wording = version?.text[language];
  const people = [record.person, ...record.members];

  return (
    <form className="case-form referral-form" aria-labelledby="consent-form-title" noValidate onSubmit={(event) => void submit(event)} data-testid="consent-form">
      <h3 id="consent-form-title">{t('referrals.consent.recordTitle')}</h3>
      {people.length > 1 && (
        <SelectInput
          form="consent"
          name="personId"
          label={t('referrals.consent.person')}
          value={personId}
          onChange={setPersonId}
          options={people.map((person) => ({ value: person.id, label: `${person.givenName} ${person.familyName}` }))}
        />
      )}
      <CheckboxGroup
        name="purposes"
        legend={t('referrals.consent.purposes')}
        options={consentPurposeSchema.options.map((purpose) => ({ value: purpose, label: t(`referrals.purposes.${purpose}`) }))}
        values={purposes}
        onChange={setPurposes}
        error={errors.purposes}
      />
      {purposes.length === 0 ? (
        <p className="referral-hint">{t('referrals.consent.choosePurposeFirst')}</p>
      ) : candidates.length === 0 ? (
        <p className="referral-hint">{t('referrals.consent.noRecipients')}</p>
      ) : (
        <CheckboxGroup
          name="recipients"
          legend={t('referrals.consent.recipients')}
          options={candidates.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          values={chosenRecipients}
          onChange={setRecipients}
          error={errors.recipients}
        />
      )}
      <CheckboxGroup
        name="categories"
        legend={t('referrals.consent.categories')}
        options={dataCategorySchema.options.map((category) => ({ value: category, label: t(`referrals.categories.${category}`) }))}
        values={categories}
        onChange={setCategories}
        error={errors.categories}
      />
      <RadioInput
        form="consent"
        name="language"
        label={t('referrals.consent.language')}
        value={language}
        onChange={(value) => setLanguage(consentLanguages.find((entry) => entry.code === value)?.code ?? 'de')}
        options={consentLanguages.map((entry) => ({ value: entry.code, label: entry.name }))}
      />
      <DateInput form="consent" name="validUntil" label={t('referrals.consent.validUntil')} hint={t('referrals.consent.validUntilHint')} value={validUntil} onChange={setValidUntil} />
      {texts && wording && (
        <section className="referral-consent-text" aria-labelledby="consent-text-title" lang={language} dir={consentLanguages.find((entry) => entry.code === language)?.dir ?? 'ltr'} data-testid="consent-text">
          <h4 id="consent-text-title" lang={i18n.language} dir="auto">
            {t('referrals.consent.text', { version: texts.current })}
          </h4>
          <p>
            <strong>{wording.title}</strong>
          </p>
          <p>{wording.intro}</p>
          <p>
            <strong>{wording.recipients}:</strong> {chosenRecipients.map((id) => organisations.find((organisation) => organisation.id === id)?.name ?? id).join(', ') || '—'}
          </p>
          <p>
            <strong>{wording.purposes}:</strong> {purposes.map((purpose) => texts.labels.purposes[purpose]?.[language] ?? purpose).join('; ') || '—'}
          </p>
          <p>
            <strong>{wording.categories}:</strong> {categories.map((category) => texts.labels.categories[category]?.[language] ?? category).join('; ') || '—'}
          </p>
          <p>{wording.validity}</p>
          <p>{wording.withdrawal}</p>
          <p>{wording.legal}</p>
        </section>
      )}
      <div className="referral-file" data-field="form">
        <label htmlFor="consent-form-file">{t('referrals.consent.form')}</label>
        <p id="consent-form-file-hint" className="referral-hint">
          {t('referrals.consent.formHint')}
        </p>
        {errors.form && (
          <p id="consent-form-file-error" className="referral-error" role="alert">
            {errors.form}
          </p>
        )}
        <input
          id="consent-form-file"
          data-testid="consent-form-file"
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          aria-describedby={errors.form ? 'consent-form-file-hint consent-form-file-error' : 'consent-form-file-hint'}
          aria-invalid={errors.form ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      {failure && (
        <p className="referral-error" role="alert" data-testid="consent-form-failure">
          {failure}
        </p>
      )}
      <div className="case-form__actions">
        <KolButton data-testid="consent-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={t('referrals.consent.submit')} />
      </div>
    </form>
  );
}

