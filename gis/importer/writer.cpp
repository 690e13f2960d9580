#include "importer/writer.h"

#include <nlohmann/json.hpp>

#include "core/tr.h"
#include "geom/spatialite_blob.h"
#include "store/rtree.h"
#include "store/sqlite.h"

namespace pw {
namespace {

/// The parameter of the batch's first run id in each role's upsert (rows from runs >= it are this batch's).
int batchParameter(Role role) {
  switch (role) {
    case Role::Districts: return 7;
    case Role::Manholes: return 12;
    case Role::Pipes: return 23;
  }
  return 0;
}

void bindOptionalId(sql::Statement& st, int index, std::int64_t id) {
  if (id > 0) {
    st.bind(index, id);
  } else {
    st.bindNull(index);
  }
}

const char* upsertSql(Role role) {
  switch (role) {
    case Role::Districts:
      return "INSERT INTO districts (code, name, attrs, import_run_id, feature_no, geom) VALUES (?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (code) DO UPDATE SET name = excluded.name, attrs = excluded.attrs, "
             "import_run_id = excluded.import_run_id, feature_no = excluded.feature_no, geom = excluded.geom "
             "WHERE districts.import_run_id IS NULL OR districts.import_run_id < ?7";
    case Role::Manholes:
      return "INSERT INTO manholes (code, drainage, kind, ground_elev, depth, road, district_id, attrs, "
             "import_run_id, feature_no, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (code) DO UPDATE SET drainage = excluded.drainage, kind = excluded.kind, "
             "ground_elev = excluded.ground_elev, depth = excluded.depth, road = excluded.road, "
             "district_id = excluded.district_id, attrs = excluded.attrs, import_run_id = excluded.import_run_id, "
             "feature_no = excluded.feature_no, geom = excluded.geom "
             "WHERE manholes.import_run_id IS NULL OR manholes.import_run_id < ?12";
    case Role::Pipes:
      return "INSERT INTO pipes (code, from_code, to_code, from_manhole_id, to_manhole_id, drainage, diameter_mm, "
             "height_mm, material, length_m, from_invert, to_invert, from_depth, to_depth, build_year, road, owner, "
             "district_id, attrs, import_run_id, feature_no, geom) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (code) DO UPDATE SET from_code = excluded.from_code, to_code = excluded.to_code, "
             "from_manhole_id = excluded.from_manhole_id, to_manhole_id = excluded.to_manhole_id, "
             "drainage = excluded.drainage, diameter_mm = excluded.diameter_mm, height_mm = excluded.height_mm, "
             "material = excluded.material, length_m = excluded.length_m, from_invert = excluded.from_invert, "
             "to_invert = excluded.to_invert, from_depth = excluded.from_depth, to_depth = excluded.to_depth, "
             "build_year = excluded.build_year, road = excluded.road, owner = excluded.owner, "
             "district_id = excluded.district_id, attrs = excluded.attrs, import_run_id = excluded.import_run_id, "
             "feature_no = excluded.feature_no, geom = excluded.geom "
             "WHERE pipes.import_run_id IS NULL OR pipes.import_run_id < ?23";
  }
  return "";
}

}  // namespace

SpatialTriggerPause::SpatialTriggerPause(sql::Database& db, const std::string& table) : m_db(db), m_table(table) {
  auto st = db.prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
      "(name LIKE 'gg%' OR name LIKE 'gi%' OR name LIKE 'tm%')");
  st.bind(1, table);
  std::vector<std::string> names;
  while (st.step()) {
    names.push_back(st.text(0));
    m_triggers.push_back(st.text(1));
  }
  for (const auto& name : names) db.exec("DROP TRIGGER " + sql::quoteIdentifier(name));
}

void SpatialTriggerPause::restore() {
  if (m_restored) return;
  for (const auto& sqlText : m_triggers) m_db.exec(sqlText);
  rebuildSpatialIndex(m_db, m_table, "geom");
  m_restored = true;
}

