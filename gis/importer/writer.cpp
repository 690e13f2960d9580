#include "importer/writer.h"

#include <unordered_set>

#include <nlohmann/json.hpp>

#include "geom/spatialite_blob.h"
#include "store/rtree.h"
#include "store/sqlite.h"

namespace pw {
namespace {

std::unordered_set<std::string> existingCodes(sql::Database& db, const std::string& table) {
  std::unordered_set<std::string> codes;
  auto st = db.prepare("SELECT code FROM " + sql::quoteIdentifier(table));
  while (st.step()) codes.insert(st.text(0));
  return codes;
}

void bindOptionalId(sql::Statement& st, int index, std::int64_t id) {
  if (id > 0) {
    st.bind(index, id);
  } else {
    st.bindNull(index);
  }
}

template <typename Rows, typename BindFn>
WriteCounts upsert(sql::Database& db, const std::string& table, const std::string& sql, const Rows& rows,
                   BindFn bindRow) {
  WriteCounts counts;
  const auto before = existingCodes(db, table);
  auto st = db.prepare(sql);
  std::vector<std::uint8_t> blob;
  for (const auto& row : rows) {
    bindRow(st, row, blob);
    st.run();
    if (before.count(row.code)) {
      ++counts.updated;
    } else {
      ++counts.inserted;
    }
  }
  return counts;
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

WriteCounts writeDistricts(sql::Database& db, int srid, std::int64_t runId, const std::vector<DistrictRow>& rows) {
  return upsert(db, "districts",
                "INSERT INTO districts (code, name, attrs, import_run_id, feature_no, geom) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, attrs = excluded.attrs, "
                "import_run_id = excluded.import_run_id, feature_no = excluded.feature_no, geom = excluded.geom",
                rows, [&](sql::Statement& st, const DistrictRow& r, std::vector<std::uint8_t>& blob) {
                  blob::encodeMultiPolygon(blob, srid, r.polygons);
                  st.bind(1, r.code).bind(2, r.name).bind(3, r.attrs).bind(4, runId).bind(5, r.featureNo);
                  st.bindBlob(6, blob);
                });
}

WriteCounts writeManholes(sql::Database& db, int srid, std::int64_t runId, const std::vector<ManholeRow>& rows) {
  return upsert(db, "manholes",
                "INSERT INTO manholes (code, drainage, kind, ground_elev, depth, road, district_id, attrs, "
                "import_run_id, feature_no, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (code) DO UPDATE SET drainage = excluded.drainage, kind = excluded.kind, "
                "ground_elev = excluded.ground_elev, depth = excluded.depth, road = excluded.road, "
                "district_id = excluded.district_id, attrs = excluded.attrs, import_run_id = excluded.import_run_id, "
                "feature_no = excluded.feature_no, geom = excluded.geom",
                rows, [&](sql::Statement& st, const ManholeRow& r, std::vector<std::uint8_t>& blob) {
                  blob::encodePoint(blob, srid, r.point.x, r.point.y);
                  st.bind(1, r.code).bind(2, r.drainage).bind(3, r.kind).bind(4, r.groundElev).bind(5, r.depth);
                  st.bind(6, r.road);
                  bindOptionalId(st, 7, r.districtId);
                  st.bind(8, r.attrs).bind(9, runId).bind(10, r.featureNo).bindBlob(11, blob);
                });
}

WriteCounts writePipes(sql::Database& db, int srid, std::int64_t runId, const std::vector<PipeRow>& rows,
                       const std::unordered_map<std::string, std::int64_t>& manholeIds) {
  auto idOf = [&](const std::string& code) -> std::int64_t {
    const auto it = manholeIds.find(code);
    return it == manholeIds.end() ? 0 : it->second;
  };
  return upsert(
      db, "pipes",
      "INSERT INTO pipes (code, from_code, to_code, from_manhole_id, to_manhole_id, drainage, diameter_mm, height_mm, "
      "material, length_m, from_invert, to_invert, from_depth, to_depth, build_year, road, owner, district_id, attrs, "
      "import_run_id, feature_no, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (code) DO UPDATE SET from_code = excluded.from_code, to_code = excluded.to_code, "
      "from_manhole_id = excluded.from_manhole_id, to_manhole_id = excluded.to_manhole_id, "
      "drainage = excluded.drainage, diameter_mm = excluded.diameter_mm, height_mm = excluded.height_mm, "
      "material = excluded.material, length_m = excluded.length_m, from_invert = excluded.from_invert, "
      "to_invert = excluded.to_invert, from_depth = excluded.from_depth, to_depth = excluded.to_depth, "
      "build_year = excluded.build_year, road = excluded.road, owner = excluded.owner, "
      "district_id = excluded.district_id, attrs = excluded.attrs, import_run_id = excluded.import_run_id, "
      "feature_no = excluded.feature_no, geom = excluded.geom",
      rows, [&](sql::Statement& st, const PipeRow& r, std::vector<std::uint8_t>& blob) {
        blob::encodeLineString(blob, srid, r.xy);
        st.bind(1, r.code).bind(2, r.fromCode).bind(3, r.toCode);
        bindOptionalId(st, 4, idOf(r.fromCode));
        bindOptionalId(st, 5, idOf(r.toCode));
        st.bind(6, r.drainage).bind(7, r.diameterMm).bind(8, r.heightMm).bind(9, r.material).bind(10, r.length);
        st.bind(11, r.fromInvert).bind(12, r.toInvert).bind(13, r.fromDepth).bind(14, r.toDepth);
        st.bind(15, r.buildYear).bind(16, r.road).bind(17, r.owner);
        bindOptionalId(st, 18, r.districtId);
        st.bind(19, r.attrs).bind(20, runId).bind(21, r.featureNo).bindBlob(22, blob);
      });
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
  auto st = db.prepare("SELECT code, id FROM manholes");
  while (st.step()) ids.emplace(st.text(0), st.int64(1));
  return ids;
}

}  // namespace pw
