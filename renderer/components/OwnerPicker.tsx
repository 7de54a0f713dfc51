// Picks a member by typing part of the name (case, diacritics and ł ignored); an accessible combobox.
// Filtering is done here, on a controlled input, so that it folds Polish letters our way.
import { useState } from 'react';
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
}

export function OwnerPicker({ label, members, institutions, value, onChange }: OwnerPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState(() => members.find((m) => m.id === value)?.fullName ?? '');
  const selectedName = members.find((m) => m.id === value)?.fullName;
  // The field shows the person chosen (issue 11.2), also when the choice changes from outside; a
  // choice cleared from outside (the form reset after adding) clears the name it showed, never typing.
  // (Adjusted while rendering, as React advises for state that follows a prop.)
  const [shown, setShown] = useState(selectedName);
  if (shown !== selectedName) {
    setShown(selectedName);
    setInput(selectedName ?? (input === shown ? '' : input));
  }
  const needle = foldChars(input.trim());
  // While the input shows the chosen name, the list offers everyone (to change the choice).
  const items = needle && input !== selectedName ? members.filter((m) => foldChars(m.fullName).includes(needle)) : members;
  const institutionName = (id: string | null) => institutions.find((i) => i.id === id)?.name ?? '';
  return (
    <ComboBox
      className="combobox field"
      items={items}
      inputValue={input}
      onInputChange={setInput}
      selectedKey={value}
      onSelectionChange={(key) => {
        const id = key === null ? null : String(key);
        // The typed fragment gives way to the chosen person's name at once.
        if (id !== null) setInput(members.find((m) => m.id === id)?.fullName ?? '');
        onChange(id);
      }}
      menuTrigger="input"
      allowsEmptyCollection
    >
      <Label>{label}</Label>
      <div className="combobox__control">
        <Input placeholder={t('meeting.ownerPlaceholder')} />
        {/* Named by what it does; react-aria adds the field's label after it. */}
        <Button aria-label={t('meeting.ownerList')} className="combobox__button">
          ▾
        </Button>
      </div>
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox__empty">{t('meeting.noOwnerMatch')}</p>}>
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
