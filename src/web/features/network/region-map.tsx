import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionOutline } from '../../../contract/directory';
import { fetchRegionOutline } from '../../api/directory';

export type MapMarker = { latitude: number; longitude: number };

type RegionMapProps = {
  /** The map in words (it is one image to assistive technology; the page says the same in text). */
  label: string;
  markers: MapMarker[];
  /** Smaller map (the organisation page). */
  isSmall?: boolean;
  testId?: string;
};

/** Colours with at least 3:1 contrast against the map's light background (WCAG 1.4.11). */
const outlineStyle: L.PathOptions = { color: '#3b4a5a', weight: 1.5, fillColor: '#dce6ef', fillOpacity: 1 };
const markerStyle: L.CircleMarkerOptions = { color: '#ffffff', weight: 2, fillColor: '#8a1538', fillOpacity: 1, interactive: false };

/** Markers at the same position become one, larger the more organisations it stands for. */
function groupMarkers(markers: MapMarker[]): { latitude: number; longitude: number; count: number }[] {
  const groups = new Map<string, { latitude: number; longitude: number; count: number }>();
  for (const marker of markers) {
    const key = `${marker.latitude.toFixed(4)},${marker.longitude.toFixed(4)}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { latitude: marker.latitude, longitude: marker.longitude, count: 1 });
  }
  return [...groups.values()];
}

/**
 * The region's districts as outlines with organisations as points: Leaflet without any tile
 * server (the outline is a file of the app), so it works offline and in tests. The map is a
 * picture, not a control: no panning, zooming or focusable parts.
 */
export function RegionMap({ label, markers, isSmall = false, testId }: RegionMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [outline, setOutline] = useState<RegionOutline | null>(null);
  const [hasFailed, setFailed] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    fetchRegionOutline().then(
      (data) => isCurrent && setOutline(data),
      () => isCurrent && setFailed(true),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(() => {
    const element = container.current;
    if (!element || !outline) return;
    const map = L.map(element, {
      zoomControl: false,
      attributionControl: true,
      dragging: false,
      touchZoom: false,
      scrollWheelZoom: false,
      doubleClickZoom: false,
      boxZoom: false,
      keyboard: false,
      // No animations: a picture that only ever fits itself to its box.
      fadeAnimation: false,
      zoomAnimation: false,
      markerZoomAnimation: false,
      zoomSnap: 0.25,
    });
    map.attributionControl.setPrefix(false).addAttribution('© GeoBasis-DE / BKG 2016');
    const districts = L.geoJSON(outline as GeoJSON.FeatureCollection, { style: () => outlineStyle, interactive: false });
    const bounds = districts.getBounds();
    // Leaflet can only compute a view for a box with a size (not while the page lays itself out).
    const fit = () => {
      if (element.clientWidth > 0 && element.clientHeight > 0) map.fitBounds(bounds, { padding: [8, 8], animate: false });
    };
    // Leaflet draws vector layers only once the map has a view: give it one first.
    map.setView(bounds.getCenter(), 8, { animate: false });
    fit();
    districts.addTo(map);
    for (const group of groupMarkers(markers)) {
      L.circleMarker([group.latitude, group.longitude], { ...markerStyle, radius: 6 + Math.min(8, 2 * Math.sqrt(group.count - 1)) }).addTo(map);
    }
    let isRemoved = false;
    const observer = new ResizeObserver(() => {
      if (isRemoved) return;
      map.invalidateSize({ animate: false });
      fit();
    });
    observer.observe(element);
    return () => {
      isRemoved = true;
      observer.disconnect();
      map.remove();
    };
  }, [outline, markers]);

  if (hasFailed) return <p className="region-map__failed">{t('network.map.failed')}</p>;
  return (
    <figure className={`region-map${isSmall ? ' region-map--small' : ''}`} data-testid={testId}>
      <div ref={container} className="region-map__canvas" role="img" aria-label={label} data-ready={outline ? 'true' : 'false'} />
      <figcaption className="region-map__caption">{t('network.map.caption')}</figcaption>
    </figure>
  );
}

/** Whether a position lies within the region's map (a rough box around the districts). */
export const isInRegion = ({ latitude, longitude }: MapMarker): boolean => latitude > 48.95 && latitude < 49.8 && longitude > 7.8 && longitude < 9.65;
