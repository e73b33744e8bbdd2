import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldName } from './steps';
import { errorText } from './field-controls';
import type { FieldErrors } from './validate';

/** "Alter:" but "Wo leben Sie zurzeit?" (a question keeps its question mark). */
const withColon = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);

type ErrorSummaryProps = { errors: FieldErrors; onSelect(field: FieldName): void; labelOf(field: FieldName): string };

/**
 * The errors of the current step at its top (focused and announced when it appears), each a
 * link that moves focus to its field; the messages also stand next to the fields.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ errors, onSelect, labelOf }, ref) {
  const { t, i18n } = useTranslation();
  const entries = Object.entries(errors) as [FieldName, NonNullable<FieldErrors[FieldName]>][];
  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} data-testid="wegweiser-error-summary">
      <h3 className="error-summary__title">{t('wegweiser.problems.summaryTitle')}</h3>
      <ul className="error-summary__list">
        {entries.map(([field, error]) => (
          <li key={field}>
            <a
              href={`#wegweiser-${field}`}
              onClick={(event) => {
                event.preventDefault();
                onSelect(field);
              }}
            >
              {withColon(labelOf(field))} {errorText(error, t, i18n.language)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
