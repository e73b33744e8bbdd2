import { KolInputDate, KolInputRadio, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';

/** Anything KoliBri can focus (its components expose an async `focus()`). */
export type Focusable = { focus(): unknown };
export type Option = { value: string; label: string };

/**
 * Form controls on KoliBri for the signed-in forms (cases): label, hint, an error message next
 * to the field (tied to it by KoliBri), and a `data-field` hook for tests and error links.
 */
type Common = {
  /** The field's name; also its element id (`field-<form>-<name>`) together with `form`. */
  name: string;
  form: string;
  label: string;
  hint?: string;
  /** The translated error message, if any. */
  error?: string;
  required?: boolean;
  fieldRef?: (element: Focusable | null) => void;
};

/** The element id of a field, for the error summary's links. */
export const fieldId = (form: string, name: string) => `field-${form}-${name}`;

function message(error: string | undefined) {
  return error ? { _touched: true, _msg: { _type: 'error' as const, _description: error } } : { _touched: false, _msg: undefined };
}

const common = ({ name, form, label, hint, error, required, fieldRef }: Common) => ({
  id: fieldId(form, name),
  ref: fieldRef,
  'data-field': name,
  _name: name,
  _label: label,
  _hint: hint,
  _required: required,
  ...message(error),
});

export function TextInput(props: Common & { value: string; onChange(value: string): void; autoComplete?: string }) {
  return (
    <KolInputText
      {...common(props)}
      _autoComplete={props.autoComplete}
      _value={props.value}
      _on={{ onInput: (_event: Event, next?: unknown) => props.onChange(String(next ?? '')) }}
    />
  );
}

export function TextareaInput(props: Common & { value: string; onChange(value: string): void; rows?: number }) {
  return (
    <KolTextarea
      {...common(props)}
      _rows={props.rows ?? 3}
      _value={props.value}
      _on={{ onInput: (_event: Event, next?: unknown) => props.onChange(String(next ?? '')) }}
    />
  );
}

type IsoDate = `${number}-${number}-${number}`;

export function DateInput(props: Common & { value: string; onChange(value: string): void; min?: string; max?: string }) {
  return (
    <KolInputDate
      {...common(props)}
      _type="date"
      _min={props.min as IsoDate | undefined}
      _max={props.max as IsoDate | undefined}
      _value={(props.value || null) as IsoDate | null}
      _on={{ onInput: (_event: Event, next?: unknown) => props.onChange(typeof next === 'string' ? next : '') }}
    />
  );
}

export function SelectInput(props: Common & { value: string; onChange(value: string): void; options: Option[]; placeholder?: string }) {
  const options = props.placeholder === undefined ? props.options : [{ value: '', label: props.placeholder }, ...props.options];
  return (
    <KolSelect
      {...common(props)}
      _options={options}
      _value={props.value}
      _on={{ onInput: (_event: Event, next?: unknown) => props.onChange(String((Array.isArray(next) ? next[0] : next) ?? '')) }}
    />
  );
}

export function RadioInput(props: Common & { value: string; onChange(value: string): void; options: Option[]; horizontal?: boolean }) {
  return (
    <KolInputRadio
      {...common(props)}
      _orientation={props.horizontal ? 'horizontal' : 'vertical'}
      _options={props.options}
      _value={props.value}
      _on={{ onInput: (_event: Event, next?: unknown) => props.onChange(String(next ?? '')) }}
    />
  );
}
