import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/form-fields';

export type LegalRefDraft = { law: string; section: string; paragraph: string; sentence: string };

const empty: LegalRefDraft = { law: '', section: '', paragraph: '', sentence: '' };

/** Structured legal references: one row (law, §, Abs., Satz) per reference, added and removed by button. */
export function LegalRefsField({ refs, onChange, error }: { refs: LegalRefDraft[]; onChange(refs: LegalRefDraft[]): void; error?: string | undefined }) {
  const { t } = useTranslation();
  const change = (index: number, key: keyof LegalRefDraft, value: string) => onChange(refs.map((ref, at) => (at === index ? { ...ref, [key]: value } : ref)));
  return (
    <fieldset className="legal-refs-field" data-field="legalRefs">
      <legend>{t('knowledge.fields.legalRefs')}</legend>
      {error && (
        <p className="legal-refs-field__error" role="alert">
          {error}
        </p>
      )}
      {refs.map((ref, index) => (
        <div key={index} className="legal-refs-field__row" data-testid="legal-ref-row">
          <TextInput form={`legal-ref-${index}`} name="law" label={t('knowledge.editor.refLaw', { number: index + 1 })} value={ref.law} onChange={(value) => change(index, 'law', value)} />
          <TextInput form={`legal-ref-${index}`} name="section" label={t('knowledge.editor.refSection', { number: index + 1 })} value={ref.section} onChange={(value) => change(index, 'section', value)} />
          <TextInput form={`legal-ref-${index}`} name="paragraph" label={t('knowledge.editor.refParagraph', { number: index + 1 })} value={ref.paragraph} onChange={(value) => change(index, 'paragraph', value)} />
          <TextInput form={`legal-ref-${index}`} name="sentence" label={t('knowledge.editor.refSentence', { number: index + 1 })} value={ref.sentence} onChange={(value) => change(index, 'sentence', value)} />
          <KolButton _label={t('knowledge.editor.refRemove', { number: index + 1 })} _variant="tertiary" _on={{ onClick: () => onChange(refs.filter((_ref, at) => at !== index)) }} />
        </div>
      ))}
      <KolButton data-testid="add-legal-ref" _label={t('knowledge.editor.refAdd')} _variant="secondary" _on={{ onClick: () => onChange([...refs, { ...empty }]) }} />
    </fieldset>
  );
}
