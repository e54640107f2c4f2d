-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode (shared/STACK.md).

-- Each version of the privacy policy in every language the manifest offers: its summary and its
-- full text (Markdown), instead of one English and one French summary. Acceptances keep pointing
-- at policy_version by id.
CREATE TABLE policy_text (
    policy_version_id UUID NOT NULL REFERENCES policy_version (id) ON DELETE CASCADE,
    language VARCHAR(8) NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (policy_version_id, language)
);

-- The versions stored so far had a summary only: it becomes their text too. The manifest's text
-- replaces it at start-up for the versions the manifest lists.
INSERT INTO policy_text (policy_version_id, language, summary, body)
    SELECT id, 'en', summary_en, summary_en FROM policy_version;
INSERT INTO policy_text (policy_version_id, language, summary, body)
    SELECT id, 'fr', summary_fr, summary_fr FROM policy_version;

ALTER TABLE policy_version DROP COLUMN summary_en;
ALTER TABLE policy_version DROP COLUMN summary_fr;

-- When a rights-reducing version was emailed to every active account. One published by an admin
-- is emailed at once; one the manifest brings at start-up is not (nobody is mailed by a boot):
-- the admin emails it from /admin/policies. Those published before were emailed when published.
ALTER TABLE policy_version ADD COLUMN announced_at TIMESTAMP WITH TIME ZONE;
UPDATE policy_version SET announced_at = published_at WHERE reduces_rights;

-- The manifest's version labels are up to 30 characters (manifest.schema.json).
ALTER TABLE policy_version ALTER COLUMN version SET DATA TYPE VARCHAR(30);
ALTER TABLE consent_event ALTER COLUMN policy_version SET DATA TYPE VARCHAR(30);
