// Hub 0005 (issue 17.5): nothing of a case travels any more but counts. The case rows received from teams
// (code, kind, dates) are purged, and so are the meetings of the task teams (ZZK: each about one case) with
// everything of them — agenda items and minutes, attendance, decisions, action items and their reviews,
// attachments and their files. Each team's case counts by month (CaseMonth[] as JSON) and its task-team
// meetings as counts are kept as its last bundle gave them, like the support sums of 0004.
import { sql, type Kysely } from 'kysely';

const ZZK = `(SELECT team_id || ' ' || entity_id FROM hub_record WHERE entity = 'meeting' AND json_extract(row, '$.kind') = 'zzk')`;
const OF_ZZK = (field: string) => `team_id || ' ' || json_extract(row, '$.${field}') IN ${ZZK}`;
const ZZK_ITEMS = `(SELECT team_id || ' ' || entity_id FROM hub_record WHERE entity = 'action_item' AND ${OF_ZZK('originMeetingId')})`;

const STATEMENTS = [
  `DELETE FROM hub_record WHERE entity = 'case'`,
  `DELETE FROM hub_file WHERE team_id || ' ' || substr(path, 11, instr(substr(path, 11), '-v') - 1) IN ${ZZK} AND path LIKE 'protocols/%'`,
  `DELETE FROM hub_file WHERE path LIKE 'attachments/%' AND team_id || ' ' || substr(path, 13, instr(substr(path, 13), '.') - 1) IN (SELECT team_id || ' ' || entity_id FROM hub_record WHERE entity = 'attachment' AND ${OF_ZZK('meetingId')})`,
  `DELETE FROM hub_record WHERE entity = 'action_item_review' AND (${OF_ZZK('meetingId')} OR team_id || ' ' || json_extract(row, '$.actionItemId') IN ${ZZK_ITEMS})`,
  `DELETE FROM hub_record WHERE entity = 'action_item' AND ${OF_ZZK('originMeetingId')}`,
  `DELETE FROM hub_record WHERE entity IN ('agenda_item', 'attendance', 'decision', 'attachment') AND ${OF_ZZK('meetingId')}`,
  `DELETE FROM hub_record WHERE entity = 'meeting' AND json_extract(row, '$.kind') = 'zzk'`,
  `ALTER TABLE hub_team ADD COLUMN cases TEXT`,
  `ALTER TABLE hub_team ADD COLUMN task_team_meetings TEXT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
