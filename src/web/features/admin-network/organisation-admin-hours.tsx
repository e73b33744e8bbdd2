import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextInput } from '../../components/form-fields';

export type HoursDraft = { weekday: string; opens: string; closes: string }[];

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** Regular opening hours as rows of weekday, opens and closes ("09:00"); rows can be added and removed. */
export function OpeningHoursInput({ value, onChange, error }: { value: HoursDraft; onChange(next: HoursDraft): void; error?: string | undefined }) {
  const { t } = useTranslation();
  const change = (index: number, key: 'weekday' | 'opens' | 'closes', next: string) => onChange(value.map((row, at) => (at === index ? { ...row, [key]: next } : row)));
  return (
    <fieldset className="admin-network-fieldset" data-field="openingHours">
      <legend>{t('adminNetwork.org.openingHours')}</legend>
      <p className="admin-network-muted">{t('adminNetwork.org.hoursHint')}</p>
      {error && (
        <p className="admin-network-error" role="alert">
          {error}
        </p>
      )}
      {value.map((row, index) => {
        const day = t(`adminNetwork.org.weekday.${row.weekday as '1'}`);
        return (
          <div key={index} className="admin-network-hours">
            <SelectInput
              form={`hours-${index}`}
              name="weekday"
              label={t('adminNetwork.org.hoursDay', { number: index + 1 })}
              value={row.weekday}
              onChange={(next) => change(index, 'weekday', next)}
              options={weekdays.map((weekday) => ({ value: weekday, label: t(`adminNetwork.org.weekday.${weekday}`) }))}
            />
            <TextInput form={`hours-${index}`} name="opens" label={t('adminNetwork.org.opens', { day })} value={row.opens} onChange={(next) => change(index, 'opens', next)} />
            <TextInput form={`hours-${index}`} name="closes" label={t('adminNetwork.org.closes', { day })} value={row.closes} onChange={(next) => change(index, 'closes', next)} />
            <KolButton _label={t('adminNetwork.org.removeHours', { number: index + 1 })} _variant="tertiary" _on={{ onClick: () => onChange(value.filter((_, at) => at !== index)) }} />
          </div>
        );
      })}
      <KolButton _label={t('adminNetwork.org.addHours')} _variant="secondary" _on={{ onClick: () => onChange([...value, { weekday: '1', opens: '09:00', closes: '12:00' }]) }} />
    </fieldset>
  );
}
