// 0007: lists a page at a time at any age of the team (issue 12). Attendance had no index by member
// (counting a member's meetings read every attendance row); a member's action items were found by
// owner but sorted by creation in a temporary tree of all of them; a year's meetings (the meetings
// screen) were found by reading every meeting.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX attendance_member ON attendance (member_id)`.execute(db);
  await sql`DROP INDEX action_item_owner`.execute(db);
  await sql`CREATE INDEX action_item_owner ON action_item (owner_member_id, created_at)`.execute(db);
  await sql`CREATE INDEX meeting_year ON meeting (year, date)`.execute(db);
}
