import { KolAlert, KolButton, KolInputCheckbox, KolInputEmail, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsibleOrganisation } from '../../../contract/network';
import type { ContactRequestCreated } from '../../../contract/portal-entry';
import { contactConsentText, contactConsentVersion } from '../../../contract/portal-entry';
import { isPortalLanguage, languageEndonyms, portalLanguages, type PortalLanguage } from '../../../contract/portal-entry';
import { ApiError } from '../../api/client';
import { portalEntryApi } from '../../api/portal-entry';
import { fetchResponsibility } from '../../api/responsibility';
import { PlaceCombobox } from '../../components/place-combobox';
import { ResponsibleCard } from '../network/responsibility-card';
import '../../styles/portal-entry.css';
import type { Answers } from './answers';
import { toProfile } from './to-profile';

type Field = 'name' | 'email' | 'place' | 'message' | 'consent';
type Outside = { place: string; offers: ResponsibleOrganisation[] | null };
type State =
  | { status: 'closed' }
  | { status: 'form' }
  | { status: 'sending' }
  | { status: 'done'; created: ContactRequestCreated; email: string }
  | { status: 'outside'; outside: Outside };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which field of the form a server field name belongs to. */
function fieldOf(serverField: string): Field | null {
  if (serverField === 'name' || serverField === 'email' || serverField === 'message' || serverField === 'consent') return serverField;
  if (serverField === 'placeAgs') return 'place';
  return null;
}

/**
 * "Beratung anfragen" below a Wegweiser result: no account; the answers go with the person's consent
 * (the versioned text shown in full) to the welcome centre responsible for the place. Outside the
 * network the nationwide offers are shown instead.
 */
