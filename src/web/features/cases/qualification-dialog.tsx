import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  qualificationTypes,
  recognitionOutcomes,
  type CaseQualification,
  type CaseQualifications,
  type Occupation,
  type PutQualificationBody,
  type QualificationType,
  type RecognitionOutcome,
} from '../../../contract/qualifications';
import { qualificationsApi } from '../../api/qualifications';
import { DateInput, SelectInput, TextInput } from '../../components/form-fields';
import { germanToday } from './format';
import { countryLabel, occupationName, searchCountries } from './qualification-text';
import { SearchCombobox } from './search-combobox';
import { useFieldRegistry } from './use-field-registry';
import type { ChangeOutcome } from './use-case-record';

const form = 'qualification';
const decided = (outcome: RecognitionOutcome) => outcome === 'full' || outcome === 'partial' || outcome === 'none';

type Errors = Partial<Record<'country' | 'occupation' | 'outcome' | 'decidedOn' | 'bodyName' | 'fileNumber' | 'type', string>>;

export type QualificationDialogProps = {
  /** The person being edited, or null when the dialog is closed. */
  person: { id: string; name: string } | null;
  current: CaseQualification | undefined;
  bodies: CaseQualifications['bodies'];
  /** Saves through the case page (which reloads the case and its timeline). */
  save(personId: string, body: PutQualificationBody): Promise<ChangeOutcome>;
  onSaved(name: string): void;
  onClose(): void;
};

