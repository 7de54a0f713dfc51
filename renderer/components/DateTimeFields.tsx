// Date and time fields that show and accept dd.mm.rrrr and 24-hour gg:mm whatever the browser's or
// the system's locale (issue 11.4): react-aria's segmented fields under the UI's own locale, with a
// Polish calendar for mouse users. Values stay ISO strings ('2026-03-27', '10:00'), as the contract has them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate, parseTime, type CalendarDate, type Time } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Label,
  Popover,
  TimeField as AriaTimeField,
} from 'react-aria-components';
import { useFieldNotes } from './Field';

function toDate(value: string): CalendarDate | null {
  try {
    return value ? parseDate(value) : null;
  } catch {
    return null;
  }
}

function toTime(value: string): Time | null {
  try {
    return value ? parseTime(value) : null;
  } catch {
    return null;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
export const timeText = (time: Time | null) => (time ? `${pad(time.hour)}:${pad(time.minute)}` : '');

interface Common {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  optionalLabel?: string | undefined;
  name?: string;
  autoFocus?: boolean;
}

function FieldLabel({ label, optionalLabel }: Pick<Common, 'label' | 'optionalLabel'>) {
  return (
    <Label className="field__label">
      {label}
      {optionalLabel && <span className="field__optional"> {optionalLabel}</span>}
    </Label>
  );
}

export function DateField({ label, value, onChange, error, hint, optionalLabel, name, autoFocus }: Common) {
  const { t } = useTranslation();
  const { describedBy, notes } = useFieldNotes(useId(), hint, error);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <DatePicker
        className="date-picker"
        value={toDate(value)}
        onChange={(v) => onChange(v ? v.toString() : '')}
        isInvalid={Boolean(error)}
        aria-describedby={describedBy}
        granularity="day"
        shouldForceLeadingZeros
        {...(name && { name })}
        {...(autoFocus && { autoFocus })}
      >
        <FieldLabel label={label} optionalLabel={optionalLabel} />
        <Group className="datefield">
          <DateInput className="datefield__input">{(segment) => <DateSegment segment={segment} className="datefield__part" />}</DateInput>
          <Button className="datefield__button" aria-label={t('dateField.calendar')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </Group>
        <Popover className="calendar-popover" placement="bottom start">
          <Dialog className="calendar-dialog" aria-label={t('dateField.calendar')}>
            <Calendar className="calendar">
              <header className="calendar__header">
                <Button slot="previous" className="calendar__nav" aria-label={t('dateField.previousMonth')}>
                  ‹
                </Button>
                <Heading className="calendar__title" />
                <Button slot="next" className="calendar__nav" aria-label={t('dateField.nextMonth')}>
                  ›
                </Button>
              </header>
              <CalendarGrid className="calendar__grid">{(date) => <CalendarCell date={date} className="calendar__cell" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
      {notes}
    </div>
  );
}

export function TimeField({ label, value, onChange, error, hint, optionalLabel, name }: Common) {
  const { describedBy, notes } = useFieldNotes(useId(), hint, error);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <AriaTimeField
        className="time-field"
        value={toTime(value)}
        onChange={(v) => onChange(timeText(v))}
        isInvalid={Boolean(error)}
        aria-describedby={describedBy}
        hourCycle={24}
        granularity="minute"
        shouldForceLeadingZeros
        {...(name && { name })}
      >
        <FieldLabel label={label} optionalLabel={optionalLabel} />
        <DateInput className="datefield datefield__input">{(segment) => <DateSegment segment={segment} className="datefield__part" />}</DateInput>
      </AriaTimeField>
      {notes}
    </div>
  );
}
