-- Passkeys (WebAuthn credentials) of an account. Only the public half is stored: the private key
-- never leaves the user's authenticator, so nothing here is secret. The credential id is kept as
-- base64url text (how browsers name it); the public key as its COSE encoding.
CREATE TABLE passkey (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    credential_id VARCHAR(1400) NOT NULL UNIQUE,
    public_key BYTEA NOT NULL,
    sign_count BIGINT NOT NULL,
    uv_initialized BOOLEAN NOT NULL,
    backup_eligible BOOLEAN NOT NULL,
    backup_state BOOLEAN NOT NULL,
    transports VARCHAR(200),
    aaguid VARCHAR(36),
    name VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX passkey_account_idx ON passkey (account_id);

-- A challenge handed to a browser for one ceremony: single use (deleted when answered), short-lived,
-- and bound to what asked for it, a session (adding a passkey, step-up) or, before any session, the
-- hash of a random cookie of the browser (signing in). In the database, so any instance may answer.
CREATE TABLE passkey_challenge (
    challenge VARCHAR(64) PRIMARY KEY,
    purpose VARCHAR(20) NOT NULL,
    session_id UUID REFERENCES user_session (id) ON DELETE CASCADE,
    browser_hash VARCHAR(64),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX passkey_challenge_expires_idx ON passkey_challenge (expires_at);
