-- Connectors' sync positions (a HubSpot search watermark, a file offset, ...), one row per
-- connector key, so a restart resumes where the last durable ingest left off. The value is the
-- connector's own small text (usually JSON); portable between H2 2.x and PostgreSQL.

CREATE TABLE connector_checkpoint (
    connector_key  VARCHAR(300)   NOT NULL PRIMARY KEY,
    checkpoint     VARCHAR(100000) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
