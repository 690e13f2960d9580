-- PipeWard project schema, version 1: districts, the pipe network, and what imports found.
-- Geometry columns are listed in pw_layers and created (AddGeometryColumn + spatial index) once the project CRS is
-- known, so that the SQL here stays free of an SRID.

CREATE TABLE project_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE pw_layers (
  table_name      TEXT PRIMARY KEY,
  geometry_column TEXT NOT NULL,
  geometry_type   TEXT NOT NULL CHECK (geometry_type IN ('POINT', 'LINESTRING', 'MULTIPOLYGON'))
);

CREATE TABLE import_runs (
  id              INTEGER PRIMARY KEY,
  batch_id        INTEGER NOT NULL,  -- runs imported together share the id of the batch's first run
  started_at      TEXT NOT NULL,
  finished_at     TEXT,
  user_name       TEXT,
  source          TEXT NOT NULL,
  layer           TEXT NOT NULL CHECK (layer IN ('pipes', 'manholes', 'districts')),
  profile         TEXT,
  encoding        TEXT,
  encoding_reason TEXT,
  crs             TEXT,
  crs_reason      TEXT,
  features_read   INTEGER NOT NULL DEFAULT 0,
  inserted        INTEGER NOT NULL DEFAULT 0,
  updated         INTEGER NOT NULL DEFAULT 0,
  unchanged       INTEGER NOT NULL DEFAULT 0,
  skipped         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE districts (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  attrs         TEXT,
  import_run_id INTEGER REFERENCES import_runs (id),
  feature_no    INTEGER
);

CREATE TABLE manholes (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  drainage      TEXT CHECK (drainage IN ('rain', 'sewage', 'combined')),
  kind          TEXT,
  ground_elev   REAL,
  depth         REAL,
  road          TEXT,
  district_id   INTEGER REFERENCES districts (id) ON DELETE SET NULL,
  attrs         TEXT,
  import_run_id INTEGER REFERENCES import_runs (id),
  feature_no    INTEGER
);
CREATE INDEX manholes_district ON manholes (district_id);

CREATE TABLE pipes (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  from_code       TEXT,
  to_code         TEXT,
  from_manhole_id INTEGER REFERENCES manholes (id) ON DELETE SET NULL,
  to_manhole_id   INTEGER REFERENCES manholes (id) ON DELETE SET NULL,
  drainage        TEXT CHECK (drainage IN ('rain', 'sewage', 'combined')),
  diameter_mm     REAL,
  height_mm       REAL,
  material        TEXT,
  length_m        REAL NOT NULL DEFAULT 0,
  from_invert     REAL,
  to_invert       REAL,
  from_depth      REAL,
  to_depth        REAL,
  build_year      INTEGER,
  road            TEXT,
  owner           TEXT,
  district_id     INTEGER REFERENCES districts (id) ON DELETE SET NULL,
  attrs           TEXT,
  import_run_id   INTEGER REFERENCES import_runs (id),
  feature_no      INTEGER
);
CREATE INDEX pipes_district ON pipes (district_id);
CREATE INDEX pipes_from_manhole ON pipes (from_manhole_id);
CREATE INDEX pipes_to_manhole ON pipes (to_manhole_id);

-- Faults found by an import. 'error' means the feature was not imported, 'warning' that it was, with the fault.
-- Source issues concern one source's features; network issues (pipe ends and manholes, districts) are recomputed
-- over the whole project by every import batch. The message is kept as its English template plus JSON arguments so that each
-- interface can show it in the user's language.
CREATE TABLE import_issues (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
  layer       TEXT NOT NULL,
  feature_no  INTEGER,
  record_code TEXT,
  check_code  TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
  scope       TEXT NOT NULL CHECK (scope IN ('source', 'network')),  -- one source's features, or the whole network
  field       TEXT,
  value       TEXT,
  message     TEXT NOT NULL,
  args        TEXT NOT NULL DEFAULT '[]',
  x           REAL,
  y           REAL
);
CREATE INDEX import_issues_run ON import_issues (run_id);

INSERT INTO pw_layers (table_name, geometry_column, geometry_type) VALUES
  ('districts', 'geom', 'MULTIPOLYGON'),
  ('pipes', 'geom', 'LINESTRING'),
  ('manholes', 'geom', 'POINT'),
  ('import_issues', 'geom', 'POINT');
