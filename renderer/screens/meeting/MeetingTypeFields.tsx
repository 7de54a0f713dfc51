// The Model's type of a PZK meeting and, for a workshop, its last day: the same two fields when a
// meeting is planned and when its details are edited.
import { useTranslation } from 'react-i18next';
import { PZK_MEETING_TYPES, type PzkMeetingType } from '../../../src/domain/enums';
import { DateField } from '../../components/DateTimeFields';
import { Field } from '../../components/Field';
import type { FieldMessages } from '../../forms';

interface Props {
  pzkType: PzkMeetingType;
  endsOn: string;
  fields: FieldMessages;
  /** A type other than a workshop has one day: its last day is cleared with the change. */
  onChange(value: { pzkType: PzkMeetingType; endsOn: string }): void;
}

export function MeetingTypeFields({ pzkType, endsOn, fields, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('meetings.pzkTypeLabel')} error={fields.pzkType} hint={t(`pzkTypeHint.${pzkType}`)}>
        {(a11y) => (
          <select {...a11y} name="pzkType" value={pzkType} onChange={(e) => {
            const next = e.target.value as PzkMeetingType;
            onChange({ pzkType: next, endsOn: next === 'workshop' ? endsOn : '' });
          }}>
            {PZK_MEETING_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`pzkType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {pzkType === 'workshop' && (
        <DateField label={t('meetings.endsOn')} name="endsOn" error={fields.endsOn} optionalLabel={t('app.optional')} hint={t('meetings.endsOnHint')} value={endsOn} onChange={(v) => onChange({ pzkType, endsOn: v })} />
      )}
    </>
  );
}
