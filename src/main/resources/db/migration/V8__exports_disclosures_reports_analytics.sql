-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode (shared/STACK.md).

-- A personal-data export: asked for, built by a job, downloadable for 7 days, then gone.
CREATE TABLE data_export (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    status VARCHAR(10) NOT NULL CHECK (status IN ('REQUESTED', 'READY', 'EXPIRED', 'FAILED')),
    locale VARCHAR(10) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ready_at TIMESTAMP WITH TIME ZONE,
    expires_at TIMESTAMP WITH TIME ZONE,
    size_bytes BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX data_export_account_idx ON data_export (account_id, requested_at);
CREATE INDEX data_export_status_idx ON data_export (status, requested_at);

-- The zip itself, apart from its row so that listing exports never reads archives.
CREATE TABLE data_export_archive (
    export_id UUID PRIMARY KEY REFERENCES data_export (id) ON DELETE CASCADE,
    content BYTEA NOT NULL
);

-- What was disclosed about an account to a third party, and whether the user was told (policy 002 §3.2).
CREATE TABLE disclosure (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    recipient VARCHAR(200) NOT NULL,
    purpose VARCHAR(500) NOT NULL,
    legal_basis VARCHAR(30) NOT NULL,
    data_categories VARCHAR(500) NOT NULL,
    disclosed_on DATE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX disclosure_account_idx ON disclosure (account_id, disclosed_on);

-- A report that an account may belong to someone under 18 (policy 004 §10).
CREATE TABLE underage_report (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    -- the account the reported handle or email leads to, when there is one
    account_id UUID REFERENCES account (id) ON DELETE CASCADE,
    reported VARCHAR(254) NOT NULL,
    details VARCHAR(2000) NOT NULL,
    reporter_email VARCHAR(254),
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX underage_report_open_idx ON underage_report (handled_at, reported_at);

-- First-party analytics, counted only with consent and only in aggregate: views per page and day.
CREATE TABLE page_view (
    viewed_on DATE NOT NULL,
    page VARCHAR(120) NOT NULL,
    views BIGINT NOT NULL,
    PRIMARY KEY (viewed_on, page)
);
