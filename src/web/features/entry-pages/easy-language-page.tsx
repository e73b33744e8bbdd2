import { KolHeading } from '@public-ui/react-v19';
import { AppLink } from '../../components/app-link';
import { TextSection } from '../../components/text-section';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { easyIntro, easySections, easySignLanguage, easyTitle, type EasyBlock } from './easy-language-text';
import { SignLanguagePlaceholder } from './sign-language-placeholder';

/** One sentence per line, as Leichte Sprache asks. */
function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <p className="easy-language__lines">
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </p>
  );
}

function Block({ block }: { block: EasyBlock }) {
  if (block.kind === 'sentences') return <Lines lines={block.lines} />;
  if (block.kind === 'word') {
    return (
      <div className="easy-language__word">
        <p className="easy-language__word-title">
          <strong>Schweres Wort: {block.word}</strong>
        </p>
        <Lines lines={block.lines} />
      </div>
    );
  }
  return (
    <ul className="easy-language__points">
      {block.items.map((lines, index) => (
        <li key={index}>
          <Lines lines={lines} />
        </li>
      ))}
    </ul>
  );
}

/**
 * `/leichte-sprache`: Lotse in Leichter Sprache (BITV 2.0 § 4): what Lotse is, what you can do
 * here, how to get help. German in every interface language, marked `lang="de"`.
 */
export function EasyLanguagePage() {
  usePageTitle(easyTitle);
  return (
    <div className="page text-page easy-language" lang="de" dir="ltr" data-testid="easy-language">
      <KolHeading _level={1} _label={easyTitle} />
      <Lines lines={easyIntro} />
      {easySections.map((section) => (
        <TextSection key={section.id} title={section.heading}>
          {section.blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
          {section.link && (
            <p>
              <AppLink to={paths[section.link.to]} label={section.link.label} />
            </p>
          )}
        </TextSection>
      ))}
      <TextSection title={easySignLanguage.heading}>
        <SignLanguagePlaceholder label="Platz für den Film in Gebärden-Sprache">
          <Lines lines={easySignLanguage.lines} />
        </SignLanguagePlaceholder>
      </TextSection>
      <p>
        <AppLink to={paths.plainGerman} label="Mehr über Lotse in einfachem Deutsch" />
      </p>
    </div>
  );
}
