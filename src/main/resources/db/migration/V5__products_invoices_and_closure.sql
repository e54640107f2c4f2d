-- Products and services of an account: closure is refused while one is ACTIVE or SUSPENDED
-- (policy 001).
CREATE TABLE product (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name VARCHAR(150) NOT NULL,
    kind VARCHAR(60) NOT NULL,
    status VARCHAR(12) NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TERMINATED')),
    started_on DATE NOT NULL,
    ended_on DATE,
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX product_account_idx ON product (account_id, status);

-- Invoices keep the billing name and address as they were when issued, and outlive the
-- account's erasure until their legal end (no cascade: deleting an account with invoices fails).
CREATE TABLE invoice (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id),
    number VARCHAR(40) NOT NULL UNIQUE,
    issued_on DATE NOT NULL,
    amount NUMERIC(12, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    billing_name VARCHAR(250) NOT NULL,
    billing_address VARCHAR(1000) NOT NULL,
    retain_until DATE NOT NULL
);
CREATE INDEX invoice_account_idx ON invoice (account_id, issued_on);
CREATE INDEX invoice_retain_idx ON invoice (retain_until);

-- An erased account stays as a tombstone: id, status, dates and an anti-fraud marker (a keyed
-- hash of the email), with every personal column emptied, so its email can sign up again.
ALTER TABLE account ALTER COLUMN email DROP NOT NULL;
ALTER TABLE account ALTER COLUMN email_normalized DROP NOT NULL;
ALTER TABLE account ALTER COLUMN first_name DROP NOT NULL;
ALTER TABLE account ALTER COLUMN last_name DROP NOT NULL;
ALTER TABLE account ALTER COLUMN country DROP NOT NULL;
ALTER TABLE account ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN fraud_marker VARCHAR(64);
-- Closed with "delete as soon as possible": no reopening.
ALTER TABLE account ADD COLUMN erasure_asked BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX account_erase_idx ON account (status, erase_after);
