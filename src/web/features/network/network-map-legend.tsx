import { useTranslation } from 'react-i18next';
import type { NetworkGraphResponse } from '../../../contract/network-graph';
import { localized } from '../wegweiser/format';
import { kindColours } from './network-map-graph';

/** The legend in words: line styles, circle sizes, "< 5", and the colour of each kind on the map. */
export function NetworkMapLegend({ graph }: { graph: NetworkGraphResponse }) {
  const { t, i18n } = useTranslation();
  const kinds = new Map(graph.nodes.map((node) => [node.kind, localized(node.kindName, i18n.language)]));
  return (
    <section className="network-map__legend" aria-labelledby="network-map-legend-title" data-testid="network-map-legend">
      <h2 id="network-map-legend-title" className="network-map__subtitle">
        {t('networkMap.legendTitle')}
      </h2>
      <ul className="network-map__legend-lines">
        <li>
          <span className="network-map__swatch-line network-map__swatch-line--agreement" aria-hidden="true" />
          {t('networkMap.legendAgreement')}
        </li>
        <li>
          <span className="network-map__swatch-line network-map__swatch-line--referrals" aria-hidden="true" />
          {t('networkMap.legendReferrals')}
        </li>
        <li>{t('networkMap.legendSize')}</li>
        <li>{t('networkMap.legendSuppressed')}</li>
      </ul>
      <h3 className="network-map__legend-kinds-title">{t('networkMap.legendKinds')}</h3>
      <ul className="network-map__legend-kinds">
        {[...kinds].map(([kind, name]) => (
          <li key={kind}>
            <span className="network-map__swatch" style={{ backgroundColor: kindColours[kind] }} aria-hidden="true" />
            {name}
          </li>
        ))}
      </ul>
    </section>
  );
}
