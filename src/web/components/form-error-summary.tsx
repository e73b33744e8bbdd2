import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type Focusable } from './form-fields';

type FormErrorSummaryProps = {
  form: string;
  /** field name → [label, message], in the order of the form. */
  errors: [name: string, label: string, message: string][];
  fields: Map<string, Focusable>;
};

const withColon = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);

/**
 * The errors of a form at its top (focused when they appear, and announced), each a link
 * that moves focus to its field; the messages also stand next to the fields.
 */
export const FormErrorSummary = forwardRef<HTMLDivElement, FormErrorSummaryProps>(function FormErrorSummary({ form, errors, fields }, ref) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} data-testid={`${form}-error-summary`}>
      <h3 className="error-summary__title">{t('cases.form.summaryTitle')}</h3>
      <ul className="error-summary__list">
        {errors.map(([name, label, text]) => (
          <li key={name}>
            <a
              href={`#${fieldId(form, name)}`}
              onClick={(event) => {
                event.preventDefault();
                void fields.get(name)?.focus();
              }}
            >
              {withColon(label)} {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
