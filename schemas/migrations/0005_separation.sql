-- PipeWard project schema, version 5: community areas (老旧小区, campuses, street blocks) and the rain/sewage
-- separation projects (雨污分流改造) the housing bureau plans on them (gis/plan). What an area holds (misconnections,
-- combined pipes, mixed-flow manholes, where its water goes) and a project's budget and progress are derived from the
-- records when asked, never stored, so they are never stale.

-- One import of community areas from a polygon source (shapefile ...): what was detected and who ran it.
CREATE TABLE community_imports (
  id              INTEGER PRIMARY KEY,
  imported_at     TEXT NOT NULL,
  user_name       TEXT NOT NULL,
  source          TEXT NOT NULL,
  profile         TEXT,
  encoding        TEXT,
  encoding_reason TEXT,
  crs             TEXT,
  crs_reason      TEXT,
  features_read   INTEGER NOT NULL DEFAULT 0,
  inserted        INTEGER NOT NULL DEFAULT 0,
  updated         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE communities (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  address     TEXT,
  build_year  INTEGER CHECK (build_year IS NULL OR build_year BETWEEN 1800 AND 2100),
  households  INTEGER CHECK (households IS NULL OR households >= 0),
  kind        TEXT NOT NULL DEFAULT 'old_residential' CHECK (kind IN ('old_residential', 'campus', 'block')),
  district_id INTEGER REFERENCES districts (id) ON DELETE SET NULL,  -- the district holding most of its area
  area_m2     REAL NOT NULL DEFAULT 0 CHECK (area_m2 >= 0),
  attrs       TEXT,                                                  -- unmapped source fields, JSON
  import_id   INTEGER REFERENCES community_imports (id),             -- NULL when drawn on the map
  feature_no  INTEGER,
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_by  TEXT,
  updated_at  TEXT,
  version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX communities_district ON communities (district_id);

CREATE TABLE separation_projects (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE,
  planned_year INTEGER NOT NULL CHECK (planned_year BETWEEN 2000 AND 2100),
  -- 规划 planning -> 设计 design -> 施工 construction -> 完工 completed -> 验收 accepted
  status       TEXT NOT NULL DEFAULT 'planning'
               CHECK (status IN ('planning', 'design', 'construction', 'completed', 'accepted')),
  notes        TEXT,
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_by   TEXT,
  updated_at   TEXT,
  version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE separation_project_areas (
  project_id   INTEGER NOT NULL REFERENCES separation_projects (id) ON DELETE CASCADE,
  community_id INTEGER NOT NULL REFERENCES communities (id),
  PRIMARY KEY (project_id, community_id)
);
CREATE INDEX separation_project_areas_community ON separation_project_areas (community_id);

-- What the project rectifies: misconnection points and defects (its findings; progress counts them), combined pipes
-- to be paralleled by a new pipe and manholes to rebuild (they enter the budget).
CREATE TABLE separation_project_scope (
  project_id INTEGER NOT NULL REFERENCES separation_projects (id) ON DELETE CASCADE,
  entity     TEXT NOT NULL CHECK (entity IN ('misconnection', 'defect', 'pipe', 'manhole')),
  entity_id  INTEGER NOT NULL,
  PRIMARY KEY (project_id, entity, entity_id)
);
CREATE INDEX separation_project_scope_entity ON separation_project_scope (entity, entity_id);

-- The rectification orders that carry the project out.
CREATE TABLE separation_project_orders (
  project_id INTEGER NOT NULL REFERENCES separation_projects (id) ON DELETE CASCADE,
  order_id   INTEGER NOT NULL REFERENCES orders (id),
  linked_by  TEXT NOT NULL,
  linked_at  TEXT NOT NULL,
  PRIMARY KEY (project_id, order_id)
);
CREATE INDEX separation_project_orders_order ON separation_project_orders (order_id);

-- Every status change: who, when, from, to, and why (a step back must say why). Append-only.
CREATE TABLE separation_project_events (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES separation_projects (id),
  at          TEXT NOT NULL,
  user_name   TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT NOT NULL,
  note        TEXT
);
CREATE INDEX separation_project_events_project ON separation_project_events (project_id, at);
CREATE TRIGGER separation_project_events_no_update BEFORE UPDATE ON separation_project_events
BEGIN SELECT RAISE(ABORT, 'separation project events are append-only'); END;
CREATE TRIGGER separation_project_events_no_delete BEFORE DELETE ON separation_project_events
BEGIN SELECT RAISE(ABORT, 'separation project events are append-only'); END;

INSERT INTO pw_layers (table_name, geometry_column, geometry_type) VALUES ('communities', 'geom', 'MULTIPOLYGON');
