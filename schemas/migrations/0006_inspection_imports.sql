-- PipeWard project schema, version 6: the CCTV result files imported (pipeward-cli import-inspections,
-- gis/inspect/csv_import.cpp), recognised by the SHA-256 of their bytes, so that importing the same file again is
-- reported instead of recording its inspections and defects twice.

CREATE TABLE inspection_imports (
  id           INTEGER PRIMARY KEY,
  sha256       TEXT NOT NULL,               -- of the file's bytes as read
  file_name    TEXT NOT NULL,               -- the name it had (for the message; the content identifies it)
  encoding     TEXT NOT NULL,
  rows         INTEGER NOT NULL,
  defects      INTEGER NOT NULL,
  imported_by  TEXT NOT NULL,
  imported_at  TEXT NOT NULL
);
CREATE INDEX inspection_imports_sha256 ON inspection_imports (sha256);

-- The inspections each import recorded. A file counts as imported while any of them still exists: when all were
-- deleted (or undone), the file may be imported again.
CREATE TABLE inspection_import_items (
  import_id     INTEGER NOT NULL REFERENCES inspection_imports (id),
  inspection_id INTEGER NOT NULL,
  PRIMARY KEY (import_id, inspection_id)
);
