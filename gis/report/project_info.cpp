#include "report/project_info.h"

#include "crs/crs.h"
#include "store/project.h"

namespace pw {

ProjectInfo projectInfo(Project& project) {
  auto& db = project.db();
  ProjectInfo info;
  info.path = project.path();
  info.crsEpsg = project.crsEpsg();
  if (info.crsEpsg) info.crsName = crs::fromEpsg(info.crsEpsg, {}).name;
  info.schemaVersion = static_cast<int>(db.scalarInt("PRAGMA user_version"));
  info.districts = db.scalarInt("SELECT count(*) FROM districts");
  info.pipes = db.scalarInt("SELECT count(*) FROM pipes");
  info.manholes = db.scalarInt("SELECT count(*) FROM manholes");
  {
    auto st = db.prepare("SELECT coalesce(sum(length_m), 0) FROM pipes");
    st.step();
    info.pipeLengthM = st.real(0);
  }
  {
    auto st = db.prepare(
        "SELECT d.code, d.name, count(p.id), coalesce(sum(p.length_m), 0), "
        "(SELECT count(*) FROM manholes m WHERE m.district_id IS d.id) "
        "FROM (SELECT id, code, name FROM districts UNION ALL SELECT NULL, NULL, NULL) d "
        "LEFT JOIN pipes p ON p.district_id IS d.id GROUP BY d.id ORDER BY d.id IS NULL, d.code");
    while (st.step()) {
      DistrictCount c{st.text(0), st.text(1), st.int64(2), st.int64(4), st.real(3)};
      if (c.districtCode.empty() && c.pipes == 0 && c.manholes == 0) continue;
      info.byDistrict.push_back(std::move(c));
    }
  }
  {
    auto st = db.prepare(
        "SELECT d.code, d.name, coalesce(p.drainage, ''), count(*), sum(p.length_m) FROM pipes p "
        "LEFT JOIN districts d ON d.id = p.district_id GROUP BY p.district_id, p.drainage "
        "ORDER BY d.code IS NULL, d.code, CASE p.drainage WHEN 'rain' THEN 0 WHEN 'sewage' THEN 1 "
        "WHEN 'combined' THEN 2 ELSE 3 END");
    while (st.step()) info.byDistrictAndType.push_back({st.text(0), st.text(1), st.text(2), st.int64(3), st.real(4)});
  }
  {
    auto st = db.prepare(
        "SELECT r.id, r.batch_id, r.started_at, coalesce(r.user_name, ''), r.source, r.layer, coalesce(r.profile, ''), "
        "coalesce(r.encoding, ''), coalesce(r.crs, ''), r.features_read, r.inserted, r.updated, r.skipped, "
        "(SELECT count(*) FROM import_issues i WHERE i.run_id = r.id AND i.severity = 'error'), "
        "(SELECT count(*) FROM import_issues i WHERE i.run_id = r.id AND i.severity = 'warning') "
        "FROM import_runs r ORDER BY r.id");
    while (st.step()) {
      ImportRunSummary r;
      r.id = st.int64(0);
      r.batchId = st.int64(1);
      r.startedAt = st.text(2);
      r.user = st.text(3);
      r.source = st.text(4);
      r.layer = st.text(5);
      r.profile = st.text(6);
      r.encoding = st.text(7);
      r.crs = st.text(8);
      r.featuresRead = st.int64(9);
      r.inserted = st.int64(10);
      r.updated = st.int64(11);
      r.skipped = st.int64(12);
      r.errors = st.int64(13);
      r.warnings = st.int64(14);
      info.runs.push_back(std::move(r));
    }
  }
  return info;
}

}  // namespace pw
