import { describe, expect, it } from 'vitest';
import { contactServices, type ContactNeeds } from './responsibility-contacts';

const needs = (patch: Partial<ContactNeeds>): ContactNeeds => ({ location: 'germany', hasJobOffer: 'no', qualificationType: 'vocational', germanRecognition: 'full', ...patch });

describe('the contacts a Wegweiser result asks the finder for', () => {
  it.each([
    [needs({ location: 'abroad', hasJobOffer: 'yes' }), ['accelerated_procedure', 'welcome_counselling']],
    [needs({ location: 'abroad', hasJobOffer: 'no' }), ['residence_permit', 'welcome_counselling']],
    [needs({ germanRecognition: 'not_applied' }), ['residence_permit', 'recognition_counselling', 'welcome_counselling']],
    [needs({ germanRecognition: 'partial' }), ['residence_permit', 'recognition_counselling', 'welcome_counselling']],
    [needs({ qualificationType: 'academic', germanRecognition: 'comparable' }), ['residence_permit', 'welcome_counselling']],
    [needs({ qualificationType: 'none', germanRecognition: '' }), ['residence_permit', 'welcome_counselling']],
    [needs({ qualificationType: 'academic', germanRecognition: '' }), ['residence_permit', 'recognition_counselling', 'welcome_counselling']],
  ])('%o → %o', (input, expected) => {
    expect(contactServices(input)).toEqual(expected);
  });
});
