import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { levels, type Answers, type FamilyRole, type TriState } from './answers';
import { newFamilyMember } from './family';
import { CheckboxField, hostId, NumberField, RadioField, SelectField } from './field-controls';
import { memberLabel } from './field-label';
import { bind, triStateOptions, type StepProps } from './step-props';
import { familyField } from './steps';

/** The longest family the contract accepts. */
const maximumMembers = 20;

/** One family member's answers: age, German, (for a child) moving together, health insurance. */
function MemberFields({ props, row }: { props: StepProps; row: number }) {
  const { t } = useTranslation();
  const { answers, errors, register, setFamilyMember } = props;
  const member = answers.family[row];
  if (!member) return null;
  const field = (name: Parameters<typeof familyField>[1]) => ({ name: familyField(row, name), error: errors[familyField(row, name)], register });
  return (
    <>
      <NumberField
        {...field('age')}
        label={t('wegweiserPlaceFamily.family.age')}
        required
        min={0}
        max={130}
        step={1}
        value={member.age}
        onChange={(value) => setFamilyMember(row, { age: value === null ? null : Math.trunc(value) })}
      />
      <SelectField
        {...field('german')}
        label={t('wegweiserPlaceFamily.family.german')}
        hint={t('wegweiser.fields.languageHint')}
        options={[{ value: '', label: t('wegweiserPlaceFamily.family.germanUnknown') }, ...levels.map((level) => ({ value: level, label: t(`wegweiser.levels.${level}`) }))]}
        value={member.german}
        onChange={(value) => setFamilyMember(row, { german: value as (typeof member)['german'] })}
      />
      {member.role === 'child' && (
        <RadioField
          {...field('movesWithParent')}
          label={t('wegweiserPlaceFamily.family.movesWithParent')}
          options={triStateOptions(t)}
          horizontal
          value={member.movesWithParent}
          onChange={(value) => setFamilyMember(row, { movesWithParent: value as TriState })}
        />
      )}
      <RadioField
        {...field('healthInsurance')}
        label={t('wegweiserPlaceFamily.family.healthInsurance')}
        options={triStateOptions(t)}
        horizontal
        value={member.healthInsurance}
        onChange={(value) => setFamilyMember(row, { healthInsurance: value as TriState })}
      />
    </>
  );
}

/** Children or parents: one group per person, each removable, and a button to add one. */
function MemberList({ props, role, onAdd, onRemove }: { props: StepProps; role: Exclude<FamilyRole, 'spouse'>; onAdd(): void; onRemove(row: number): void }) {
  const { t } = useTranslation();
  const { family } = props.answers;
  const rows = family.flatMap((member, row) => (member.role === role ? [row] : []));
  const plural = role === 'child' ? 'children' : 'parents';
  return (
    <section className="family-list" aria-labelledby={`family-${plural}-title`} data-testid={`family-${plural}`}>
      <h3 id={`family-${plural}-title`} className="family-list__title">
        {t(`wegweiserPlaceFamily.family.${plural}Title`)}
      </h3>
      {rows.length === 0 && <p>{t(role === 'child' ? 'wegweiserPlaceFamily.family.noChildren' : 'wegweiserPlaceFamily.family.noParents')}</p>}
      {rows.map((row) => {
        const who = memberLabel(family, row, t);
        return (
          <fieldset key={row} className="wegweiser-group family-member" data-testid="family-member" data-role={role} data-row={row}>
            <legend>{who}</legend>
            <MemberFields props={props} row={row} />
            <div className="family-member__actions">
              <KolButton data-testid="family-remove" _label={t('wegweiserPlaceFamily.family.remove', { who })} _variant="ghost" _on={{ onClick: () => onRemove(row) }} />
            </div>
          </fieldset>
        );
      })}
      <div className="family-list__actions">
        <KolButton
          data-testid={`family-add-${role}`}
          _label={t(role === 'child' ? 'wegweiserPlaceFamily.family.addChild' : 'wegweiserPlaceFamily.family.addParent')}
          _variant="secondary"
          _disabled={family.length >= maximumMembers}
          _on={{ onClick: onAdd }}
        />
      </div>
    </section>
  );
}

/** Step "family": spouse, children and parents who are to join (optional), and the household. */
export function StepFamily(props: StepProps) {
  const { t } = useTranslation();
  const { answers, set } = props;
  const { family } = answers;
  const spouseRow = family.findIndex((member) => member.role === 'spouse');
  // After adding a person, their age field takes the focus; after removing, the add button does.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = null;
    if (target) (document.querySelector(target) as { focus?: () => void } | null)?.focus?.();
  });

  const setFamily = (next: Answers['family']) => set('family', next);
  const add = (role: FamilyRole) => {
    // The spouse first, then children, then parents: the order of the questions.
    const order: Record<FamilyRole, number> = { spouse: 0, child: 1, parent: 2 };
    const next = [...family, newFamilyMember(role)].sort((a, b) => order[a.role] - order[b.role]);
    const row = next.lastIndexOf(next.filter((member) => member.role === role).at(-1)!);
    focusAfterRender.current = `#${CSS.escape(hostId(familyField(row, 'age')))}`;
    setFamily(next);
  };
  const remove = (row: number) => {
    const role = family[row]?.role;
    focusAfterRender.current = role === 'spouse' ? null : `[data-testid="family-add-${role}"]`;
    setFamily(family.filter((_, index) => index !== row));
  };

  return (
    <>
      <p className="wegweiser-step__intro">{t('wegweiserPlaceFamily.family.intro')}</p>
      <section className="family-list" aria-labelledby="family-spouse-title" data-testid="family-spouse">
        <h3 id="family-spouse-title" className="family-list__title">
          {t('wegweiserPlaceFamily.family.spouseTitle')}
        </h3>
        <CheckboxField
          {...bind(props, 'family')}
          label={t('wegweiserPlaceFamily.family.spouseJoins')}
          checked={spouseRow >= 0}
          onChange={(checked) => (checked ? spouseRow < 0 && add('spouse') : spouseRow >= 0 && remove(spouseRow))}
        />
        {spouseRow >= 0 && (
          <fieldset className="wegweiser-group family-member" data-testid="family-member" data-role="spouse" data-row={spouseRow}>
            <legend>{memberLabel(family, spouseRow, t)}</legend>
            <MemberFields props={props} row={spouseRow} />
          </fieldset>
        )}
      </section>
      <MemberList props={props} role="child" onAdd={() => add('child')} onRemove={remove} />
      <MemberList props={props} role="parent" onAdd={() => add('parent')} onRemove={remove} />
      {family.length > 0 && (
        <fieldset className="wegweiser-group" data-testid="family-household">
          <legend>{t('wegweiserPlaceFamily.family.householdTitle')}</legend>
          <RadioField
            {...bind(props, 'familyLivingSpace')}
            label={t('wegweiserPlaceFamily.family.livingSpace')}
            options={triStateOptions(t)}
            horizontal
            value={answers.familyLivingSpace}
            onChange={(value) => set('familyLivingSpace', value as TriState)}
          />
          <RadioField
            {...bind(props, 'familyLivelihood')}
            label={t('wegweiserPlaceFamily.family.livelihood')}
            hint={t('wegweiserPlaceFamily.family.livelihoodHint')}
            options={triStateOptions(t)}
            horizontal
            value={answers.familyLivelihood}
            onChange={(value) => set('familyLivelihood', value as TriState)}
          />
        </fieldset>
      )}
    </>
  );
}
