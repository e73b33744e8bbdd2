import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import { networkMapChoices, type NetworkGraphResponse } from '../../../contract/network-graph';
import { fetchNetworkGraph, type NetworkMapFilter } from '../../api/network-map';
import { DateInput, RadioInput, SelectInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, localized } from '../wegweiser/format';
import type { Selection } from './network-map-data';
import { NetworkMapDetails } from './network-map-details';
import { NetworkMapExport } from './network-map-export';
import { NetworkMapGraph } from './network-map-graph';
import { NetworkMapLegend } from './network-map-legend';
import { NetworkMapTable } from './network-map-table';

const staffRoles = new Set(['admin', 'steering', 'caseworker', 'navigator', 'partner', 'editor']);
const emptyFilter: NetworkMapFilter = { from: '', to: '', kind: '', land: '', topic: '' };
const FORM = 'network-map';
// The API's bounds (contract/network-graph.ts).
const MIN_DATE = '2000-01-01';
const MAX_DATE = '2099-12-31';

/** `/netzwerk/karte`: organisations, agreements and referral flows as a graph or as tables (staff). */
export function NetworkMapPage() {
  const { t } = useTranslation();
  usePageTitle(t('networkMap.title'));
  return <RequireSession>{(me) => <NetworkMap me={me} />}</RequireSession>;
}

function NetworkMap({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const mayRead = me.user.roles.some((role) => staffRoles.has(role));
  if (!mayRead) {
    return (
      <div className="page network-map">
        <KolHeading _level={1} _label={t('networkMap.title')} />
        <KolAlert _type="warning" _variant="msg">
          {t('networkMap.notAllowed')}
        </KolAlert>
      </div>
    );
  }
  return <NetworkMapContent />;
}

function NetworkMapContent() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [draft, setDraft] = useState<NetworkMapFilter>(emptyFilter);
  const [applied, setApplied] = useState<NetworkMapFilter>(emptyFilter);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<'graph' | 'table'>('graph');
  const [selection, setSelection] = useState<Selection>(null);
  const [png, setPng] = useState<{ make: () => Promise<Blob> } | null>(null);
  const { loaded } = useLoad(() => fetchNetworkGraph(applied), `network-graph-${JSON.stringify(applied)}`);

  const set = (name: keyof NetworkMapFilter) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const apply = () => {
    if (draft.from && draft.to && draft.from > draft.to) {
      setError(t('networkMap.badPeriod'));
      return;
    }
    setError(null);
    setSelection(null);
    setApplied(draft);
  };
  const options = (choices: { value: string; name: { de: string; en: string } }[]) =>
    choices.map((choice) => ({ value: choice.value, label: localized(choice.name, language) })).sort((a, b) => a.label.localeCompare(b.label, language));

  return (
    <div className="page network-map">
      <KolHeading _level={1} _label={t('networkMap.title')} />
      <p>{t('networkMap.intro')}</p>
      <form
        className="network-map__filters"
        aria-labelledby="network-map-filters-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <h2 id="network-map-filters-title" className="network-map__subtitle">
          {t('networkMap.filtersTitle')}
        </h2>
        <div className="network-map__filter-fields">
          <DateInput form={FORM} name="from" label={t('networkMap.from')} hint={t('networkMap.periodHint')} value={draft.from} onChange={set('from')} error={error ?? undefined} min={MIN_DATE} max={MAX_DATE} />
          <DateInput form={FORM} name="to" label={t('networkMap.to')} value={draft.to} onChange={set('to')} min={MIN_DATE} max={MAX_DATE} />
          <SelectInput form={FORM} name="kind" label={t('networkMap.kind')} value={draft.kind} onChange={set('kind')} options={options(networkMapChoices.kinds)} placeholder={t('networkMap.all')} />
          <SelectInput form={FORM} name="land" label={t('networkMap.land')} value={draft.land} onChange={set('land')} options={options(networkMapChoices.laender)} placeholder={t('networkMap.all')} />
          <SelectInput
            form={FORM}
            name="topic"
            label={t('networkMap.topic')}
            hint={t('networkMap.topicHint')}
            value={draft.topic}
            onChange={set('topic')}
            options={options(networkMapChoices.topics)}
            placeholder={t('networkMap.all')}
          />
        </div>
        <KolButton data-testid="network-map-apply" _label={t('networkMap.apply')} _type="submit" _variant="primary" />
      </form>
      <LoadState loaded={loaded} missing={t('networkMap.loadFailed')} failed={t('networkMap.loadFailed')} testId="network-map-missing">
        {(graph) => (
          <MapBody
            graph={graph}
            view={view}
            onView={setView}
            selection={selection}
            onSelect={setSelection}
            png={view === 'graph' ? png : null}
            onPng={(make) => setPng(make ? { make } : null)}
            summary={t('networkMap.summary', {
              nodes: graph.nodes.length,
              agreements: new Set(graph.edges.flatMap((edge) => (edge.type === 'agreement' ? [edge.agreementId] : []))).size,
              flows: graph.edges.filter((edge) => edge.type === 'referrals').length,
              from: formatDate(graph.period.from, language),
              to: formatDate(graph.period.to, language),
            })}
          />
        )}
      </LoadState>
    </div>
  );
}

function MapBody(props: {
  graph: NetworkGraphResponse;
  view: 'graph' | 'table';
  onView(view: 'graph' | 'table'): void;
  selection: Selection;
  onSelect(selection: Selection): void;
  png: { make: () => Promise<Blob> } | null;
  onPng(make: (() => Promise<Blob>) | null): void;
  summary: string;
}) {
  const { t } = useTranslation();
  const { graph, view } = props;
  return (
    <>
      <p className="network-map__summary" role="status" data-testid="network-map-summary">
        {props.summary}
      </p>
      {graph.edges.length === 0 && <p data-testid="network-map-no-edges">{t('networkMap.noEdges')}</p>}
      <RadioInput
        form={FORM}
        name="view"
        label={t('networkMap.viewLabel')}
        value={view}
        onChange={(next) => props.onView(next === 'table' ? 'table' : 'graph')}
        options={[
          { value: 'graph', label: t('networkMap.viewGraph') },
          { value: 'table', label: t('networkMap.viewTable') },
        ]}
        horizontal
      />
      <div className="network-map__body">
        <div className="network-map__main">
          {view === 'graph' ? (
            <>
              <NetworkMapGraph graph={graph} selection={props.selection} onSelect={props.onSelect} onReady={props.onPng} />
              <NetworkMapLegend graph={graph} />
            </>
          ) : (
            <NetworkMapTable graph={graph} onSelect={props.onSelect} />
          )}
        </div>
        <NetworkMapDetails graph={graph} selection={props.selection} onClear={() => props.onSelect(null)} />
      </div>
      <NetworkMapExport graph={graph} png={props.png} />
    </>
  );
}
