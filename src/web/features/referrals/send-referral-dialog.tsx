import { KolButton } from '@public-ui/react-v19';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../contract/cases';
import { referralPurposeSchema, type Consent } from '../../../contract/consents';
import type { Referral } from '../../../contract/referrals';
import { referralsApi } from '../../api/referrals';
import { SelectInput, TextareaInput } from '../../components/form-fields';
import { PlaceCombobox } from '../../components/place-combobox';
import { proposeRecipients, type ProposedRecipient } from '../network/responsibility-recipients';
import { formatInstant, newIdempotencyKey, purposeKinds, purposeServices } from './format';

type Props = { record: Case; consents: Consent[]; ownOrganisationId: string | null; onSent(referral: Referral): Promise<void> };

/**
 * "Send a referral" as a modal dialog (native <dialog>: focus stays inside, Escape closes, focus
 * returns to the opening button). The recipient is picked by purpose and the person's place (typed
 * by name or postcode): the responsibility finder proposes the responsible authority and the most
 * specific offers first, marked; without a place, every organisation offering the service. The
 * caller's own organisation is never proposed. Only consents that cover recipient and purpose are offered.
 */
export function SendReferralDialog({ record, consents, ownOrganisationId, onSent }: Props) {
  const { t, i18n } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [isOpen, setOpen] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [placeQuery, setPlaceQuery] = useState('');
  const [place, setPlace] = useState<{ ags: string; name: string } | null>(null);
  const [found, setFound] = useState<ProposedRecipient[]>([]);
  const [recipientId, setRecipientId] = useState('');
  const [consentId, setConsentId] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  // One key per attempt to send this form: a double click or a retry after a lost answer sends once.
  const idempotencyKey = useRef(newIdempotencyKey());

  useEffect(() => {
    if (!isOpen || !purpose) return setFound([]);
    let isCurrent = true;
    const service = purposeServices[purpose];
    const proposed = place && service
      ? proposeRecipients(place.ags, service, ownOrganisationId)
      : referralsApi.organisations({ service }).then((result) => {
          const kinds = purposeKinds[purpose] ?? [];
          const matching = result.items.filter((organisation) => kinds.includes(organisation.kind));
          return (matching.length > 0 ? matching : result.items)
            .filter((organisation) => organisation.id !== ownOrganisationId)
            .map((organisation): ProposedRecipient => ({ id: organisation.id, name: organisation.name, mark: null }));
        });
    void proposed.then(
      (recipients) => isCurrent && setFound(recipients),
      () => isCurrent && setFound([]),
    );
    return () => {
      isCurrent = false;
    };
  }, [isOpen, purpose, place, ownOrganisationId]);

  // A recipient that is no longer proposed (another place or purpose) is not kept silently.
  useEffect(() => {
    if (recipientId && !found.some((recipient) => recipient.id === recipientId)) setRecipientId('');
  }, [found, recipientId]);

  const covering = useMemo(
    () => consents.filter((consent) => consent.state === 'valid' && consent.purposes.includes(purpose as never) && consent.recipients.some((recipient) => recipient.id === recipientId)),
    [consents, purpose, recipientId],
  );
  useEffect(() => {
    setConsentId(covering[0]?.id ?? '');
  }, [covering]);

  const open = () => {
    setOpen(true);
    setFailure(null);
    setErrors({});
    idempotencyKey.current = newIdempotencyKey();
    dialogRef.current?.showModal();
  };
  const close = () => {
    dialogRef.current?.close();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const required = t('referrals.send.required');
    const found: Record<string, string> = {
      ...(!purpose ? { purpose: required } : {}),
      ...(!recipientId ? { recipient: required } : {}),
      ...(!consentId ? { consent: t('referrals.send.noConsent') } : {}),
      ...(!message.trim() ? { message: required } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const referral = await referralsApi.sendReferral(record.id, { toOrganisationId: recipientId, purpose: purpose as never, consentId, message: message.trim() }, idempotencyKey.current);
      close();
      setMessage('');
      await onSent(referral);
    } catch (error) {
      setFailure(t('referrals.send.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <KolButton data-testid="referral-open-dialog" _label={t('referrals.send.open')} _variant="primary" _on={{ onClick: open }} />
      <dialog ref={dialogRef} className="referral-dialog" aria-labelledby="referral-dialog-title" data-testid="referral-dialog" onClose={() => setOpen(false)}>
        <form noValidate className="case-form" onSubmit={(event) => void submit(event)}>
          <h2 id="referral-dialog-title">{t('referrals.send.dialogTitle')}</h2>
          <SelectInput
            form="referral"
            name="purpose"
            label={t('referrals.send.service')}
            required
            placeholder={t('referrals.send.chooseRecipient')}
            value={purpose}
            error={errors.purpose}
            onChange={(value) => {
              setPurpose(value);
              setRecipientId('');
            }}
            options={referralPurposeSchema.options.map((value) => ({ value, label: t(`referrals.purposes.${value}`) }))}
          />
          <PlaceCombobox
            id="referral-place"
            name="place"
            label={t('responsibility.referral.place')}
            hint={t('responsibility.referral.placeHint')}
            query={placeQuery}
            chosen={place}
            onQuery={(query) => {
              setPlaceQuery(query);
              if (place && query !== place.name) setPlace(null);
            }}
            onChoose={(chosen) => {
              setPlace({ ags: chosen.ags, name: chosen.name });
              setPlaceQuery(chosen.name);
            }}
          />
          <SelectInput
            form="referral"
            name="recipient"
            label={t('referrals.send.recipient')}
            required
            placeholder={t('referrals.send.chooseRecipient')}
            value={recipientId}
            error={errors.recipient}
            onChange={setRecipientId}
            options={found.map((recipient) => ({ value: recipient.id, label: recipient.mark ? `${recipient.name} (${t(`responsibility.referral.marks.${recipient.mark}`)})` : recipient.name }))}
          />
          {recipientId && covering.length === 0 ? (
            <p className="referral-error" role="alert" data-testid="referral-no-consent">
              {t('referrals.send.noConsent')}
            </p>
          ) : (
            <SelectInput
              form="referral"
              name="consent"
              label={t('referrals.send.consent')}
              required
              value={consentId}
              error={errors.consent}
              onChange={setConsentId}
              options={covering.map((consent) => ({
                value: consent.id,
                label: t('referrals.send.consentOption', {
                  date: formatInstant(consent.givenAt, i18n.language),
                  categories: consent.dataCategories.map((category) => t(`referrals.categories.${category}`)).join(', '),
                }),
              }))}
            />
          )}
          <TextareaInput form="referral" name="message" label={t('referrals.send.message')} required rows={4} value={message} error={errors.message} onChange={setMessage} />
          {failure && (
            <p className="referral-error" role="alert" data-testid="referral-send-failure">
              {failure}
            </p>
          )}
          <div className="case-form__actions">
            <KolButton data-testid="referral-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={t('referrals.send.submit')} />
            <KolButton data-testid="referral-cancel" _variant="secondary" _label={t('referrals.send.cancel')} _on={{ onClick: close }} />
          </div>
        </form>
      </dialog>
    </>
  );
}