/** The edit dialog for one person's qualification (native modal <dialog>: Escape cancels, focus returns). */
export function QualificationDialog({ person, current, bodies, save, onSaved, onClose }: QualificationDialogProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { register, focus } = useFieldRegistry();
  const [type, setType] = useState<QualificationType | ''>('');
  const [country, setCountry] = useState<string | null>(null);
  const [countryQuery, setCountryQuery] = useState('');
  const [occupation, setOccupation] = useState<Occupation | null>(null);
  const [occupationQuery, setOccupationQuery] = useState('');
  const [outcome, setOutcome] = useState<RecognitionOutcome>('pending');
  const [decidedOn, setDecidedOn] = useState('');
  const [body, setBody] = useState('');
  const [bodyName, setBodyName] = useState('');
  const [fileNumber, setFileNumber] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [isBusy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const countryInput = useRef<HTMLInputElement | null>(null);
  const occupationInput = useRef<HTMLInputElement | null>(null);

  // Opening fills the form with what is stored.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (person && !dialog.open) {
      setType(current?.qualificationType ?? '');
      setCountry(current?.country ?? null);
      setCountryQuery(current?.country ? countryLabel(current.country, language) : '');
      setOccupation(current?.occupation ?? null);
      setOccupationQuery(current?.occupation ? occupationName(current.occupation, language) : '');
      setOutcome(current?.outcome ?? 'pending');
      setDecidedOn(current?.decidedOn ?? '');
      setBody(current?.body ? (current.body.organisationId ?? 'other') : '');
      setBodyName(current?.body && !current.body.organisationId ? current.body.name : '');
      setFileNumber(current?.fileNumber ?? '');
      setErrors({});
      setStep('form');
      setFailed(false);
      dialog.showModal();
    }
    if (!person && dialog.open) dialog.close();
  }, [person, current, language]);

  if (!person) return <dialog ref={dialogRef} className="qualification-dialog" aria-label={t('caseQualification.title')} onClose={onClose} />;
  const previous: RecognitionOutcome = current?.outcome ?? 'pending';
  const outcomeName = (value: RecognitionOutcome) => t(`caseQualification.outcomes.${value}`);

  const check = (): Errors => {
    const found: Errors = {};
    if (countryQuery.trim() && !country) found.country = t('caseQualification.errors.choose');
    if (occupationQuery.trim() && !occupation) found.occupation = t('caseQualification.errors.choose');
    if (decided(outcome) && !decidedOn) found.decidedOn = t('caseQualification.errors.decisionDate');
    if (outcome === 'pending' && decidedOn) found.decidedOn = t('caseQualification.errors.pendingDate');
    if (decidedOn && decidedOn > germanToday()) found.decidedOn = t('caseQualification.errors.futureDate');
    if (body === 'other' && !bodyName.trim()) found.bodyName = t('caseQualification.errors.bodyName');
    return found;
  };

  const focusError = (found: Errors) => {
    if (found.country) return countryInput.current?.focus();
    if (found.occupation) return occupationInput.current?.focus();
    const first = (['type', 'outcome', 'decidedOn', 'bodyName', 'fileNumber'] as const).find((name) => found[name]);
    if (first) focus(first);
  };

  const payload = (): PutQualificationBody => ({
    qualificationType: type || null,
    country,
    occupationKldb: occupation?.kldb ?? null,
    outcome,
    decidedOn: decidedOn || null,
    bodyOrganisationId: body && body !== 'other' ? body : null,
    bodyName: body === 'other' ? bodyName.trim() : null,
    fileNumber: fileNumber.trim() || null,
  });

  const run = async () => {
    setBusy(true);
    setFailed(false);
    const result = await save(person.id, payload());
    setBusy(false);
    if (result.ok) return onSaved(person.name);
    setStep('form');
    if (result.reason === 'invalid') {
      const fieldOf = (key: string) => (key === 'occupationKldb' ? 'occupation' : key === 'bodyOrganisationId' ? 'bodyName' : key === 'qualificationType' ? 'type' : key);
      const found: Errors = {};
      for (const key of Object.keys(result.fields)) (found as Record<string, string>)[fieldOf(key)] = t('caseQualification.errors.invalid');
      setErrors(found);
      return focusError(found);
    }
    setFailed(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return focusError(found);
    // A new or changed outcome is a consequential entry: ask first.
    if (outcome !== previous || (current === undefined && outcome !== 'pending')) return setStep('confirm');
    void run();
  };

  return (
    <dialog ref={dialogRef} className="qualification-dialog" aria-labelledby="qualification-dialog-title" data-testid="qualification-dialog" onClose={onClose}>
      <h2 id="qualification-dialog-title">{step === 'form' ? t('caseQualification.form.title', { name: person.name }) : t('caseQualification.confirm.title')}</h2>
      {step === 'confirm' ? (
        <div data-testid="qualification-confirm">
          <p>
            {current
              ? t('caseQualification.confirm.textChange', { name: person.name, from: outcomeName(previous), to: outcomeName(outcome) })
              : t('caseQualification.confirm.textNew', { name: person.name, to: outcomeName(outcome) })}
          </p>
          <div className="case-form__actions">
            <KolButton data-testid="qualification-confirm-yes" _label={t('caseQualification.confirm.confirm')} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void run() }} />
            <KolButton data-testid="qualification-confirm-back" _label={t('caseQualification.confirm.back')} _variant="secondary" _on={{ onClick: () => setStep('form') }} />
          </div>
        </div>
      ) : (
        <form className="case-form" noValidate onSubmit={submit} data-testid="qualification-form">
          <SelectInput
            form={form}
            name="type"
            label={t('caseQualification.form.type')}
            error={errors.type}
            fieldRef={register('type')}
            options={qualificationTypes.map((value) => ({ value, label: t(`caseQualification.types.${value}`) }))}
            placeholder={t('caseQualification.form.pleaseChoose')}
            value={type}
            onChange={(value) => setType(qualificationTypes.find((item) => item === value) ?? '')}
          />
          <SearchCombobox
            id="field-qualification-country"
            name="country"
            label={t('caseQualification.form.country')}
            hint={t('caseQualification.form.countryHint')}
            query={countryQuery}
            chosen={country !== null}
            errorText={errors.country}
            register={(element) => (countryInput.current = element)}
            search={async (query) => searchCountries(query, language)}
            onQuery={(query) => {
              setCountryQuery(query);
              setCountry(null);
              setErrors((now) => ({ ...now, country: undefined }));
            }}
            onChoose={(option) => {
              setCountry(option.value);
              setCountryQuery(option.name);
            }}
          />
          <SearchCombobox
            id="field-qualification-occupation"
            name="occupation"
            label={t('caseQualification.form.occupation')}
            hint={t('caseQualification.form.occupationHint')}
            query={occupationQuery}
            chosen={occupation !== null}
            errorText={errors.occupation}
            register={(element) => (occupationInput.current = element)}
            search={async (query) =>
              (await qualificationsApi.occupations(query)).map((item) => ({
                value: item.kldb,
                name: occupationName(item, language),
                details: t('caseQualification.form.occupationDetails', { kldb: item.kldb, isco: item.isco }),
                item,
              }))
            }
            onQuery={(query) => {
              setOccupationQuery(query);
              setOccupation(null);
              setErrors((now) => ({ ...now, occupation: undefined }));
            }}
            onChoose={(option) => {
              const chosen = (option as typeof option & { item?: Occupation }).item;
              if (chosen) setOccupation(chosen);
              setOccupationQuery(option.name);
            }}
          />
          <SelectInput
            form={form}
            name="outcome"
            label={t('caseQualification.form.outcome')}
            required
            error={errors.outcome}
            fieldRef={register('outcome')}
            options={recognitionOutcomes.map((value) => ({ value, label: outcomeName(value) }))}
            value={outcome}
            onChange={(value) => setOutcome(recognitionOutcomes.find((item) => item === value) ?? 'pending')}
          />
          <DateInput
            form={form}
            name="decidedOn"
            label={t('caseQualification.form.decidedOn')}
            hint={t('caseQualification.form.decidedOnHint')}
            required={decided(outcome)}
            error={errors.decidedOn}
            fieldRef={register('decidedOn')}
            max={germanToday()}
            value={decidedOn}
            onChange={(value) => {
              setDecidedOn(value);
              setErrors((now) => ({ ...now, decidedOn: undefined }));
            }}
          />
          <SelectInput
            form={form}
            name="body"
            label={t('caseQualification.form.body')}
            fieldRef={register('body')}
            options={[...bodies.map((item) => ({ value: item.id, label: item.name })), { value: 'other', label: t('caseQualification.form.bodyOther') }]}
            placeholder={t('caseQualification.form.pleaseChoose')}
            value={body}
            onChange={setBody}
          />
          {body === 'other' && (
            <TextInput
              form={form}
              name="bodyName"
              label={t('caseQualification.form.bodyName')}
              required
              error={errors.bodyName}
              fieldRef={register('bodyName')}
              value={bodyName}
              onChange={(value) => {
                setBodyName(value);
                setErrors((now) => ({ ...now, bodyName: undefined }));
              }}
            />
          )}
          <TextInput form={form} name="fileNumber" label={t('caseQualification.form.fileNumber')} error={errors.fileNumber} fieldRef={register('fileNumber')} value={fileNumber} onChange={setFileNumber} />
          {failed && (
            <p className="qualification-dialog__error" role="alert">
              {t('caseQualification.failed')}
            </p>
          )}
          <div className="case-form__actions">
            <KolButton data-testid="qualification-save" _type="submit" _variant="primary" _disabled={isBusy} _label={t('caseQualification.form.save')} />
            <KolButton data-testid="qualification-cancel" _label={t('caseQualification.form.cancel')} _variant="secondary" _on={{ onClick: onClose }} />
          </div>
        </form>
      )}
    </dialog>
  );
}
