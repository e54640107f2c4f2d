-- Every email is a row here, written in the transaction of the change that caused it; the
-- dispatcher claims due rows with FOR UPDATE SKIP LOCKED and sends them.
CREATE TABLE outbox_mail (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    -- no foreign key: a mail may outlive its account until it is sent and purged
    account_id UUID,
    kind VARCHAR(40) NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- extra headers, one "Name: value" a line
    headers TEXT,
    status VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_mail_due_idx ON outbox_mail (status, next_attempt_at);
CREATE INDEX outbox_mail_account_idx ON outbox_mail (account_id);

-- Single-use tokens behind emailed links; only their SHA-256 is stored.
CREATE TABLE one_time_token (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose VARCHAR(30) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    payload TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX one_time_token_account_idx ON one_time_token (account_id);

-- The account's own activity log: security and privacy events.
CREATE TABLE account_event (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    type VARCHAR(40) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ip VARCHAR(45),
    user_agent VARCHAR(512),
    detail VARCHAR(500)
);
CREATE INDEX account_event_account_idx ON account_event (account_id, occurred_at);
