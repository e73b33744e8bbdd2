import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../contract/places';
import { searchPlaces } from '../api/places';

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'failed' } | { status: 'done'; places: Place[] };

export type PlaceComboboxProps = {
  /** The input's id (for a label elsewhere, focusing and tests). */
  id: string;
  /** The field's name in the form, set as `data-field` on the wrapper (error summaries find it). */
  name?: string;
  label: string;
  hint: string;
  query: string;
  chosen: { ags: string; name: string } | null;
  /** The error message in words, shown below the field and tied to it; absent when the field is fine. */
  errorText?: string;
  /** Receives the input element (to focus it after a refused submit). */
  register?: (element: HTMLInputElement | null) => void;
  onQuery(query: string): void;
  onChoose(place: Place): void;
};

const localized = (text: { de: string; en: string }, language: string): string => (language === 'de' ? text.de : text.en);

const minimumLength = 2;
const debounceMs = 200;

/**
 * "67059 · Kreisfreie Stadt Ludwigshafen am Rhein, Rheinland-Pfalz": a postcode (the one typed,
 * when a postcode was typed, else the first) and whether there are more, then district and Land.
 */
function placeDetails(place: Place, typed: string, language: string, postcodesMore: (first: string) => string): string {
  const first = (/^\d+$/.test(typed) ? place.postcodes.find((code) => code.startsWith(typed)) : undefined) ?? place.postcodes[0];
  const postcodes = first === undefined ? '' : place.postcodes.length > 1 ? postcodesMore(first) : first;
  const area = `${localized(place.district, language)}, ${localized(place.land.name, language)}`;
  return postcodes ? `${postcodes} · ${area}` : area;
}

/**
 * A place in Germany, typed (name or postcode) and chosen from the server's suggestions: an ARIA 1.2 combobox
 * (input with a listbox popup, aria-activedescendant, arrow keys, Enter, Escape). KoliBri 4.1's
 * KolCombobox takes plain strings and filters them itself by a substring, so it can neither
 * carry the AGS behind a name nor show server matches such as "bad duerkheim" → "Bad Dürkheim".
 */
export function PlaceCombobox({ id, name, label, hint, query, chosen, errorText, register, onQuery, onChoose }: PlaceComboboxProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const error = errorText !== undefined && errorText !== '';
  const baseId = useId();
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef(0);

  // Search while typing (debounced); nothing is searched for a chosen place or a short text.
  const needle = query.trim();
  const shouldSearch = !chosen && needle.length >= minimumLength;
  useEffect(() => {
    if (!shouldSearch) {
      setSearch({ status: 'idle' });
      setOpen(false);
      return;
    }
    const count = ++latest.current;
    setSearch({ status: 'searching' });
    const timer = window.setTimeout(() => {
      searchPlaces(needle).then(
        (places) => {
          if (count !== latest.current) return;
          setSearch({ status: 'done', places });
          setActive(-1);
          setOpen(places.length > 0);
        },
        () => count === latest.current && setSearch({ status: 'failed' }),
      );
    }, debounceMs);
    return () => window.clearTimeout(timer);
  }, [needle, shouldSearch]);

  // What a screen reader hears after a search (polite; the list itself is not read out).
  useEffect(() => {
    if (search.status === 'done') {
      setAnnouncement(search.places.length === 0 ? t('places.noneFound') : t('places.found', { count: search.places.length }));
    } else if (search.status === 'failed') setAnnouncement(t('places.searchFailed'));
    else if (search.status === 'idle') setAnnouncement('');
  }, [search, t]);

  const places = search.status === 'done' ? search.places : [];
  const expanded = isOpen && places.length > 0;

  const choose = (place: Place) => {
    onChoose(place);
    setOpen(false);
    setActive(-1);
    setAnnouncement(t('places.chosenAnnounce', { name: place.name }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (places.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (expanded ? (current + step + places.length) % places.length : step === 1 ? 0 : places.length - 1));
    } else if (event.key === 'Enter') {
      const place = expanded ? places[active] : undefined;
      if (place) {
        // Choosing a suggestion must not submit the step.
        event.preventDefault();
        choose(place);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className={`place-combobox${error ? ' place-combobox--error' : ''}`} data-field={name}>
      <label className="place-combobox__label" htmlFor={id}>
        {label}
      </label>
      <p id={hintId} className="place-combobox__hint">
        {hint}
      </p>
      <div className="place-combobox__box">
        <input
          id={id}
          ref={register}
          className="place-combobox__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => places.length > 0 && !chosen && setOpen(true)}
        />
        <ul id={listId} role="listbox" aria-label={label} className="place-combobox__list" hidden={!expanded}>
          {places.map((place, index) => (
            <li
              key={place.ags}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`place-combobox__option${index === active ? ' place-combobox__option--active' : ''}`}
              data-ags={place.ags}
              // Keep the focus in the input; the click chooses.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(place)}
            >
              <span className="place-combobox__name">{place.name}</span>
              <span className="place-combobox__details">{placeDetails(place, needle, language, (first) => t('places.postcodesMore', { first }))}</span>
            </li>
          ))}
        </ul>
      </div>
      {error && (
        <p id={errorId} className="place-combobox__error">
          {errorText}
        </p>
      )}
      <p className="visually-hidden" role="status" data-testid="place-status">
        {search.status === 'searching' ? t('places.searching') : announcement}
      </p>
    </div>
  );
}
