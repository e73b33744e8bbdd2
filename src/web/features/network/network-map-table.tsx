import { KolButton } from '@public-ui/react-v19';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NetworkEdge, NetworkGraphResponse } from '../../../contract/network-graph';
import { localized } from '../wegweiser/format';
import { countText, hoursText, nameIndex, shareText, type Selection } from './network-map-data';

/** What an edge says in one line of words (for the table and the CSV). */
export function edgeFigures(edge: NetworkEdge, t: TFunction, language: string): string {
  if (edge.type === 'agreement') return `${edge.title} (${localized(edge.topicName, language)})`;
  const parts = [t('networkMap.referralSummary', { count: countText(edge.count, t('networkMap.lessThanFive'), language) })];
  if (edge.medianAnswerHours !== null) parts.push(`${t('networkMap.medianAnswer')}: ${t('networkMap.hours', { hours: hoursText(edge.medianAnswerHours, language) })}`);
  if (edge.shareOnTime !== null) parts.push(`${t('networkMap.shareOnTime')}: ${shareText(edge.shareOnTime, language)}`);
  return parts.join('; ');
}

/** The same nodes and edges as the graph, as two tables (keyboard and screen-reader users). */
export function NetworkMapTable({ graph, onSelect }: { graph: NetworkGraphResponse; onSelect(selection: Selection): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const names = nameIndex(graph);
  const lessThanFive = t('networkMap.lessThanFive');
  return (
    <div className="network-map__tables" data-testid="network-map-table">
      <div className="table-scroll" role="region" aria-label={t('networkMap.nodesTitle')} tabIndex={0}>
        <table className="data-table network-map__table" data-testid="network-map-nodes">
          <caption>{t('networkMap.nodesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('networkMap.columnName')}</th>
              <th scope="col">{t('networkMap.columnKind')}</th>
              <th scope="col">{t('networkMap.columnLand')}</th>
              <th scope="col" className="numeric">
                {t('networkMap.columnActivity')}
              </th>
              <th scope="col">{t('networkMap.columnDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {graph.nodes.map((node) => (
              <tr key={node.id} data-node={node.id}>
                <th scope="row">{node.name}</th>
                <td>{localized(node.kindName, language)}</td>
                <td>{localized(node.landName, language)}</td>
                <td className="numeric">{countText(node.activity, lessThanFive, language)}</td>
                <td>
                  <KolButton
                    _label={t('networkMap.columnDetails')}
                    _variant="secondary"
                    _on={{ onClick: () => onSelect({ type: 'node', id: node.id }) }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" role="region" aria-label={t('networkMap.edgesTitle')} tabIndex={0}>
        <table className="data-table network-map__table" data-testid="network-map-edges">
          <caption>{t('networkMap.edgesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('networkMap.columnType')}</th>
              <th scope="col">{t('networkMap.columnFrom')}</th>
              <th scope="col">{t('networkMap.columnTo')}</th>
              <th scope="col">{t('networkMap.columnFigures')}</th>
              <th scope="col">{t('networkMap.columnDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {graph.edges.map((edge) => {
              return (
                <tr key={edge.id} data-edge={edge.id} data-type={edge.type}>
                  <th scope="row">{edge.type === 'agreement' ? t('networkMap.edgeAgreement') : t('networkMap.edgeReferrals')}</th>
                  <td>{names.get(edge.source)}</td>
                  <td>{names.get(edge.target)}</td>
                  <td>{edgeFigures(edge, t, language)}</td>
                  <td>
                    <KolButton
                      _label={t('networkMap.columnDetails')}
                      _variant="secondary"
                      _on={{ onClick: () => onSelect({ type: 'edge', id: edge.id }) }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
