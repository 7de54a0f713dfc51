// The words of the support a team receives (issue 17.4), for the screens and the documents.
import type { SupportKind } from './support';

export const SUPPORT_KIND_WORD: Record<SupportKind, string> = {
  training: 'szkolenie',
  coaching: 'coaching',
  supervision: 'superwizja',
  workshop: 'warsztaty',
  other: 'inne wsparcie',
};
