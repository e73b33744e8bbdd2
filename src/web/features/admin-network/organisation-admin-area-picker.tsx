import { KolButton } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminArea } from '../../../contract/admin-network';
import { searchPlaces } from '../../api/places';
import { TextInput } from '../../components/form-fields';

type Found = { area: AdminArea; detail: string };

const simplify = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * Areas by name: Länder and districts (from the administration) and municipalities (from the
 * place search, by name or postcode). Stores the AGS, shows the name; each chosen area can be removed.
 */
export function AreaPicker(props: { form: string; name: string; value: AdminArea[]; choices: AdminArea[]; onChange(areas: AdminArea[]): void; error?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < 2) {
      setFound(null);
      return;
    }
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      const needle = simplify(trimmed);
      const regional: Found[] = /^\d+$/.test(trimmed)
        ? []
        : props.choices
            .filter((area) => simplify(area.name.de).includes(needle) || simplify(area.name.en).includes(needle))
            .map((area) => ({ area, detail: t(`adminNetwork.areas.level.${area.level}`) }));
      searchPlaces(trimmed, 8)
        .catch(() => [])
        .then((places) => {
          if (!isCurrent) return;
          const municipalities = places.map((place) => ({
            area: { ags: place.ags, level: 'municipality' as const, name: { de: place.name, en: place.name } },
            detail: t('adminNetwork.areas.inDistrict', { district: place.district[language] }),
          }));
          setFound([...regional, ...municipalities].filter((item) => !props.value.some((chosen) => chosen.ags === item.area.ags)).slice(0, 10));
        });
    }, 200);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [query, props.choices, props.value, t, language]);

  return (
    <div className="admin-network-areas" data-field={props.name}>
      {props.error && (
        <p className="admin-network-error" role="alert">
          {props.error}
        </p>
      )}
      {props.value.length === 0 ? (
        <p>{t('adminNetwork.areas.empty')}</p>
      ) : (
        <ul className="admin-network-chosen" data-testid={`${props.form}-${props.name}-chosen`}>
          {props.value.map((area) => (
            <li key={area.ags}>
              <span>
                {area.name[language]} <span className="admin-network-muted">({t(`adminNetwork.areas.level.${area.level}`)})</span>
              </span>
              <KolButton
                _label={t('adminNetwork.areas.remove', { name: area.name[language] })}
                _variant="tertiary"
                _on={{ onClick: () => props.onChange(props.value.filter((item) => item.ags !== area.ags)) }}
              />
            </li>
          ))}
        </ul>
      )}
      <TextInput form={props.form} name={`${props.name}-search`} label={t('adminNetwork.areas.search')} hint={t('adminNetwork.areas.searchHint')} value={query} onChange={setQuery} />
      {found !== null && (
        <div role="status" className="admin-network-found">
          {found.length === 0 ? (
            <p>{t('adminNetwork.areas.noMatch', { query: query.trim() })}</p>
          ) : (
            <ul className="admin-network-chosen" data-testid={`${props.form}-${props.name}-found`}>
              {found.map((item) => (
                <li key={item.area.ags}>
                  <span>
                    {item.area.name[language]} <span className="admin-network-muted">({item.detail})</span>
                  </span>
                  <KolButton
                    _label={t('adminNetwork.areas.add', { name: item.area.name[language] })}
                    _variant="secondary"
                    _on={{
                      onClick: () => {
                        props.onChange([...props.value, item.area]);
                        setQuery('');
                      },
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
