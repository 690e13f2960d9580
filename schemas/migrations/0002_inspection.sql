-- PipeWard project schema, version 2: pipe inspections (CJJ 181), defects, misconnection points (T/CECS 758),
-- photos kept in the project, and the append-only audit log of every change to findings.

-- Assessment inputs per pipe that surveys rarely deliver; NULL means "use the project default".
ALTER TABLE pipes ADD COLUMN importance_k REAL;   -- K, area importance (CJJ 181 RI/MI)
ALTER TABLE pipes ADD COLUMN soil_t REAL;         -- T, soil factor (CJJ 181 RI)

-- Photos and documents, content-addressed: the same file stored once, whatever links to it.
CREATE TABLE attachments (
  id            INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL UNIQUE,
  mime          TEXT NOT NULL,
  size          INTEGER NOT NULL,
  original_name TEXT,
  data          BLOB NOT NULL,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL
);

CREATE TABLE attachment_links (
  entity        TEXT NOT NULL CHECK (entity IN ('defect', 'misconnection', 'inspection')),
  entity_id     INTEGER NOT NULL,
  attachment_id INTEGER NOT NULL REFERENCES attachments (id),
  position      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity, entity_id, attachment_id)
);

CREATE TABLE inspections (
  id               INTEGER PRIMARY KEY,
  pipe_id          INTEGER NOT NULL REFERENCES pipes (id) ON DELETE CASCADE,
  inspected_on     TEXT NOT NULL,             -- date, YYYY-MM-DD
  method           TEXT NOT NULL CHECK (method IN ('cctv', 'qv', 'sonar', 'visual')),
  direction        TEXT NOT NULL CHECK (direction IN ('with_flow', 'against_flow')),
  team             TEXT,
  inspected_length REAL,
  notes            TEXT,
  created_by       TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_by       TEXT,
  updated_at       TEXT,
  version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX inspections_pipe ON inspections (pipe_id);

CREATE TABLE defects (
  id            INTEGER PRIMARY KEY,
  inspection_id INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  code          TEXT NOT NULL,
  grade         INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
  distance_m    REAL NOT NULL CHECK (distance_m >= 0),  -- from the start manhole, in the inspection direction
  length_m      REAL CHECK (length_m IS NULL OR length_m >= 0),  -- longitudinal length of a continuous defect
  clock_from    INTEGER CHECK (clock_from IS NULL OR clock_from BETWEEN 1 AND 12),
  clock_to      INTEGER CHECK (clock_to IS NULL OR clock_to BETWEEN 1 AND 12),
  description   TEXT,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_by    TEXT,
  updated_at    TEXT,
  version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX defects_inspection ON defects (inspection_id);

CREATE TABLE misconnections (
  id                 INTEGER PRIMARY KEY,
  pipe_id            INTEGER REFERENCES pipes (id) ON DELETE SET NULL,
  manhole_id         INTEGER REFERENCES manholes (id) ON DELETE SET NULL,
  district_id        INTEGER REFERENCES districts (id) ON DELETE SET NULL,
  kind               TEXT NOT NULL,     -- T/CECS 758 type key
  source_kind        TEXT,              -- residential, shop, institution, municipal
  inflow_diameter_mm REAL,
  flow_m3d           REAL,
  nh3n_mg_l          REAL,
  cod_mg_l           REAL,
  weather            TEXT,
  sampled_on         TEXT,
  cause              TEXT,
  status             TEXT NOT NULL,
  description        TEXT,
  created_by         TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_by         TEXT,
  updated_at         TEXT,
  version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX misconnections_pipe ON misconnections (pipe_id);
CREATE INDEX misconnections_manhole ON misconnections (manhole_id);
CREATE INDEX misconnections_district ON misconnections (district_id);

-- Every create, edit and delete of a finding: who, when, and the record before and after (JSON). Append-only.
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  user_name TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before    TEXT,
  after     TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- A table may now have several geometry columns (a defect's point and its line).
CREATE TABLE pw_layers_v2 (
  table_name      TEXT NOT NULL,
  geometry_column TEXT NOT NULL,
  geometry_type   TEXT NOT NULL CHECK (geometry_type IN ('POINT', 'LINESTRING', 'MULTIPOLYGON')),
  PRIMARY KEY (table_name, geometry_column)
);
INSERT INTO pw_layers_v2 SELECT table_name, geometry_column, geometry_type FROM pw_layers;
DROP TABLE pw_layers;
ALTER TABLE pw_layers_v2 RENAME TO pw_layers;

INSERT INTO pw_layers (table_name, geometry_column, geometry_type) VALUES
  ('defects', 'geom', 'POINT'),
  ('defects', 'geom_line', 'LINESTRING'),
  ('misconnections', 'geom', 'POINT');
