// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The .clusterscope schema, version 2 (docs/workspace-format.md explains every column; version 2
// added observations' subject and source row, and the source_rows table). Shared
// by the writer, which creates it, and the reader, which selects exactly these columns (a
// missing table or column fails the reader's prepare, with SQLite's message).
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
CREATE TABLE source_rows (
  key    INTEGER PRIMARY KEY,
  file   TEXT,
  line   INTEGER NOT NULL,
  cells  BLOB NOT NULL,
  header INTEGER REFERENCES source_rows(key)
);
CREATE TABLE observations (
  key                  INTEGER PRIMARY KEY,
  id                   TEXT NOT NULL,
  indicator            INTEGER REFERENCES indicators(key),
  indicator_unresolved TEXT,
  subject              INTEGER REFERENCES subjects(key),
  subject_unresolved   TEXT,
  period_step          TEXT,
  period_kind          TEXT,
  period_first         INTEGER,
  period_last          INTEGER,
  value                REAL NOT NULL,
  qualifier            TEXT,
  source               INTEGER REFERENCES sources(key),
  source_unresolved    TEXT,
  quote                TEXT,
  source_row           INTEGER REFERENCES source_rows(key),
  source_column        INTEGER,
  note                 TEXT,
  derived              INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE observation_inputs (
  observation      INTEGER NOT NULL REFERENCES observations(key),
  position         INTEGER NOT NULL,
  input            INTEGER REFERENCES observations(key),
  input_unresolved TEXT,
  PRIMARY KEY (observation, position)
) WITHOUT ROWID;
CREATE TABLE charts (
  key  INTEGER PRIMARY KEY,
  id   TEXT NOT NULL,
  kind TEXT NOT NULL,
  spec TEXT NOT NULL
);
)sql";

// Created after the rows are in: building an index once is faster than keeping it sorted
// through a million inserts.
inline constexpr const char *kCreateIndexes = R"sql(
CREATE INDEX observations_by_indicator_period ON observations (indicator, subject, period_last, period_first);
CREATE INDEX indicators_by_subject ON indicators (subject);
)sql";

} // namespace cs::sqlite_schema
