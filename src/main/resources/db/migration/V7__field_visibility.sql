-- Who may see each profile field (policy 004 §4). No row: the field's default (name and headline
-- for members, the rest for the user alone).
CREATE TABLE field_visibility (
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    field VARCHAR(20) NOT NULL,
    level VARCHAR(10) NOT NULL CHECK (level IN ('PUBLIC', 'MEMBERS', 'PRIVATE')),
    PRIMARY KEY (account_id, field)
);

-- Whether search engines may index the public profile; off unless the user turns it on.
ALTER TABLE profile ADD COLUMN indexable BOOLEAN NOT NULL DEFAULT FALSE;
