import { KolButton, KolLink } from '@public-ui/react-v19';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkGraphResponse } from '../../../contract/network-graph';
import { formatDate, localized } from '../wegweiser/format';
import { countText, findEdge, findNode, hoursText, nameIndex, shareText, type Selection } from './network-map-data';

/**
 * The figures of the chosen organisation or connection. Focus moves to its heading when a new
 * choice is made, so keyboard and screen-reader users land on what they asked for.
 */
export function NetworkMapDetails({ graph, selection, onClear }: { graph: NetworkGraphResponse; selection: Selection; onClear(): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  const names = nameIndex(graph);
  const lessThanFive = t('networkMap.lessThanFive');
  const node = selection?.type === 'node' ? findNode(graph, selection.id) : undefined;
  const edge = selection?.type === 'edge' ? findEdge(graph, selection.id) : undefined;

  useEffect(() => {
    if (selection) heading.current?.focus();
  }, [selection]);

  const title = node ? node.name : edge ? (edge.type === 'agreement' ? t('networkMap.edgeAgreement') : t('networkMap.edgeReferrals')) : t('networkMap.detailsTitle');
  return (
    <section className="network-map__details" aria-labelledby="network-map-details-title" data-testid="network-map-details">
      <h2 id="network-map-details-title" ref={heading} tabIndex={-1} className="network-map__details-title">
        {title}
      </h2>
      {!node && !edge && <p>{t('networkMap.detailsHint')}</p>}
      {node && (
        <dl className="network-map__facts">
          <dt>{t('networkMap.columnKind')}</dt>
          <dd>{localized(node.kindName, language)}</dd>
          <dt>{t('networkMap.columnLand')}</dt>
          <dd>{localized(node.landName, language)}</dd>
          <dt>{t('networkMap.activity')}</dt>
          <dd data-testid="network-map-activity">{countText(node.activity, lessThanFive, language)}</dd>
        </dl>
      )}
      {node && <p className="network-map__note">{t('networkMap.activityNote')}</p>}
      {edge && (
        <dl className="network-map__facts">
          <dt>{edge.type === 'agreement' ? t('networkMap.partners') : t('networkMap.columnFrom')}</dt>
          <dd>{names.get(edge.source)}</dd>
          <dt>{edge.type === 'agreement' ? t('networkMap.partners') : t('networkMap.columnTo')}</dt>
          <dd>{names.get(edge.target)}</dd>
          {edge.type === 'agreement' ? (
            <>
              <dt>{t('networkMap.agreementTitle')}</dt>
              <dd>{edge.title}</dd>
              <dt>{t('networkMap.topic')}</dt>
              <dd>{localized(edge.topicName, language)}</dd>
              <dt>{t('networkMap.validFrom')}</dt>
              <dd>{formatDate(edge.validFrom, language)}</dd>
              <dt>{t('networkMap.validTo')}</dt>
              <dd>{edge.validTo ? formatDate(edge.validTo, language) : t('networkMap.openEnded')}</dd>
              <dt>{t('networkMap.document')}</dt>
              <dd>{edge.documentUrl ? <KolLink _href={edge.documentUrl} _label={t('networkMap.openDocument')} _target="_blank" /> : t('networkMap.noDocument')}</dd>
            </>
          ) : (
            <>
              <dt>{t('networkMap.count')}</dt>
              <dd data-testid="network-map-count">{countText(edge.count, lessThanFive, language)}</dd>
              <dt>{t('networkMap.medianAnswer')}</dt>
              <dd>{edge.medianAnswerHours === null ? t('networkMap.notShown') : t('networkMap.hours', { hours: hoursText(edge.medianAnswerHours, language) })}</dd>
              <dt>{t('networkMap.shareOnTime')}</dt>
              <dd>{edge.shareOnTime === null ? t('networkMap.notShown') : shareText(edge.shareOnTime, language)}</dd>
            </>
          )}
        </dl>
      )}
      {(node || edge) && <KolButton _label={t('networkMap.clearSelection')} _variant="secondary" _on={{ onClick: onClear }} />}
    </section>
  );
}
