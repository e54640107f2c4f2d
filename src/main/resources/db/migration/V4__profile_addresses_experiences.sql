-- Postal and billing addresses: one of each per account at most.
CREATE TABLE address (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind VARCHAR(10) NOT NULL CHECK (kind IN ('POSTAL', 'BILLING')),
    line1 VARCHAR(200) NOT NULL,
    line2 VARCHAR(200),
    postal_code VARCHAR(20) NOT NULL,
    city VARCHAR(100) NOT NULL,
    region VARCHAR(100),
    country VARCHAR(2) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT address_one_per_kind UNIQUE (account_id, kind)
);

ALTER TABLE account ADD COLUMN billing_same_as_postal BOOLEAN NOT NULL DEFAULT TRUE;

-- Professional details for the public profile (policy 004). handle_normalized is the lower-cased
-- handle, so that uniqueness ignores case without an expression index (H2 has none).
CREATE TABLE profile (
    account_id UUID PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    handle VARCHAR(30),
    handle_normalized VARCHAR(30) UNIQUE,
    headline VARCHAR(150),
    city VARCHAR(100),
    about TEXT,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE experience (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title VARCHAR(150) NOT NULL,
    organisation VARCHAR(150) NOT NULL,
    started_on DATE NOT NULL,
    ended_on DATE,
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX experience_account_idx ON experience (account_id, position);
