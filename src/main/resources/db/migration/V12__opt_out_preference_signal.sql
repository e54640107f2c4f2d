-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode (shared/STACK.md).

-- When a browser signed in to the account sent an opt-out preference signal (Global Privacy
-- Control): from then on page views of the account are counted in no browser, until the user
-- allows them again from a browser that sends no signal (11 CCR §7025(c)). Null: no such opt-out.
-- On the account row, which every signed-in request reads already; the consent history records
-- each change.
ALTER TABLE account ADD COLUMN opt_out_signal_at TIMESTAMP WITH TIME ZONE;
