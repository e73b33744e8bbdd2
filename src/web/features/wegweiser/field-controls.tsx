import { KolInputCheckbox, KolInputDate, KolInputNumber, KolInputRadio, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format';
import { intlLocale } from '../../i18n/locale';
import type { FieldName } from './steps';
import type { FieldError } from './validate';

/** Anything KoliBri can focus (its components expose an async `focus()`). */
export type Focusable = { focus(): unknown };
export type Option = { value: string; label: string };

type Common = {
  name: FieldName;
  label: string;
  hint?: string;
  error?: FieldError;
  required?: boolean;
  /** Registers the element, so the error summary and server errors can move focus to it. */
  register: (name: FieldName) => (element: Focusable | null) => void;
};

/** KoliBri's message props: shown next to the field and tied to it with aria-describedby. */
export function useMessage(error: FieldError | undefined) {
  const { t, i18n } = useTranslation();
  if (!error) return { _touched: false, _msg: undefined };
  return { _touched: true, _msg: { _type: 'error' as const, _description: errorText(error, t, i18n.language) } };
}

/** The translated text of a field error; ISO dates among its values read as dates. */
export function errorText(error: FieldError, t: ReturnType<typeof useTranslation>['t'], language: string): string {
  // ISO dates read as dates, whole numbers with the language's digit grouping ("100.000.000").
  const asDate = (value = '') =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, language) : /^-?\d+$/.test(value) ? new Intl.NumberFormat(intlLocale(language)).format(Number(value)) : value;
  // A key built from a union against the whole typed catalogue exceeds TypeScript's instantiation depth
  // once the catalogue grows; ErrorKey is `keyof de.wegweiser.errors`, so every key exists.
  const translate = t as unknown as (key: string, values: Record<string, string>) => string;
  const values = Object.fromEntries(Object.entries(error.values ?? {}).map(([key, value]) => [key, asDate(value)]));
  return translate(`wegweiser.errors.${error.key}`, { from: '', until: '', ...values });
}

export const hostId = (name: FieldName) => `wegweiser-${name}`;

export function RadioField({ name, label, hint, error, required, register, options, value, onChange, horizontal }: Common & {
  options: Option[];
  value: string;
  onChange(value: string): void;
  horizontal?: boolean;
}) {
  const message = useMessage(error);
  return (
    <KolInputRadio
      id={hostId(name)}
      ref={register(name)}
      data-field={name}
      _name={name}
      _label={label}
      _hint={hint}
      _required={required}
      _orientation={horizontal ? 'horizontal' : 'vertical'}
      _options={options}
      _value={value === '' ? null : value}
      {...message}
      _on={{ onInput: (_event: Event, next?: unknown) => onChange(String(next ?? '')) }}
    />
  );
}

export function SelectField({ name, label, hint, error, required, register, options, value, onChange, placeholder }: Common & {
  options: Option[];
  value: string;
  onChange(value: string): void;
  /** The label of an empty first option ("please choose"); omitted when a value is always set. */
  placeholder?: string;
}) {
  const message = useMessage(error);
  const all = placeholder === undefined ? options : [{ value: '', label: placeholder }, ...options];
  return (
    <KolSelect
      id={hostId(name)}
      ref={register(name)}
      data-field={name}
      _name={name}
      _label={label}
      _hint={hint}
      _required={required}
      _options={all}
      _value={value}
      {...message}
      _on={{ onInput: (_event: Event, next?: unknown) => onChange(String((Array.isArray(next) ? next[0] : next) ?? '')) }}
    />
  );
}

export function NumberField({ name, label, hint, error, required, register, value, onChange, min, max, step }: Common & {
  value: number | null;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  step?: number;
}) {
  const message = useMessage(error);
  return (
    <KolInputNumber
      id={hostId(name)}
      ref={register(name)}
      data-field={name}
      _name={name}
      _label={label}
      _hint={hint}
      _required={required}
      _min={min}
      _max={max}
      _step={step}
      _value={value}
      {...message}
      _on={{
        onInput: (_event: Event, next?: unknown) => {
          const number = typeof next === 'number' ? next : next === null || next === undefined || next === '' ? null : Number(next);
          onChange(number === null || Number.isNaN(number) ? null : number);
        },
      }}
    />
  );
}

export function DateField({ name, label, hint, error, required, register, value, onChange, min, max }: Common & {
  value: string;
  onChange(value: string): void;
  min?: string;
  max?: string;
}) {
  const message = useMessage(error);
  return (
    <KolInputDate
      id={hostId(name)}
      ref={register(name)}
      data-field={name}
      _name={name}
      _type="date"
      _label={label}
      _hint={hint}
      _required={required}
      _min={min as `${number}-${number}-${number}` | undefined}
      _max={max as `${number}-${number}-${number}` | undefined}
      _value={(value || null) as `${number}-${number}-${number}` | null}
      {...message}
      _on={{ onInput: (_event: Event, next?: unknown) => onChange(typeof next === 'string' ? next : '') }}
    />
  );
}

export function TextField({ name, label, hint, error, required, register, value, onChange }: Common & {
  value: string;
  onChange(value: string): void;
}) {
  const message = useMessage(error);
  return (
    <KolInputText
      id={hostId(name)}
      ref={register(name)}
      data-field={name}
      _name={name}
      _label={label}
      _hint={hint}
      _required={required}
      _value={value}
      {...message}
      _on={{ onInput: (_event: Event, next?: unknown) => onChange(String(next ?? '')) }}
    />
  );
}

export function CheckboxField({ name, label, hint, error, register, checked, onChange }: Omit<Common, 'required'> & {
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const message = useMessage(error);
  return (
    <KolInputCheckbox
      id={hostId(name)}
      ref={register(name)}
      data-field={name}
      _name={name}
      _label={label}
      _hint={hint}
      _checked={checked}
      _value={true}
      {...message}
      // KoliBri reports the checkbox's `_value` when checked and null when not.
      _on={{ onInput: (_event: Event, next?: unknown) => onChange(next === true) }}
    />
  );
}
