-- The profile photo (policy 004 §1), as the server re-encoded it: no metadata of the uploaded file
-- survives. In the database so that every instance serves it; a square of each size pages show.
-- Who may see it is the PHOTO row of field_visibility (no row: members).
CREATE TABLE profile_photo (
    account_id UUID PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    large BYTEA NOT NULL,
    small BYTEA NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
