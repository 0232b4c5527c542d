PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE metadata (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO metadata VALUES('format','clusterscope-workspace');
INSERT INTO metadata VALUES('title.en','small');
INSERT INTO metadata VALUES('title.zh','small');
INSERT INTO metadata VALUES('version','2');
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
INSERT INTO sources VALUES(1,'file-small-csv','small.csv',NULL,NULL,NULL,NULL,'small.csv','primary',NULL);
CREATE TABLE subjects (
  key               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL,
  kind              TEXT NOT NULL,
  name_zh           TEXT,
  name_en           TEXT,
  parent            INTEGER REFERENCES subjects(key),
  parent_unresolved TEXT
);
INSERT INTO subjects VALUES(1,'深圳','region','深圳',NULL,NULL,NULL);
INSERT INTO subjects VALUES(2,'广州','region','广州',NULL,NULL,NULL);
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
INSERT INTO indicators VALUES(1,'增加值','增加值',NULL,NULL,NULL,NULL,NULL,'yi-yuan','level',NULL,NULL,NULL,NULL,NULL);
CREATE TABLE source_rows (
  key    INTEGER PRIMARY KEY,
  file   TEXT,
  line   INTEGER NOT NULL,
  cells  BLOB NOT NULL,
  header INTEGER REFERENCES source_rows(key)
);
INSERT INTO source_rows VALUES(1,'small.csv',1,X'726567696f6e1f696e64696361746f721f706572696f641f76616c75651f756e69741f',NULL);
INSERT INTO source_rows VALUES(2,'small.csv',2,X'e6b7b1e59cb31fe5a29ee58aa0e580bc1f323032321f33323338372e36381fe4babfe585831f',1);
INSERT INTO source_rows VALUES(3,'small.csv',3,X'e6b7b1e59cb31fe5a29ee58aa0e580bc1f323032331f33343630362e34301fe4babfe585831f',1);
INSERT INTO source_rows VALUES(4,'small.csv',4,X'e5b9bfe5b79e1fe5a29ee58aa0e580bc1f323032331f33303335352e37331fe4babfe585831f',1);
INSERT INTO source_rows VALUES(5,'small.csv',5,X'e5b9bfe5b79e1fe5a29ee58aa0e580bc1f3230323351311f373130332e351fe4babfe585831f',1);
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
INSERT INTO observations VALUES(1,'file-small-csv#1',1,NULL,1,NULL,'year','year',20220101,20221231,32387.68000000000029,NULL,1,NULL,NULL,2,3,NULL,0);
INSERT INTO observations VALUES(2,'file-small-csv#2',1,NULL,1,NULL,'year','year',20230101,20231231,34606.400000000001454,NULL,1,NULL,NULL,3,3,NULL,0);
INSERT INTO observations VALUES(3,'file-small-csv#3',1,NULL,2,NULL,'year','year',20230101,20231231,30355.729999999999564,NULL,1,NULL,NULL,4,3,NULL,0);
INSERT INTO observations VALUES(4,'file-small-csv#4',1,NULL,2,NULL,'quarter','quarter',20230101,20230331,7103.4999999999999999,NULL,1,NULL,NULL,5,3,NULL,0);
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
CREATE INDEX observations_by_indicator_period ON observations (indicator, subject, period_last, period_first);
CREATE INDEX indicators_by_subject ON indicators (subject);
COMMIT;
