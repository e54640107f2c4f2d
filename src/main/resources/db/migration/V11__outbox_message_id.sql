-- The Message-ID of each mail (RFC 5322 3.6.4), fixed when its row is written: a mail sent again
-- after a crash, or after an SMTP reply that was lost, carries the same one, so that receivers can
-- drop the copy.
ALTER TABLE outbox_mail ADD COLUMN message_id VARCHAR(300);
-- Rows written before have no sender domain to hand here: they take their own id under the
-- reserved .invalid domain (RFC 2606), unique all the same. CONCAT and CAST run on H2 and PostgreSQL.
UPDATE outbox_mail SET message_id = CONCAT('<', CAST(id AS VARCHAR(36)), '@outbox.custodian.invalid>');
ALTER TABLE outbox_mail ALTER COLUMN message_id SET NOT NULL;
