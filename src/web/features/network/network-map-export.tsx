import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { NetworkGraphResponse } from '../../../contract/network-graph';
import { localized } from '../wegweiser/format';
import { countText, download, nameIndex, toCsv } from './network-map-data';

/** CSV of the connections and of the organisations, PNG of the drawing: downloads, the page stays. */
export function NetworkMapExport({ graph, png }: { graph: NetworkGraphResponse; png: { make: () => Promise<Blob> } | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const lessThanFive = t('networkMap.lessThanFive');
  const suffix = `${graph.period.from}-${graph.period.to}`;
  const names = nameIndex(graph);
  const decimal = (value: number | null) => (value === null ? '' : value.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 3 }));

  const edgesCsv = () =>
    toCsv([
      [
        t('networkMap.csvType'),
        t('networkMap.columnFrom'),
        t('networkMap.columnTo'),
        t('networkMap.agreementTitle'),
        t('networkMap.csvTopic'),
        t('networkMap.validFrom'),
        t('networkMap.validTo'),
        t('networkMap.document'),
        t('networkMap.count'),
        t('networkMap.medianAnswer'),
        t('networkMap.shareOnTime'),
      ],
      ...graph.edges.map((edge) =>
        edge.type === 'agreement'
          ? [t('networkMap.edgeAgreement'), names.get(edge.source) ?? '', names.get(edge.target) ?? '', edge.title, localized(edge.topicName, language), edge.validFrom, edge.validTo ?? '', edge.documentUrl ?? '', '', '', '']
          : [t('networkMap.edgeReferrals'), names.get(edge.source) ?? '', names.get(edge.target) ?? '', '', '', '', '', '', countText(edge.count, lessThanFive, language), decimal(edge.medianAnswerHours), decimal(edge.shareOnTime)],
      ),
    ]);
  const nodesCsv = () =>
    toCsv([
      [t('networkMap.columnName'), t('networkMap.columnKind'), t('networkMap.columnLand'), t('networkMap.activity')],
      ...graph.nodes.map((node) => [node.name, localized(node.kindName, language), localized(node.landName, language), countText(node.activity, lessThanFive, language)]),
    ]);
  const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

  return (
    <section className="network-map__export" aria-labelledby="network-map-export-title">
      <h2 id="network-map-export-title" className="network-map__subtitle">
        {t('networkMap.exportTitle')}
      </h2>
      <div className="network-map__export-actions">
        <KolButton data-testid="network-map-export-edges" _label={t('networkMap.exportEdges')} _variant="secondary" _on={{ onClick: () => download(`netzwerkkarte-verbindungen-${suffix}.csv`, csv(edgesCsv())) }} />
        <KolButton data-testid="network-map-export-nodes" _label={t('networkMap.exportNodes')} _variant="secondary" _on={{ onClick: () => download(`netzwerkkarte-organisationen-${suffix}.csv`, csv(nodesCsv())) }} />
        {png ? (
          <KolButton
            data-testid="network-map-export-png"
            _label={t('networkMap.exportPng')}
            _variant="secondary"
            _on={{ onClick: () => void png.make().then((blob) => download(`netzwerkkarte-${suffix}.png`, blob)) }}
          />
        ) : (
          <p className="network-map__note">{t('networkMap.exportPngUnavailable')}</p>
        )}
      </div>
    </section>
  );
}
