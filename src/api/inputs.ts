// The inputs of the records' forms, shared by the contract (./contract.ts) and the renderer's
// forms, which check a form against the same schema before they send it.
import { z } from 'zod';
import { INSTITUTION_LEVELS, MEMBER_ROLES, MODEL_TYPES, PZK_MEETING_TYPES, SECTORS } from '../domain/enums';
import { choice, date, id, optionalDate, optionalEmail, optionalPhone, optionalText, optionalTime, optionalUrl, requiredText, teryt } from './fields';

export const teamInput = z.object({
  name: requiredText(200),
  gminaName: requiredText(120),
  teryt,
  modelType: choice(MODEL_TYPES),
  powiat: optionalText(120),
  wojewodztwo: optionalText(60),
  leadInstitution: optionalText(200),
  regionalCentre: optionalText(200),
  titleLocative: optionalText(160),
});

export const institutionInput = z.object({
  name: requiredText(200),
  sector: choice(SECTORS),
  level: choice(INSTITUTION_LEVELS).default('gmina'),
  address: optionalText(300),
});

export const memberInput = z.object({
  fullName: requiredText(150),
  institutionId: id.nullish().transform((v) => v ?? null),
  position: optionalText(150),
  role: choice(MEMBER_ROLES).default('member'),
  email: optionalEmail,
  phone: optionalPhone,
  joinedOn: optionalDate,
});

export const meetingInput = z.object({
  date,
  /** The last day of a meeting over several days (a workshop); after `date`. */
  endsOn: optionalDate,
  /** The Model's type of a PZK meeting; left out: a new one is a working meeting, an edited one keeps its type. */
  pzkType: choice(PZK_MEETING_TYPES).nullish(),
  startTime: optionalTime,
  endTime: optionalTime,
  place: optionalText(300),
  onlineUrl: optionalUrl,
  chairMemberId: id.nullish().transform((v) => v ?? null),
  minuteTakerMemberId: id.nullish().transform((v) => v ?? null),
  caseId: id.nullish().transform((v) => v ?? null),
  otherBusiness: optionalText(20000),
});

/** A case code is a pseudonym: letters, digits and separators, never a name or a PESEL. */
export const caseCode = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(40, { error: 'too_long' })
  .regex(/^[\p{L}\d][\p{L}\d\-/_.]*$/u, { error: 'invalid' });