export function ContactRequestSection({ answers, today }: { answers: Answers; today: string }) {
  const { t, i18n } = useTranslation();
  const pageLanguage: PortalLanguage = isPortalLanguage(i18n.language) ? i18n.language : 'de';
  const [state, setState] = useState<State>({ status: 'closed' });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<PortalLanguage>(pageLanguage);
  const [place, setPlace] = useState<{ ags: string; name: string } | null>(answers.place);
  const [placeQuery, setPlaceQuery] = useState(answers.place?.name ?? '');
  const [message, setMessage] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState('');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const nameRef = useRef<HTMLKolInputTextElement>(null);

  useEffect(() => {
    if (state.status === 'done' || state.status === 'outside') resultRef.current?.focus();
    if (state.status === 'form') void nameRef.current?.focus();
  }, [state.status]);

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (name.trim() === '') found.name = t('contact.errors.name');
    if (!emailPattern.test(email.trim())) found.email = t('contact.errors.email');
    if (!place) found.place = t('contact.errors.place');
    if (message.length > 2000) found.message = t('contact.errors.message');
    if (!consent) found.consent = t('contact.errors.consent');
    return found;
  };

  const showOutside = async (chosen: { ags: string; name: string }) => {
    setState({ status: 'outside', outside: { place: chosen.name, offers: null } });
    const answer = await fetchResponsibility(chosen.ags, 'welcome_counselling').catch(() => null);
    setState({ status: 'outside', outside: { place: chosen.name, offers: answer?.organisations ?? [] } });
  };

  const submit = async () => {
    const found = validate();
    setErrors(found);
    setProblem('');
    if (Object.keys(found).length > 0 || !place) return;
    setState({ status: 'sending' });
    try {
      const created = await portalEntryApi.submitContactRequest({
        name: name.trim(),
        email: email.trim(),
        language,
        placeAgs: place.ags,
        ...(message.trim() ? { message: message.trim() } : {}),
        profile: toProfile(answers, today),
        consentVersion: contactConsentVersion,
        consent: true,
      });
      setState({ status: 'done', created, email: email.trim() });
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) return void showOutside(place);
      setState({ status: 'form' });
      if (error instanceof ApiError && error.status === 400 && error.fields) {
        const mapped: Partial<Record<Field, string>> = {};
        for (const key of Object.keys(error.fields)) {
          const field = fieldOf(key);
          if (field) mapped[field] = t(`contact.errors.${field}`);
        }
        setErrors(mapped);
        if (Object.keys(mapped).length > 0) return;
      }
      setProblem(error instanceof ApiError && error.status === 429 ? t('contact.errors.rateLimited') : t('contact.errors.failed'));
    }
  };

  // Always pass _touched/_msg (false/undefined when fine): if React drops _touched from a KoliBri
  // field, KoliBri re-renders inside its own render and logs "reading 'nodeType'" (as form-fields.tsx).
  const message_ = (field: Field) =>
    errors[field] ? { _touched: true, _msg: { _type: 'error' as const, _description: errors[field] } } : { _touched: false, _msg: undefined };

  return (
    <section className="result-section contact-request" aria-labelledby="contact-request-title" data-testid="contact-request">
      <h3 id="contact-request-title">{t('contact.title')}</h3>
      {state.status === 'closed' && (
        <>
          <p>{t('contact.intro')}</p>
          <KolButton data-testid="contact-open" _label={t('contact.open')} _variant="primary" _on={{ onClick: () => setState({ status: 'form' }) }} />
        </>
      )}
      {(state.status === 'form' || state.status === 'sending') && (
        <form
          className="contact-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p>{t('contact.intro')}</p>
          {Object.keys(errors).length > 0 && (
            <div className="contact-form__summary" role="alert" data-testid="contact-errors">
              <p>{t('contact.errors.summary')}</p>
              <ul>
                {Object.entries(errors).map(([field, text]) => (
                  <li key={field}>{text}</li>
                ))}
              </ul>
            </div>
          )}
          <KolInputText ref={nameRef} data-testid="contact-name" _label={t('contact.name')} _required _value={name} _autoComplete="name" {...message_('name')} _on={{ onInput: (_e: Event, v?: unknown) => setName(String(v ?? '')) }} />
          <KolInputEmail
            data-testid="contact-email"
            _label={t('contact.email')}
            _hint={t('contact.emailHint')}
            _required
            _value={email}
            {...message_('email')}
            _on={{ onInput: (_e: Event, v?: unknown) => setEmail(String(v ?? '')) }}
          />
          <KolSelect
            data-testid="contact-language"
            _label={t('contact.language')}
            _options={portalLanguages.map((code) => ({ value: code, label: languageEndonyms[code] }))}
            _value={language}
            _on={{
              onInput: (_e: Event, v?: unknown) => {
                const next = Array.isArray(v) ? v[0] : v;
                if (isPortalLanguage(next)) setLanguage(next);
              },
            }}
          />
          <PlaceCombobox
            id="contact-place"
            name="place"
            label={t('contact.place')}
            hint={t('contact.placeHint')}
            query={placeQuery}
            chosen={place}
            errorText={errors.place}
            onQuery={(query) => {
              setPlaceQuery(query);
              if (place && query !== place.name) setPlace(null);
            }}
            onChoose={(chosen) => {
              setPlace({ ags: chosen.ags, name: chosen.name });
              setPlaceQuery(chosen.name);
            }}
          />
          <KolTextarea
            data-testid="contact-message"
            _label={t('contact.message')}
            _hint={t('contact.messageHint')}
            _value={message}
            _rows={4}
            {...message_('message')}
            _on={{ onInput: (_e: Event, v?: unknown) => setMessage(String(v ?? '')) }}
          />
          <div className="contact-consent" data-testid="contact-consent-text">
            <h4>{t('contact.consentTitle')}</h4>
            <p>{contactConsentText(contactConsentVersion, pageLanguage)}</p>
            <p className="contact-consent__version">{t('contact.consentVersion', { version: contactConsentVersion })}</p>
          </div>
          <KolInputCheckbox
            data-testid="contact-consent"
            _label={t('contact.consentLabel')}
            _required
            _checked={consent}
            _value={true}
            {...message_('consent')}
            _on={{ onInput: (_e: Event, v?: unknown) => setConsent(v === true) }}
          />
          {problem && (
            <KolAlert _type="error" _variant="msg" data-testid="contact-problem">
              {problem}
            </KolAlert>
          )}
          <div className="contact-form__actions">
            <KolButton
              data-testid="contact-submit"
              _type="submit"
              _label={state.status === 'sending' ? t('contact.sending') : t('contact.submit')}
              _variant="primary"
              _disabled={state.status === 'sending'}
            />
            <KolButton data-testid="contact-cancel" _label={t('contact.cancel')} _variant="secondary" _on={{ onClick: () => setState({ status: 'closed' }) }} />
          </div>
        </form>
      )}
      {state.status === 'done' && (
        <div className="contact-done" data-testid="contact-done">
          <h4 ref={resultRef} tabIndex={-1}>
            {t('contact.done.title')}
          </h4>
          <p>{t('contact.done.text', { organisation: state.created.recipient.name, email: state.email })}</p>
          <p>{t('contact.done.mail')}</p>
          {(state.created.recipient.email || state.created.recipient.phone || state.created.recipient.website) && (
            <>
              <p>{t('contact.done.reach', { organisation: state.created.recipient.name })}</p>
              <ul className="contact-done__ways">
                {state.created.recipient.email && (
                  <li>
                    {t('contact.done.emailLabel')}: <a href={`mailto:${state.created.recipient.email}`}>{state.created.recipient.email}</a>
                  </li>
                )}
                {state.created.recipient.phone && (
                  <li>
                    {t('contact.done.phone')}: <a href={`tel:${state.created.recipient.phone.replace(/\s/g, '')}`}>{state.created.recipient.phone}</a>
                  </li>
                )}
                {state.created.recipient.website && (
                  <li>
                    {t('contact.done.website')}: <a href={state.created.recipient.website}>{state.created.recipient.website}</a>
                  </li>
                )}
              </ul>
            </>
          )}
        </div>
      )}
      {state.status === 'outside' && (
        <div className="contact-outside" data-testid="contact-outside">
          <h4 ref={resultRef} tabIndex={-1}>
            {t('contact.outside.title')}
          </h4>
          <p>{t('contact.outside.text', { place: state.outside.place })}</p>
          {state.outside.offers === null ? (
            <p>{t('contact.outside.loading')}</p>
          ) : state.outside.offers.length === 0 ? (
            <p>{t('contact.outside.none')}</p>
          ) : (
            <ul className="responsible-list">
              {state.outside.offers.map((organisation) => (
                <ResponsibleCard key={organisation.id} organisation={organisation} legalRef={null} nameLevel={null} showOffer={false} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
