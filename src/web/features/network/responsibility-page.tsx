import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ResponsibilityResponse, ServiceInfo } from '../../../contract/network';
import type { Place } from '../../../contract/places';
import { ApiError } from '../../api/client';
import { fetchResponsibility, fetchServices } from '../../api/responsibility';
import { SelectInput } from '../../components/form-fields';
import { PlaceCombobox } from '../../components/place-combobox';
import { LoadState } from '../../components/load-state';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { queryKeys } from './responsibility-format';
import { ResponsibilityAnswer } from './responsibility-answer';

type Answer =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'failed'; unknownPlace: boolean }
  | { status: 'ok'; key: string; data: ResponsibilityResponse };

const isAgs = (value: string | null): value is string => value !== null && /^\d{8}$/.test(value);

/**
 * `/netzwerk/zustaendigkeit` (public): "Wer ist zuständig?" — a service and a place (by name or
 * postcode) give the responsible authority first, then the other offers, each with its contact.
 * The address keeps the question (`?ort=<AGS>&leistung=<service>`), so an answer can be shared;
 * the answer follows each change without a reload and is announced politely.
 */
export function ResponsibilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('responsibility.title'));
  const { loaded } = useLoad(fetchServices, 'services');
  return (
    <div className="page responsibility-page">
      <KolHeading _level={1} _label={t('responsibility.title')} />
      <p>{t('responsibility.intro')}</p>
      <LoadState loaded={loaded} missing={t('responsibility.servicesFailed')} failed={t('responsibility.servicesFailed')} testId="responsibility-services-missing">
        {(services) => <Finder services={services} />}
      </LoadState>
    </div>
  );
}

function Finder({ services }: { services: ServiceInfo[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [searchParams, setSearchParams] = useSearchParams();
  const agsParam = searchParams.get(queryKeys.place);
  const serviceParam = searchParams.get(queryKeys.service);
  const ags = isAgs(agsParam) ? agsParam : null;
  const service = services.find((item) => item.id === serviceParam) ?? null;
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ ags: string; name: string } | null>(() => (ags ? { ags, name: '' } : null));
  const [answer, setAnswer] = useState<Answer>({ status: 'none' });
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef(0);

  const setParams = (next: { ags?: string | null; service?: string | null }) => {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of [
      [queryKeys.place, next.ags === undefined ? ags : next.ags],
      [queryKeys.service, next.service === undefined ? service?.id ?? null : next.service],
    ] as const) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    setSearchParams(params, { replace: true });
  };

  // The answer follows the address: a shared link, a new choice, back and forward alike.
  const key = ags && service ? `${ags}:${service.id}` : null;
  useEffect(() => {
    const count = ++latest.current;
    if (!ags || !service) {
      setAnswer({ status: 'none' });
      return;
    }
    setAnswer({ status: 'loading' });
    fetchResponsibility(ags, service.id).then(
      (data) => {
        if (count !== latest.current) return;
        setAnswer({ status: 'ok', key: `${ags}:${service.id}`, data });
        // A shared link names the place only by its AGS: fill the field with its name.
        if (data.place) {
          const name = data.place.name;
          setChosen((current) => (current && current.ags === data.place?.ags && !current.name ? { ags: current.ags, name } : current));
          setQuery((current) => current || name);
        }
      },
      (error: unknown) => count === latest.current && setAnswer({ status: 'failed', unknownPlace: error instanceof ApiError && error.code === 'VALIDATION_FAILED' }),
    );
    // `key` names ags and service: a new answer only when the question changed.
  }, [key]);

  // What a screen reader hears once the answer is there (focus stays where the person is).
  useEffect(() => {
    if (answer.status === 'ok') {
      const { data } = answer;
      const serviceName = data.service.name[language === 'de' ? 'de' : 'en'];
      setAnnouncement(
        data.place
          ? t('responsibility.found', { count: data.organisations.length, service: serviceName, place: data.place.name })
          : t('responsibility.foundOutside', { count: data.organisations.length }),
      );
    } else if (answer.status === 'failed') setAnnouncement(answer.unknownPlace ? t('responsibility.unknownPlace') : t('responsibility.failed'));
    else if (answer.status === 'loading') setAnnouncement(t('responsibility.loading'));
    else setAnnouncement('');
  }, [answer, language, t]);

  const onQuery = (next: string) => {
    setQuery(next);
    if (chosen && next !== chosen.name) {
      setChosen(null);
      if (ags) setParams({ ags: null });
    }
  };
  const onChoose = (place: Place) => {
    setChosen({ ags: place.ags, name: place.name });
    setQuery(place.name);
    setParams({ ags: place.ags });
  };

  const options = services.map((item) => ({ value: item.id, label: item.name[language === 'de' ? 'de' : 'en'] }));
  return (
    <>
      <form className="responsibility-form" data-testid="responsibility-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <SelectInput
          form="responsibility"
          name="service"
          label={t('responsibility.serviceLabel')}
          hint={t('responsibility.serviceHint')}
          placeholder={t('responsibility.servicePlaceholder')}
          value={service?.id ?? ''}
          options={options}
          onChange={(value) => setParams({ service: value || null })}
        />
        <PlaceCombobox id="responsibility-place" name="place" label={t('responsibility.placeLabel')} hint={t('responsibility.placeHint')} query={query} chosen={chosen} onQuery={onQuery} onChoose={onChoose} />
      </form>
      <p className="visually-hidden" role="status" data-testid="responsibility-status">
        {announcement}
      </p>
      <section className="responsibility-result" aria-labelledby="responsibility-result-title" aria-busy={answer.status === 'loading'} data-testid="responsibility-result">
        {answer.status === 'none' && <p id="responsibility-result-title">{t('responsibility.choose')}</p>}
        {answer.status === 'loading' && <p id="responsibility-result-title">{t('responsibility.loading')}</p>}
        {answer.status === 'failed' && (
          <div id="responsibility-result-title">
            <KolAlert _type="error" _variant="msg">
              {answer.unknownPlace ? t('responsibility.unknownPlace') : t('responsibility.failed')}
            </KolAlert>
          </div>
        )}
        {answer.status === 'ok' && <ResponsibilityAnswer answer={answer.data} titleId="responsibility-result-title" />}
      </section>
    </>
  );
}
