// The options of a select that picks a member, "nobody" first: one list for every such select.
import { useTranslation } from 'react-i18next';
import type { Member } from '../../src/domain/types';

export function MemberOptions({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('meetingDetails.nobody')}</option>
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.fullName}
        </option>
      ))}
    </>
  );
}
