-- TOTP: the secret is AES-GCM encrypted (SecretBox); last_used_step stops a code from working twice.
CREATE TABLE totp_credential (
    account_id UUID PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret_encrypted BYTEA NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Single-use recovery codes, stored only as keyed hashes.
CREATE TABLE recovery_code (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash VARCHAR(64) NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX recovery_code_account_idx ON recovery_code (account_id);

-- A session whose password was right but whose second factor is still to come grants nothing.
ALTER TABLE user_session ADD COLUMN pending_second_factor BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_session ADD COLUMN second_factor_failures INTEGER NOT NULL DEFAULT 0;
