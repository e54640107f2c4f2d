-- Events for the company's other systems (Standard Webhooks), through an outbox as mail is.

-- Where events go. The signing secret must be read back to sign, so it is stored encrypted
-- (secrets/SecretBox), never in the clear.
CREATE TABLE webhook_endpoint (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    url VARCHAR(2000) NOT NULL,
    secret_encrypted BYTEA NOT NULL,
    -- the manifest recipient (its name) this endpoint belongs to, if any
    recipient VARCHAR(200),
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version INTEGER NOT NULL DEFAULT 0
);

-- The event types an endpoint wants, one row each.
CREATE TABLE webhook_subscription (
    endpoint_id UUID NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_type VARCHAR(40) NOT NULL,
    PRIMARY KEY (endpoint_id, event_type)
);

-- One event, written in the transaction of the change it tells of; its body is fixed then, so
-- that every attempt sends the same bytes under the same webhook-id.
CREATE TABLE webhook_event (
    id UUID PRIMARY KEY,
    -- no foreign key: an event outlives its account until it is delivered (account.erased above all)
    account_id UUID,
    event_type VARCHAR(40) NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_event_account_idx ON webhook_event (account_id);
CREATE INDEX webhook_event_created_idx ON webhook_event (created_at);

-- One event to one endpoint. A claimed delivery has next_attempt_at moved one lease ahead: an
-- instance that dies before it records the answer leaves it due again when the lease ends.
CREATE TABLE webhook_delivery (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    event_id UUID NOT NULL REFERENCES webhook_event (id) ON DELETE CASCADE,
    endpoint_id UUID NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    status VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the last answer's HTTP status, and a short excerpt of what went wrong (never a whole body)
    last_status INTEGER,
    last_error VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE,
    UNIQUE (event_id, endpoint_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at);

-- The proof that each recipient was told of an erasure (GDPR art. 17(2), 19): the tombstone's id,
-- the recipient's name and when its endpoint took the event; no personal data. It outlives the
-- event and the endpoint.
CREATE TABLE webhook_erasure_notice (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    account_id UUID NOT NULL,
    recipient VARCHAR(200) NOT NULL,
    event_id UUID NOT NULL,
    delivery_id UUID REFERENCES webhook_delivery (id) ON DELETE SET NULL,
    told_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhook_erasure_notice_account_idx ON webhook_erasure_notice (account_id);
CREATE INDEX webhook_erasure_notice_delivery_idx ON webhook_erasure_notice (delivery_id);
