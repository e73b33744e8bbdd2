import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DirectoryQuery, DirectoryResponse } from '../../../contract/directory';
import type { ServiceInfo } from '../../../contract/network';
import { fetchDirectory, fetchServiceCatalogue } from '../../api/directory';
import { SelectInput, TextInput } from '../../components/form-fields';
import { PlaceCombobox } from '../../components/place-combobox';
import { AppLink } from '../../components/app-link';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { useSession } from '../../session/session-context';
import '../../styles/network-directory.css';
import { DirectoryResults } from './directory-results';
import { inLanguage, languageName } from './directory-format';

/** Wait this long after the last keystroke in the name field before searching. */
const DEBOUNCE_MS = 300;

type Results = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; response: DirectoryResponse };

/** The address keeps the filters, so a search can be bookmarked and shared: name, angebot, ort (+ ortname), sprache. */
function queryOf(params: URLSearchParams): DirectoryQuery {
  const value = (key: string) => params.get(key)?.trim() || undefined;
  const ags = value('ort');
  const language = value('sprache');
  return {
    q: value('name'),
    service: value('angebot') as DirectoryQuery['service'],
    ags: ags && /^\d{8}$/.test(ags) ? ags : undefined,
    language: language && /^[a-z]{2,3}$/.test(language) ? language : undefined,
  };
}

/** `/netzwerk`: the public directory of the network: search by name, service, place and language. */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  usePageTitle(t('network.directory.title'));
  const { session } = useSession();
  // Staff of the network organisations also see the network map (employers and applicants do not).
  const isStaff = session.status === 'signed-in' && session.me.user.roles.some((role) => role !== 'employer' && role !== 'applicant');
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryOf(params), [params]);
  const [name, setName] = useState(params.get('name') ?? '');
  const chosenPlace = query.ags ? { ags: query.ags, name: params.get('ortname') ?? '' } : null;
  const [placeQuery, setPlaceQuery] = useState(chosenPlace?.name ?? '');
  const [services, setServices] = useState<ServiceInfo[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [results, setResults] = useState<Results>({ status: 'loading' });
  const latest = useRef(0);

  // From the current address, not the one of this render: a debounced name must not undo a filter chosen meanwhile.
  const update = (changes: Record<string, string | null>) => {
    if (Object.entries(changes).every(([key, value]) => (params.get(key) ?? null) === (value || null))) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };

  // The catalogue of services and the languages spoken anywhere in the directory (for the selects).
  useEffect(() => {
    void fetchServiceCatalogue().then(setServices, () => setServices([]));
    void fetchDirectory({}).then(
      (all) => setLanguages([...new Set(all.items.flatMap((item) => item.languages))]),
      () => setLanguages([]),
    );
  }, []);

  // Typing in the name field searches after a short pause.
  useEffect(() => {
    const timer = setTimeout(() => update({ name: name.trim() || null }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Only the typed name starts the timer.
  }, [name]);

  const queryKey = JSON.stringify(query);
  useEffect(() => {
    // Only the answer to the newest request is shown, whatever order answers arrive in.
    const request = ++latest.current;
    setResults((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    fetchDirectory(JSON.parse(queryKey) as DirectoryQuery).then(
      (response) => request === latest.current && setResults({ status: 'ready', response }),
      () => request === latest.current && setResults({ status: 'failed' }),
    );
  }, [queryKey]);

  const serviceOptions = services.map((service) => ({ value: service.id, label: inLanguage(service.name, language) }));
  const collator = new Intl.Collator(language);
  const languageOptions = languages
    .map((code) => ({ value: code, label: languageName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const hasFilters = Boolean(query.q || query.service || query.ags || query.language);

  return (
    <div className="page network-directory">
      <KolHeading _level={1} _label={t('network.directory.title')} />
      <p className="network-directory__intro">{t('network.directory.intro')}</p>
      <ul className="network-directory__see-also" aria-label={t('network.directory.seeAlso')}>
        <li>
          <AppLink to={paths.responsibility} label={t('responsibility.openFinder')} />
        </li>
        {isStaff ? (
          <li>
            <AppLink to={paths.networkMap} label={t('networkMap.openMap')} />
          </li>
        ) : null}
      </ul>
      <div role="search" className="network-directory__filters" aria-label={t('network.directory.filtersLabel')}>
        <TextInput form="directory" name="name" label={t('network.directory.name')} hint={t('network.directory.nameHint')} value={name} onChange={setName} />
        <SelectInput
          form="directory"
          name="service"
          label={t('network.directory.service')}
          placeholder={t('network.directory.anyService')}
          options={serviceOptions}
          value={query.service ?? ''}
          onChange={(value) => update({ angebot: value || null })}
        />
        <PlaceCombobox
          id="directory-place"
          name="place"
          label={t('network.directory.place')}
          hint={t('network.directory.placeHint')}
          query={placeQuery}
          chosen={chosenPlace}
          onQuery={(typed) => {
            setPlaceQuery(typed);
            if (chosenPlace && typed !== chosenPlace.name) update({ ort: null, ortname: null });
          }}
          onChoose={(place) => {
            setPlaceQuery(place.name);
            update({ ort: place.ags, ortname: place.name });
          }}
        />
        <SelectInput
          form="directory"
          name="language"
          label={t('network.directory.language')}
          placeholder={t('network.directory.anyLanguage')}
          options={languageOptions}
          value={query.language ?? ''}
          onChange={(value) => update({ sprache: value || null })}
        />
        {hasFilters && (
          <div className="network-directory__reset">
            <KolButton
              data-testid="directory-reset"
              _label={t('network.directory.reset')}
              _variant="secondary"
              _on={{
                onClick: () => {
                  setName('');
                  setPlaceQuery('');
                  setParams(new URLSearchParams(), { replace: true });
                },
              }}
            />
          </div>
        )}
      </div>
      <DirectoryResults results={results} />
    </div>
  );
}
