// Who chairs the meeting and who takes the minutes, chosen in the live meeting itself (issue 11.6):
// two selects in the header, each saved at once.
import { useRef } from 'react';
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
  // One save after the other, each from the meeting as the last one left it: two quick choices must not
  // send the same stale meeting twice, the second undoing the first.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const choose = (role: Role, memberId: string) => {
    queue.current = queue.current.then(() =>
      run(() =>
        write(
          () => {
            const latest = useMeetingStore.getState().detail?.meeting ?? meeting;
            return api.meetings.update({
              id: latest.id,
              date: latest.date,
              startTime: latest.startTime,
              endTime: latest.endTime,
              place: latest.place,
              onlineUrl: latest.onlineUrl,
              chairMemberId: latest.chairMemberId,
              minuteTakerMemberId: latest.minuteTakerMemberId,
              caseId: latest.caseId,
              otherBusiness: latest.otherBusiness,
              [role]: memberId || null,
            });
          },
          (changed) => ({ kind: 'meeting', meeting: changed }),
        ),
      ),
    );
  };
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
