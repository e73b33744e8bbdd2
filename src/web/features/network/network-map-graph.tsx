import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkGraphResponse } from '../../../contract/network-graph';
import type { Selection } from './network-map-data';

/**
 * Colours per kind of organisation: distinct, each at least 3:1 against white (WCAG 1.4.11), and
 * always named in the legend, so colour is never the only hint.
 */
export const kindColours: Record<string, string> = {
  abh: '#1f5fa8',
  welcome_center: '#b3261e',
  iq: '#1b7f4b',
  employment_agency: '#8a4b00',
  zav: '#6b3fa0',
  chamber: '#00727a',
  recognition_body: '#9c2f6f',
  zsba: '#4d5b00',
  community: '#c2410c',
  steering: '#3b3b3b',
  employer: '#5b4636',
  course_provider: '#a16207',
  migration_counselling: '#7a1f3d',
  information_service: '#55606e',
};

const MIN_SIZE = 24;
const MAX_SIZE = 68;

/** Organisations with at least one connection: the others would only crowd the drawing (the table lists them). */
export function connectedIds(graph: NetworkGraphResponse): Set<string> {
  return new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
}

function elementsOf(graph: NetworkGraphResponse): ElementDefinition[] {
  const connected = connectedIds(graph);
  const largest = Math.max(1, ...graph.nodes.map((node) => node.activity.value ?? 0));
  const nodes: ElementDefinition[] = graph.nodes.filter((node) => connected.has(node.id)).map((node) => ({
    data: {
      id: node.id,
      label: node.name,
      colour: kindColours[node.kind] ?? '#3b3b3b',
      // Suppressed (1–4) draws like a small number; 0 the smallest.
      size: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((node.activity.value ?? (node.activity.suppressed ? 2 : 0)) / largest),
    },
  }));
  const edges: ElementDefinition[] = graph.edges.map((edge) => ({
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      kind: edge.type,
      width: edge.type === 'referrals' ? 1.5 + Math.min(5, Math.log2(1 + (edge.count.value ?? 2) / 3)) : 2.5,
    },
  }));
  return [...nodes, ...edges];
}

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 12,
      color: '#1b1b1b',
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'edge', style: { 'curve-style': 'bezier', width: 'data(width)' } },
  { selector: 'edge[kind = "agreement"]', style: { 'line-color': '#4a4a4a', 'line-style': 'solid' } },
  {
    selector: 'edge[kind = "referrals"]',
    style: { 'line-color': '#b5441b', 'line-style': 'dashed', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b5441b', 'arrow-scale': 0.9 },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111' } },
  { selector: 'edge:selected', style: { 'line-color': '#111111', 'target-arrow-color': '#111111', width: 5 } },
];

/** The Cytoscape drawing. Cytoscape itself is loaded on demand, so no other page carries it. */
export function NetworkMapGraph({
  graph,
  selection,
  onSelect,
  onReady,
}: {
  graph: NetworkGraphResponse;
  selection: Selection;
  onSelect(selection: Selection): void;
  /** Gives the page a way to export the drawing as PNG (null while there is none). */
  onReady(png: (() => Promise<Blob>) | null): void;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const [isDrawn, setDrawn] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    let cy: Core | null = null;
    let resize: ResizeObserver | null = null;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (!isCurrent || !container.current) return;
      cy = cytoscape({
        container: container.current,
        elements: elementsOf(graph),
        style,
        layout: {
          name: 'cose',
          animate: false,
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 14000,
          idealEdgeLength: () => 110,
          nodeOverlap: 12,
          componentSpacing: 40,
          gravity: 0.5,
          numIter: 1500,
          padding: 20,
        },
        wheelSensitivity: 0.3,
        selectionType: 'single',
      });
      cy.on('tap', 'node', (event) => select.current({ type: 'node', id: String(event.target.id()) }));
      cy.on('tap', 'edge', (event) => select.current({ type: 'edge', id: String(event.target.id()) }));
      cy.on('tap', (event) => {
        if (event.target === cy) select.current(null);
      });
      cyRef.current = cy;
      // A narrower window (a phone turned, a sidebar opened) redraws the whole network in view.
      resize = new ResizeObserver(() => {
        cy?.resize();
        cy?.fit(undefined, 20);
      });
      resize.observe(container.current);
      setDrawn(true);
      onReady(() => (cy as Core).png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 }));
    });
    return () => {
      isCurrent = false;
      resize?.disconnect();
      onReady(null);
      cyRef.current = null;
      cy?.destroy();
    };
    // `onReady` is stable (a state setter of the page); redraw only for a new graph.
  }, [graph]);

  // Mirror the page's selection (from the table or the panel) in the drawing.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements().unselect();
    if (selection) cy.getElementById(selection.id).select();
  }, [selection, isDrawn]);

  const unconnected = graph.nodes.length - connectedIds(graph).size;
  return (
    <div className="network-map__canvas-wrap">
      {!isDrawn && <p className="network-map__loading">{t('networkMap.graphLoading')}</p>}
      <div
        ref={container}
        className="network-map__canvas"
        role="img"
        aria-label={t('networkMap.graphLabel', { nodes: graph.nodes.length - unconnected, edges: graph.edges.length })}
        data-testid="network-map-canvas"
      />
      {unconnected > 0 && (
        <p className="network-map__note" data-testid="network-map-unconnected">
          {t('networkMap.unconnected', { count: unconnected })}
        </p>
      )}
    </div>
  );
}
