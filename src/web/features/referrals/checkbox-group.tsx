import { KolInputCheckbox } from '@public-ui/react-v19';
import type { Option } from '../../components/form-fields';

/** A group of checkboxes in a fieldset with a legend; `error` is said once, next to the legend. */
export function CheckboxGroup(props: { name: string; legend: string; options: Option[]; values: string[]; onChange(values: string[]): void; error?: string | undefined; hint?: string }) {
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...new Set([...props.values, value])] : props.values.filter((candidate) => candidate !== value);
    props.onChange(props.options.map((option) => option.value).filter((candidate) => next.includes(candidate)));
  };
  return (
    <fieldset className="referral-checkboxes" data-field={props.name} aria-describedby={props.error ? `${props.name}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && <p className="referral-hint">{props.hint}</p>}
      {props.error && (
        <p id={`${props.name}-error`} className="referral-error" role="alert">
          {props.error}
        </p>
      )}
      {props.options.map((option) => (
        <KolInputCheckbox
          key={option.value}
          data-option={option.value}
          _name={`${props.name}-${option.value}`}
          _label={option.label}
          _checked={props.values.includes(option.value)}
          _value={true}
          // KoliBri reports the checkbox's `_value` when checked and null when not.
          _on={{ onInput: (_event: Event, next?: unknown) => toggle(option.value, next === true) }}
        />
      ))}
    </fieldset>
  );
}
