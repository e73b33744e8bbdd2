import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Focusable } from '../../components/form-fields';
import type { ErrorKey, FormErrors } from './person-form';

/**
 * The focusable fields of a form by name, for the error summary's links and for moving focus
 * to a field; `register(name)` gives each field one stable ref callback.
 */
export function useFieldRegistry() {
  const fields = useRef(new Map<string, Focusable>());
  const callbacks = useRef(new Map<string, (element: Focusable | null) => void>());
  const register = useCallback((name: string) => {
    let callback = callbacks.current.get(name);
    if (!callback) {
      callback = (element: Focusable | null) => {
        if (element) fields.current.set(name, element);
        else fields.current.delete(name);
      };
      callbacks.current.set(name, callback);
    }
    return callback;
  }, []);
  const focus = useCallback((name: string) => void fields.current.get(name)?.focus(), []);
  return { fields: fields.current, register, focus };
}

/** Translated error messages, and the summary's entries in the order of the form's fields. */
export function useErrorTexts<K extends string>(errors: FormErrors<K>, labels: Record<K, string>) {
  const { t } = useTranslation();
  const message = (name: K): string | undefined => {
    const key: ErrorKey | undefined = errors[name];
    return key ? t(`cases.errors.${key}`) : undefined;
  };
  const summary = (Object.keys(labels) as K[])
    .filter((name) => errors[name] !== undefined)
    .map((name): [string, string, string] => [name, labels[name], message(name) ?? '']);
  return { message, summary };
}
