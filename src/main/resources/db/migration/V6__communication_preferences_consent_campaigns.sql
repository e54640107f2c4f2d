-- Marketing categories an account has opted in to (policies 001, 004). No row: not subscribed.
CREATE TABLE communication_preference (
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    category VARCHAR(30) NOT NULL,
    subscribed BOOLEAN NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, category)
);
-- Campaigns select the subscribers of one category.
CREATE INDEX communication_preference_category_idx ON communication_preference (category, subscribed, account_id);

-- Every grant and withdrawal of consent: the proof GDPR art. 7(1) asks for. Erasure keeps the
-- rows, without the IP, pointing at the account's tombstone.
CREATE TABLE consent_event (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    category VARCHAR(30) NOT NULL,
    action VARCHAR(10) NOT NULL CHECK (action IN ('GRANT', 'WITHDRAW')),
    source VARCHAR(20) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ip VARCHAR(45),
    policy_version VARCHAR(20)
);
CREATE INDEX consent_event_account_idx ON consent_event (account_id, occurred_at);

-- Marketing mail composed in the admin area, queued to subscribers in batches.
CREATE TABLE campaign (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    category VARCHAR(30) NOT NULL,
    language VARCHAR(10) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    status VARCHAR(10) NOT NULL CHECK (status IN ('DRAFT', 'SENDING', 'QUEUED')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the last account queued, so that each batch takes up where the previous one stopped
    cursor_account_id UUID,
    queued INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 0
);

-- Marketing mail leaves through its own mailer (own sender, DKIM), and counts for its campaign.
ALTER TABLE outbox_mail ADD COLUMN stream VARCHAR(10) NOT NULL DEFAULT 'SERVICE';
ALTER TABLE outbox_mail ADD COLUMN campaign_id UUID;
CREATE INDEX outbox_mail_campaign_idx ON outbox_mail (campaign_id, status);
