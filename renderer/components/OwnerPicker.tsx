// Picks a member by typing part of the name (diacritics and ł ignored); an accessible combobox.
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { foldChars } from '../../src/domain/search';
import type { Institution, Member } from '../../src/domain/types';

interface OwnerPickerProps {
  label: string;
  members: Member[];
  institutions: Institution[];
  value: string | null;
  onChange: (memberId: string | null) => void;
  isDisabled?: boolean;
}

export function OwnerPicker({ label, members, institutions, value, onChange, isDisabled }: OwnerPickerProps) {
  const { t } = useTranslation();
  const institutionName = (id: string | null) => institutions.find((i) => i.id === id)?.name ?? '';
  return (
    <ComboBox
      className="combobox field"
      items={members}
      selectedKey={value}
      onSelectionChange={(key) => onChange(key === null ? null : String(key))}
      defaultFilter={(text, input) => foldChars(text).includes(foldChars(input))}
      menuTrigger="focus"
      isDisabled={isDisabled ?? false}
    >
      <Label>{label}</Label>
      <div className="combobox__control">
        <Input placeholder={t('meeting.ownerPlaceholder')} />
        <Button aria-label={label} className="combobox__button">
          ▾
        </Button>
      </div>
      <Popover className="popover">
        <ListBox className="listbox">
          {(member: Member) => (
            <ListBoxItem id={member.id} textValue={member.fullName} className="listbox__item">
              <span>{member.fullName}</span>
              <span className="muted small"> {institutionName(member.institutionId)}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
