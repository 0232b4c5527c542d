// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The .clusterscope schema, version 4 (docs/workspace-format.md explains every column; version 2
// added observations' subject and source row, and the source_rows table; version 3 stores the
// observations and source rows as blocks of columns instead of a row per value; version 4 adds
// observation_block_keys, which blocks hold which indicators and subjects, and encodes each array
// of a block as its entries or as runs: persist/column_codec.h). Shared by the
// writer, which creates it, and the reader, which selects exactly these columns (a missing table
// or column fails the reader's prepare, with SQLite's message). Files of versions 1 and 2 are
// read with the reader's own queries of their observations, observation_inputs and source_rows.
//
// Every table has an INTEGER key: the entry's position in the workspace, from 1, so reading in
// key order gives the workspace's order. A reference is the referenced row's key; a reference
// naming nothing in the workspace (a rule problem, kept so that a file saved mid-edit reopens the
// same) is NULL there with the id in the *_unresolved column beside it.

namespace cs::sqlite_schema {

inline constexpr const char *kCreate = R"sql(
CREATE TABLE metadata (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sources (
  key        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL,
  title      TEXT NOT NULL,
  label_zh   TEXT,
  label_en   TEXT,
  publisher  TEXT,
  date       TEXT,
  reference  TEXT,
  confidence TEXT NOT NULL,
  note       TEXT
);
CREATE TABLE subjects (
  key               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL,
  kind              TEXT NOT NULL,
  name_zh           TEXT,
  name_en           TEXT,
  parent            INTEGER REFERENCES subjects(key),
  parent_unresolved TEXT
);
CREATE TABLE taxonomy (
  key               INTEGER PRIMARY KEY CHECK (key = 1),
  id                TEXT NOT NULL,
  edition           TEXT NOT NULL,
  title_zh          TEXT,
  title_en          TEXT,
  source            INTEGER REFERENCES sources(key),
  source_unresolved TEXT
);
CREATE TABLE taxonomy_nodes (
  key      INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL,
  category INTEGER REFERENCES taxonomy_nodes(key),
  id       TEXT NOT NULL,
  name_zh  TEXT,
  name_en  TEXT,
  note     TEXT
);
CREATE TABLE indicators (
  key                  INTEGER PRIMARY KEY,
  id                   TEXT NOT NULL,
  name_zh              TEXT,
  name_en              TEXT,
  subject              INTEGER REFERENCES subjects(key),
  subject_unresolved   TEXT,
  cluster              INTEGER REFERENCES taxonomy_nodes(key),
  cluster_unresolved   TEXT,
  unit                 TEXT NOT NULL,
  measure              TEXT NOT NULL,
  part_of              INTEGER REFERENCES indicators(key),
  part_of_unresolved   TEXT,
  growth_of            INTEGER REFERENCES indicators(key),
  growth_of_unresolved TEXT,
  note                 TEXT
);
-- Version 3: the observation store's strings (ids' prefixes, indicator, subject and source ids,
-- source rows' files), each once; key 0 is ''.
CREATE TABLE strings (
  key  INTEGER PRIMARY KEY,
  text TEXT NOT NULL
);
-- The rows of imported files, numbered from 0 across the blocks, in blocks of up to 65,536 rows
-- and 8 MiB of text; every column but cells is an array of little-endian int32, one per row
-- (version 4: a leading byte says whether as they are or as runs, column_codec.h).
CREATE TABLE source_row_blocks (
  key    INTEGER PRIMARY KEY,
  count  INTEGER NOT NULL,
  file   BLOB NOT NULL,
  line   BLOB NOT NULL,
  header BLOB NOT NULL,
  ends   BLOB NOT NULL,
  cells  BLOB NOT NULL
);
-- The observations, numbered from 1 across the blocks, in blocks of 65,536 (the last may hold
-- fewer); every column but count is an array, one entry per value, little-endian (encoded as
-- the source rows' arrays are): int32 keys
-- into strings (id_prefix, indicator, subject, source), int32 id_number (-1: the id is its
-- prefix), int64 period codes, float64 values, uint8 qualifier codes, int32 source_row (-1:
-- none) and source_column.
CREATE TABLE observation_blocks (
  key           INTEGER PRIMARY KEY,
  count         INTEGER NOT NULL,
  id_prefix     BLOB NOT NULL,
  id_number     BLOB NOT NULL,
  indicator     BLOB NOT NULL,
  subject       BLOB NOT NULL,
  source        BLOB NOT NULL,
  period        BLOB NOT NULL,
  value         BLOB NOT NULL,
  qualifier     BLOB NOT NULL,
  source_row    BLOB NOT NULL,
  source_column BLOB NOT NULL
);
-- The indicators and subjects each block of observations holds: arrays of little-endian int32
-- keys into strings, distinct and ascending. One series is read from the blocks that hold it.
CREATE TABLE observation_block_keys (
  block      INTEGER PRIMARY KEY,
  indicators BLOB NOT NULL,
  subjects   BLOB NOT NULL
);
-- What few values have: a quote (typed or extracted values), a note, being derived.
CREATE TABLE observation_notes (
  observation INTEGER PRIMARY KEY,
  quote       TEXT,
  note        TEXT,
  derived     INTEGER NOT NULL
);
CREATE TABLE observation_inputs (
  observation INTEGER NOT NULL,
  position    INTEGER NOT NULL,
  input       TEXT NOT NULL,
  PRIMARY KEY (observation, position)
) WITHOUT ROWID;
CREATE TABLE charts (
  key  INTEGER PRIMARY KEY,
  id   TEXT NOT NULL,
  kind TEXT NOT NULL,
  spec TEXT NOT NULL
);
)sql";

inline constexpr const char *kCreateIndexes = R"sql(
CREATE INDEX indicators_by_subject ON indicators (subject);
)sql";

} // namespace cs::sqlite_schema
