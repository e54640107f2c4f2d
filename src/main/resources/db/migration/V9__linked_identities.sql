-- Identities at an external OpenID Connect provider linked to an account, by issuer and subject.
CREATE TABLE oidc_identity (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    issuer VARCHAR(300) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    email VARCHAR(254),
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT oidc_identity_subject UNIQUE (issuer, subject)
);
CREATE INDEX oidc_identity_account_idx ON oidc_identity (account_id);