IndexPause::IndexPause(sql::Database& db, const std::string& table) : m_db(db) {
  auto st = db.prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND "
      "sql NOT LIKE 'CREATE UNIQUE%'");
  st.bind(1, table);
  std::vector<std::string> names;
  while (st.step()) {
    names.push_back(st.text(0));
    m_indexes.push_back(st.text(1));
  }
  for (const auto& name : names) db.exec("DROP INDEX " + sql::quoteIdentifier(name));
}

void IndexPause::restore() {
  if (m_restored) return;
  for (const auto& sqlText : m_indexes) m_db.exec(sqlText);
  m_restored = true;
}

struct LayerWriter::Impl {
  sql::Database& db;
  int srid;
  std::int64_t batchId;
  sql::Statement upsert;
  sql::Statement firstOfCode;
  std::int64_t runId = 0;
  std::string source;
  std::string codeField;
  std::vector<std::uint8_t> blob;
};

LayerWriter::LayerWriter(sql::Database& db, Role role, int srid, std::int64_t batchId)
    : m_impl(new Impl{db,
                      srid,
                      batchId,
                      db.prepare(upsertSql(role)),
                      db.prepare("SELECT t.feature_no, r.source FROM " + sql::quoteIdentifier(roleKey(role)) +
                                 " t JOIN import_runs r ON r.id = t.import_run_id WHERE t.code = ?"),
                      0,
                      {},
                      {},
                      {}}),
      m_role(role) {}

LayerWriter::~LayerWriter() = default;

void LayerWriter::startRun(std::int64_t runId, const std::string& sourcePath, const std::string& codeField) {
  m_impl->runId = runId;
  m_impl->source = sourcePath;
  m_impl->codeField = codeField;
}

bool LayerWriter::store(const std::string& code, std::int64_t featureNo, std::vector<Issue>& issues,
                        std::optional<Point> where) {
  auto& db = m_impl->db;
  m_impl->upsert.bind(batchParameter(m_role), m_impl->batchId);
  db.setLastInsertRowid(0);
  m_impl->upsert.run();
  if (db.changes() > 0) {
    // A new row sets the last insert rowid; an update of an earlier import's row leaves it at 0.
    ++(db.lastInsertRowid() != 0 ? m_counts.inserted : m_counts.updated);
    return true;
  }
  // The row this batch wrote first keeps its place; this one is reported.
  auto& first = m_impl->firstOfCode;
  first.bind(1, code);
  std::string firstFeature = "?";
  std::string firstSource;
  if (first.step()) {
    firstFeature = first.isNull(0) ? "?" : std::to_string(first.int64(0));
    firstSource = first.text(1);
  }
  first.reset();
  Issue is;
  is.layer = m_role;
  is.featureNo = featureNo;
  is.recordCode = code;
  is.check = "duplicate_id";
  is.severity = Severity::Error;
  is.field = m_impl->codeField;
  is.value = code;
  if (firstSource == m_impl->source) {
    is.messageTemplate =
        m_role == Role::Pipes
            ? PW_TR("Feature %1: the pipe id %2 is already used by feature %5; this one was not imported")
        : m_role == Role::Manholes
            ? PW_TR("Feature %1: the manhole id %2 is already used by feature %5; this one was not imported")
            : PW_TR("Feature %1: the district code %2 is already used by feature %5; this one was not imported");
    is.args = {std::to_string(featureNo), code, is.field, code, firstFeature};
  } else {
    is.messageTemplate =
        PW_TR("Feature %1: the id %2 is also feature %5 of %6, imported in the same batch; this one was not imported");
    is.args = {std::to_string(featureNo), code, is.field, code, firstFeature, firstSource};
  }
  is.where = where;
  issues.push_back(std::move(is));
  ++m_counts.skipped;
  return false;
}

void LayerWriter::write(std::vector<DistrictRow>& rows, std::vector<Issue>& issues) {
  auto& st = m_impl->upsert;
  for (const auto& r : rows) {
    blob::encodeMultiPolygon(m_impl->blob, m_impl->srid, r.polygons);
    st.bindRef(1, r.code).bindRef(2, r.name).bindRef(3, r.attrs).bind(4, m_impl->runId).bind(5, r.featureNo);
    st.bindBlobRef(6, m_impl->blob);
    store(r.code, r.featureNo, issues, std::nullopt);
  }
}

