-- The billing system's own id of a product, by which the API creates or updates it. Unique across
-- the database, not per account: the company has one billing system, whose ids name one product
-- each, so a PUT needs nothing else to find it, and one id can never name two accounts' products.
ALTER TABLE product ADD COLUMN external_id VARCHAR(100);
CREATE UNIQUE INDEX product_external_id_idx ON product (external_id);

-- Keys of the billing API, created and revoked by admins. Only the SHA-256 of a key is kept; its
-- public prefix (also part of the key) finds the row. Scopes: comma-separated names.
CREATE TABLE api_key (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    prefix VARCHAR(16) NOT NULL UNIQUE,
    secret_hash VARCHAR(64) NOT NULL,
    scopes VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    use_count BIGINT NOT NULL DEFAULT 0
);

-- The answer to each POST of a key with an Idempotency-Key header, kept for a day so that a retry
-- gets the same answer instead of doing it twice. The body holds ids only, no personal data.
CREATE TABLE api_idempotent_request (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    api_key_id UUID NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(255) NOT NULL,
    -- SHA-256 of the method, path and body: the same key with another request is refused
    fingerprint VARCHAR(64) NOT NULL,
    status INTEGER NOT NULL,
    location VARCHAR(300),
    body VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (api_key_id, idempotency_key)
);
CREATE INDEX api_idempotent_request_created_idx ON api_idempotent_request (created_at);
