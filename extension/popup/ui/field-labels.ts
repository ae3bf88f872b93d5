import type { EditableField } from '../../../shared/model/contact-fields';
import type { MessageKey } from '../../ui/i18n';

/** The message naming each lead field: the capture form, the edit form's history and the change list agree. */
export const FIELD_LABEL: Record<EditableField, MessageKey> = {
  name: 'fieldName',
  headline: 'fieldHeadline',
  company: 'fieldCompany',
  location: 'fieldLocation',
  industry: 'fieldIndustry',
  email: 'fieldEmail',
  linkedinUrl: 'fieldLinkedinUrl',
  website: 'fieldWebsite',
  kind: 'fieldKind',
  source: 'fieldSource',
  value: 'fieldValue',
  currency: 'fieldCurrency',
  quality: 'fieldQuality',
  nextStep: 'fieldNextStep',
  nextStepDue: 'fieldNextStepDue',
  painPoints: 'fieldPainPoints',
  decisionHelpers: 'fieldDecisionHelpers',
  notes: 'fieldNotes',
  subject: 'fieldSubject',
  threadUrl: 'fieldThreadUrl',
  avatarUrl: 'fieldAvatarUrl',
};
