-- realpolitik store schema, version 1. Applied by store/migrations.py; never edit a released version,
-- add a new migration instead.
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    doc_id        VARCHAR PRIMARY KEY,   -- sha256 of normalised text
    external_id   VARCHAR,
    url           VARCHAR,
    source        VARCHAR,
    title         VARCHAR,
    published     DATE,
    language      VARCHAR,
    text          VARCHAR NOT NULL,
    origin        VARCHAR,               -- path[:line] it was read from
    n_sentences   INTEGER,
    n_mentions    INTEGER,
    coder_version VARCHAR,
    ingested_at   TIMESTAMP NOT NULL
);

-- One coded event in one sentence.
CREATE TABLE IF NOT EXISTS mentions (
    mention_id       VARCHAR PRIMARY KEY,
    event_id         VARCHAR NOT NULL,
    doc_id           VARCHAR NOT NULL,
    sentence_index   INTEGER,
    char_start       INTEGER,
    char_end         INTEGER,
    evidence         VARCHAR,
    source_text      VARCHAR, source_entity VARCHAR, source_code VARCHAR,
    source_country   VARCHAR, source_sector VARCHAR, source_name VARCHAR,
    target_text      VARCHAR, target_entity VARCHAR, target_code VARCHAR,
    target_country   VARCHAR, target_sector VARCHAR, target_name VARCHAR,
    event_code       VARCHAR NOT NULL,
    root_code        VARCHAR NOT NULL,
    base_code        VARCHAR,
    event_name       VARCHAR,
    quad_class       INTEGER,
    goldstein        DOUBLE,
    plover_type      VARCHAR,
    plover_mode      VARCHAR,
    plover_context   VARCHAR,
    modality         VARCHAR NOT NULL,
    speaker_code     VARCHAR,
    event_date       DATE,
    date_precision   VARCHAR,
    date_source      VARCHAR,
    location_country VARCHAR,
    location_name    VARCHAR,
    confidence       DOUBLE,
    pattern_id       VARCHAR,
    trig             VARCHAR,
    coder_version    VARCHAR
);

-- Deduplicated events: key = (event_date, source_code, target_code, event_code, modality).
-- Text events are aggregates of mentions; GDELT imports land here directly with origin = 'gdelt'.
CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    event_date      DATE,
    date_precision  VARCHAR,
    source_code     VARCHAR,
    target_code     VARCHAR,
    source_name     VARCHAR,
    target_name     VARCHAR,
    source_country  VARCHAR,
    target_country  VARCHAR,
    source_entity   VARCHAR,
    target_entity   VARCHAR,
    event_code      VARCHAR NOT NULL,
    base_code       VARCHAR,
    root_code       VARCHAR NOT NULL,
    quad_class      INTEGER,
    goldstein       DOUBLE,
    plover_type     VARCHAR,
    modality        VARCHAR NOT NULL,
    num_mentions    INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    num_sources     INTEGER,
    first_seen      TIMESTAMP,
    last_seen       TIMESTAMP,
    confidence      DOUBLE,
    first_mention   VARCHAR,            -- mention_id of the evidence shown by default (NULL for GDELT)
    origin          VARCHAR NOT NULL,   -- 'text' | 'gdelt'
    source_url      VARCHAR,            -- GDELT SOURCEURL
    gdelt_id        BIGINT,
    action_country  VARCHAR,
    avg_tone        DOUBLE
);

-- Entities seen in coded events (the dictionary itself lives in package data files).
CREATE TABLE IF NOT EXISTS actors (
    entity_id   VARCHAR PRIMARY KEY,
    code        VARCHAR,
    name        VARCHAR,
    kind        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR
);

-- Actor-like mentions the resolver could not resolve, kept for curation (`actors unknown`).
CREATE TABLE IF NOT EXISTS unresolved (
    doc_id          VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    label           VARCHAR,
    sentence        VARCHAR,
    PRIMARY KEY (doc_id, sentence_index, text)
);
