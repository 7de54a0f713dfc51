// Who chairs the meeting and who takes the minutes, chosen in the live meeting itself (issue 11.6):
// two selects in the header, each saved at once.
import { useTranslation } from 'react-i18next';
import { MemberOptions } from '../../components/MemberOptions';
import type { Meeting, Member } from '../../../src/domain/types';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';

type Role = 'chairMemberId' | 'minuteTakerMemberId';

export function MeetingRoles({ meeting, members }: { meeting: Meeting; members: Member[] }) {
  const { t } = useTranslation();
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const choose = (role: Role, memberId: string) =>
    run(() =>
      write(
        () =>
          api.meetings.update({
            id: meeting.id,
            date: meeting.date,
            startTime: meeting.startTime,
            endTime: meeting.endTime,
            place: meeting.place,
            onlineUrl: meeting.onlineUrl,
            chairMemberId: meeting.chairMemberId,
            minuteTakerMemberId: meeting.minuteTakerMemberId,
            caseId: meeting.caseId,
            otherBusiness: meeting.otherBusiness,
            [role]: memberId || null,
          }),
        (changed) => ({ kind: 'meeting', meeting: changed }),
      ),
    );
  return (
    <div className="meeting__roles">
      {(['chairMemberId', 'minuteTakerMemberId'] as const).map((role) => (
        <label key={role} className="meeting__role">
          <span>{t(`meetingDetails.${role}`)}</span>
          <select value={meeting[role] ?? ''} onChange={(e) => void choose(role, e.target.value)} className={meeting[role] ? undefined : 'select--missing'}>
            <MemberOptions members={members} />
          </select>
        </label>
      ))}
      <ErrorText error={error} />
    </div>
  );
}
