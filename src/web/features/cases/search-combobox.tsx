import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type ComboOption = { value: string; name: string; details?: string };

export type SearchComboboxProps = {
  id: string;
  name: string;
  label: string;
  hint: string;
  query: string;
  chosen: boolean;
  errorText?: string;
  register?: (element: HTMLInputElement | null) => void;
  /** The options for a typed text (at least 2 characters). */
  search(query: string): Promise<ComboOption[]>;
  onQuery(query: string): void;
  onChoose(option: ComboOption): void;
};

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'failed' } | { status: 'done'; options: ComboOption[] };

/**
 * A value typed by name and chosen from suggestions: the ARIA 1.2 combobox pattern of
 * `components/place-combobox.tsx` (same look, same keys: arrows, Enter, Escape), for any search.
 */
export function SearchCombobox({ id, name, label, hint, query, chosen, errorText, register, search: runSearch, onQuery, onChoose }: SearchComboboxProps) {
  const { t } = useTranslation();
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
  const searchRef = useRef(runSearch);
  searchRef.current = runSearch;

  const needle = query.trim();
  const shouldSearch = !chosen && needle.length >= 2;
  useEffect(() => {
    if (!shouldSearch) {
      setSearch({ status: 'idle' });
      setOpen(false);
      return;
    }
    const count = ++latest.current;
    setSearch({ status: 'searching' });
    const timer = window.setTimeout(() => {
      searchRef.current(needle).then(
        (options) => {
          if (count !== latest.current) return;
          setSearch({ status: 'done', options });
          setActive(-1);
          setOpen(options.length > 0);
        },
        () => count === latest.current && setSearch({ status: 'failed' }),
      );
    }, 200);
    return () => window.clearTimeout(timer);
  }, [needle, shouldSearch]);

  useEffect(() => {
    if (search.status === 'done') setAnnouncement(search.options.length === 0 ? t('caseQualification.search.none') : t('caseQualification.search.found', { count: search.options.length }));
    else if (search.status === 'failed') setAnnouncement(t('caseQualification.search.failed'));
    else if (search.status === 'idle') setAnnouncement('');
  }, [search, t]);

  const options = search.status === 'done' ? search.options : [];
  const expanded = isOpen && options.length > 0;

  const choose = (option: ComboOption) => {
    onChoose(option);
    setOpen(false);
    setActive(-1);
    setAnnouncement(t('caseQualification.search.chosen', { name: option.name }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (expanded ? (current + step + options.length) % options.length : step === 1 ? 0 : options.length - 1));
    } else if (event.key === 'Enter') {
      const option = expanded ? options[active] : undefined;
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape' && expanded) {
      // Closes the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

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
          aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => options.length > 0 && !chosen && setOpen(true)}
        />
        <ul id={listId} role="listbox" aria-label={label} className="place-combobox__list" hidden={!expanded}>
          {options.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`place-combobox__option${index === active ? ' place-combobox__option--active' : ''}`}
              data-value={option.value}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              <span className="place-combobox__name">{option.name}</span>
              {option.details && <span className="place-combobox__details">{option.details}</span>}
            </li>
          ))}
        </ul>
      </div>
      {error && (
        <p id={errorId} className="place-combobox__error">
          {errorText}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {search.status === 'searching' ? t('caseQualification.search.searching') : announcement}
      </p>
    </div>
  );
}
