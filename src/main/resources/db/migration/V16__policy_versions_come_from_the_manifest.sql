-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode (shared/STACK.md).

-- V1 seeded the demonstration company's first policy version into every database. A company's
-- versions now come from its manifest, stored at start-up: the seed goes wherever nobody accepted
-- it (its texts with it), and the bundled manifest brings it back for the demonstration.
DELETE FROM policy_version
    WHERE version = '2026-11'
      AND NOT EXISTS (SELECT 1 FROM policy_acceptance a WHERE a.policy_version_id = policy_version.id);