void LayerWriter::write(std::vector<ManholeRow>& rows, std::vector<Issue>& issues) {
  auto& st = m_impl->upsert;
  for (const auto& r : rows) {
    blob::encodePoint(m_impl->blob, m_impl->srid, r.point.x, r.point.y);
    st.bindRef(1, r.code).bindRef(2, r.drainage).bindRef(3, r.kind).bind(4, r.groundElev);
    st.bind(5, r.depth).bindRef(6, r.road);
    bindOptionalId(st, 7, r.districtId);
    st.bindRef(8, r.attrs).bind(9, m_impl->runId).bind(10, r.featureNo).bindBlobRef(11, m_impl->blob);
    store(r.code, r.featureNo, issues, r.point);
  }
}

void LayerWriter::write(std::vector<PipeRow>& rows, std::vector<Issue>& issues,
                        const std::unordered_map<std::string, std::int64_t>& manholeIds) {
  auto idOf = [&](const std::string& code) -> std::int64_t {
    const auto it = manholeIds.find(code);
    return it == manholeIds.end() ? 0 : it->second;
  };
  auto& st = m_impl->upsert;
  for (const auto& r : rows) {
    blob::encodeLineString(m_impl->blob, m_impl->srid, r.xy);
    st.bindRef(1, r.code).bindRef(2, r.fromCode).bindRef(3, r.toCode);
    bindOptionalId(st, 4, idOf(r.fromCode));
    bindOptionalId(st, 5, idOf(r.toCode));
    st.bindRef(6, r.drainage).bind(7, r.diameterMm).bind(8, r.heightMm).bindRef(9, r.material).bind(10, r.length);
    st.bind(11, r.fromInvert).bind(12, r.toInvert).bind(13, r.fromDepth).bind(14, r.toDepth);
    st.bind(15, r.buildYear).bindRef(16, r.road).bindRef(17, r.owner);
    bindOptionalId(st, 18, r.districtId);
    st.bindRef(19, r.attrs).bind(20, m_impl->runId).bind(21, r.featureNo).bindBlobRef(22, m_impl->blob);
    store(r.code, r.featureNo, issues, Point{r.xy[0], r.xy[1]});
  }
}

void writeIssues(sql::Database& db, int srid, std::int64_t runId, const std::vector<Issue>& issues) {
  auto st = db.prepare(
      "INSERT INTO import_issues (run_id, layer, feature_no, record_code, check_code, severity, scope, field, value, "
      "message, args, x, y, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  std::vector<std::uint8_t> blob;
  for (const auto& is : issues) {
    st.bind(1, runId).bind(2, roleKey(is.layer));
    if (is.featureNo > 0) st.bind(3, is.featureNo);
    if (!is.recordCode.empty()) st.bind(4, is.recordCode);
    st.bind(5, is.check).bind(6, severityKey(is.severity)).bind(7, is.network ? "network" : "source");
    if (!is.field.empty()) st.bind(8, is.field);
    if (!is.value.empty()) st.bind(9, is.value);
    st.bind(10, is.messageTemplate)
        .bind(11, nlohmann::json(is.args).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (is.where) {
      st.bind(12, is.where->x).bind(13, is.where->y);
      blob::encodePoint(blob, srid, is.where->x, is.where->y);
      st.bindBlob(14, blob);
    }
    st.run();
  }
}

std::unordered_map<std::string, std::int64_t> loadManholeIds(sql::Database& db) {
  std::unordered_map<std::string, std::int64_t> ids;
  ids.reserve(static_cast<std::size_t>(db.scalarInt("SELECT count(*) FROM manholes")));
  auto st = db.prepare("SELECT code, id FROM manholes");
  while (st.step()) ids.emplace(st.text(0), st.int64(1));
  return ids;
}

}  // namespace pw
