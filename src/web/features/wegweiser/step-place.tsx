import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { PlaceCombobox } from '../../components/place-combobox';
import { errorText, hostId } from './field-controls';
import type { StepProps } from './step-props';

/** Step "where": the place of residence or of the future job in Germany (optional). */
export function StepPlace(props: StepProps) {
  const { t, i18n } = useTranslation();
  const { answers, set, errors, register } = props;
  const chosen = answers.place;

  return (
    <>
      <p className="wegweiser-step__intro">{t('wegweiserPlaceFamily.place.intro')}</p>
      <PlaceCombobox
        id={hostId('placeQuery')}
        name="placeQuery"
        label={t('wegweiser.fields.placeQuery')}
        hint={t('wegweiserPlaceFamily.place.hint')}
        query={answers.placeQuery}
        chosen={chosen}
        errorText={errors.placeQuery ? errorText(errors.placeQuery, t, i18n.language) : undefined}
        register={register('placeQuery')}
        onQuery={(query) => {
          set('placeQuery', query);
          if (chosen && query !== chosen.name) set('place', null);
        }}
        onChoose={(place) => {
          set('place', { ags: place.ags, name: place.name });
          set('placeQuery', place.name);
        }}
      />
      {chosen && (
        <div className="place-chosen" data-testid="place-chosen" data-ags={chosen.ags}>
          <p className="place-chosen__text">
            {t('wegweiserPlaceFamily.place.chosen')}: <strong>{chosen.name}</strong>
          </p>
          <KolButton
            data-testid="place-remove"
            _label={t('wegweiserPlaceFamily.place.remove')}
            _variant="secondary"
            _on={{
              onClick: () => {
                set('place', null);
                set('placeQuery', '');
              },
            }}
          />
        </div>
      )}
    </>
  );
}
