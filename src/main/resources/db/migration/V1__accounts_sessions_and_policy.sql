-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode (shared/STACK.md):
-- no TIMESTAMPTZ alias, no expression or partial indexes, DEFAULT before PRIMARY KEY.

CREATE TABLE policy_version (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    version VARCHAR(20) NOT NULL UNIQUE,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reduces_rights BOOLEAN NOT NULL DEFAULT FALSE,
    summary_en TEXT NOT NULL,
    summary_fr TEXT NOT NULL
);

INSERT INTO policy_version (version, published_at, summary_en, summary_fr) VALUES (
    '2026-11',
    TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00',
    'We keep your account and contact details while your account is open and for six months after you close it, unless you ask us to erase them sooner; an erasure request is carried out within 30 days. Invoices and billing details are kept for the period the law requires. Sign-in history is kept for 12 months. Marketing emails are sent only if you ask for them and stop with one click; service messages about your account and its security cannot be turned off. You can correct your details, download a copy of your data and close your account at any time from your account pages.',
    'Nous conservons votre compte et vos coordonnées tant que votre compte est ouvert et six mois après sa fermeture, sauf si vous nous demandez de les effacer plus tôt ; une demande d’effacement est traitée sous 30 jours. Les factures et données de facturation sont conservées pendant la durée légale. L’historique des connexions est conservé 12 mois. Les e-mails marketing ne sont envoyés que si vous les demandez et s’arrêtent en un clic ; les messages de service sur votre compte et sa sécurité ne peuvent pas être désactivés. Vous pouvez corriger vos données, en télécharger une copie et fermer votre compte à tout moment depuis les pages de votre compte.'
);

CREATE TABLE account (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    email VARCHAR(254) NOT NULL,
    -- lower-cased copy: H2 has no expression index on lower(email)
    email_normalized VARCHAR(254) NOT NULL UNIQUE,
    email_verified_at TIMESTAMP WITH TIME ZONE,
    password_hash VARCHAR(255),
    password_reset_required BOOLEAN NOT NULL DEFAULT FALSE,
    status VARCHAR(16) NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED', 'ERASED')),
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    company VARCHAR(200),
    phone VARCHAR(20),
    country VARCHAR(2) NOT NULL,
    locale VARCHAR(10),
    roles VARCHAR(200) NOT NULL DEFAULT '',
    adult_attested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at TIMESTAMP WITH TIME ZONE,
    erase_after TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE policy_acceptance (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    policy_version_id UUID NOT NULL REFERENCES policy_version (id),
    accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ip VARCHAR(45)
);
CREATE INDEX policy_acceptance_account_idx ON policy_acceptance (account_id);

CREATE TABLE user_session (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    authenticated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ip VARCHAR(45),
    user_agent VARCHAR(512),
    second_factor_passed BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX user_session_account_idx ON user_session (account_id);

-- Failed sign-ins per email address (an HMAC of it), whether or not an account has it.
CREATE TABLE login_failure (
    email_key VARCHAR(64) PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Bucket4j's token buckets, shared by every instance.
CREATE TABLE rate_limit_bucket (
    id VARCHAR(255) PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);
