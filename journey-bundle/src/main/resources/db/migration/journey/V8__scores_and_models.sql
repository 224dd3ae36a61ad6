-- Scores computed as touchpoints arrive, one row per touchpoint and kind, so a redelivered batch
-- scores nothing twice; and the model registry, whose artifacts live here too (deflated, base64 in
-- text, the same column type for H2 and PostgreSQL, at most 10 million characters: PostgreSQL's
-- VARCHAR ends at 10,485,760), so every node sharing the store serves the
-- same versions.

CREATE TABLE score (
    source_key    VARCHAR(300)     NOT NULL,
    message_id    VARCHAR(256)     NOT NULL,
    kind          VARCHAR(32)      NOT NULL,
    profile_id    VARCHAR(600)     NOT NULL,
    score_value   DOUBLE PRECISION NOT NULL,
    model         VARCHAR(64)      NOT NULL,
    model_version VARCHAR(32)      NOT NULL,
    event_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    scored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_score PRIMARY KEY (source_key, message_id, kind)
);

CREATE INDEX ix_score_profile ON score (profile_id, kind, event_time);

CREATE TABLE model_version (
    model         VARCHAR(64)      NOT NULL,
    version       INT              NOT NULL,
    status        VARCHAR(16)      NOT NULL,
    metrics       VARCHAR(4000)    NOT NULL,
    trained_on    VARCHAR(1000)    NOT NULL,
    features      VARCHAR(200)     NOT NULL,
    artifact      VARCHAR(10000000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_model_version PRIMARY KEY (model, version)
);
