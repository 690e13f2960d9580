#include "importer/import.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>
#include <thread>

#include "core/clock.h"
#include "core/error.h"
#include "core/feedback.h"
#include "crs/proj.h"
#include "geom/district_index.h"
#include "geom/spatialite_blob.h"
#include "importer/background_reads.h"
#include "importer/network_checks.h"
#include "importer/read_layer.h"
#include "importer/writer.h"
#include "store/project.h"
#include "store/rtree.h"

namespace pw {
namespace {

int roleOrder(Role r) { return r == Role::Districts ? 0 : r == Role::Manholes ? 1 : 2; }

std::string userName(const ImportOptions& options) {
  if (!options.user.empty()) return options.user;
  const char* user = std::getenv("USER");
  return user && *user ? user : "unknown";
}

std::vector<DistrictShape> loadDistrictShapes(sql::Database& db) {
  std::vector<DistrictShape> shapes;
  auto st = db.prepare("SELECT id, geom FROM districts WHERE geom IS NOT NULL");
  while (st.step()) {
    if (auto polygons = blob::decodeMultiPolygon(st.blob(1))) shapes.push_back({st.int64(0), std::move(*polygons)});
  }
  return shapes;
}

/// Assigns districts to rows on two threads, each with its own GEOS context and index.
template <typename Row, typename AssignFn>
void assignParallel(std::vector<Row>& rows, const std::vector<DistrictShape>& shapes, AssignFn assign) {
  if (rows.empty() || shapes.empty()) return;
  const unsigned threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
  const std::size_t chunk = (rows.size() + threads - 1) / threads;
  std::vector<std::thread> workers;
  std::vector<std::exception_ptr> errors(threads);
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      try {
        DistrictIndex index(shapes);
        const std::size_t begin = t * chunk;
        const std::size_t end = std::min(rows.size(), begin + chunk);
        for (std::size_t i = begin; i < end; ++i) assign(index, rows[i]);
      } catch (...) {
        errors[t] = std::current_exception();
      }
    });
  }
  for (auto& w : workers) w.join();
  for (auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

/// Re-assigns districts of rows imported before this batch (the districts changed).
void reassignStoredRows(sql::Database& db, std::int64_t batchId, const std::vector<DistrictShape>& shapes) {
  DistrictIndex index(shapes);
  std::vector<std::pair<std::int64_t, std::int64_t>> changes;  // row id, district id
  std::vector<double> xy;
  const std::string notInBatch =
      " WHERE import_run_id IS NULL OR import_run_id NOT IN (SELECT id FROM import_runs WHERE batch_id = " +
      std::to_string(batchId) + ")";
  auto pipes = db.prepare("SELECT id, district_id, geom FROM pipes" + notInBatch);
  while (pipes.step()) {
    if (!blob::decodeLineString(pipes.blob(2), xy)) continue;
    const std::int64_t d = index.lineDistrict(xy);
    if (d != (pipes.isNull(1) ? 0 : pipes.int64(1))) changes.emplace_back(pipes.int64(0), d);
  }
  auto apply = [&](const std::string& table) {
    auto update = db.prepare("UPDATE " + table + " SET district_id = ? WHERE id = ?");
    for (const auto& [id, d] : changes) {
      if (d) {
        update.bind(1, d);
      } else {
        update.bindNull(1);
      }
      update.bind(2, id).run();
    }
    changes.clear();
  };
  apply("pipes");
  auto manholes = db.prepare("SELECT id, district_id, geom FROM manholes" + notInBatch);
  while (manholes.step()) {
    const auto p = blob::decodePoint(manholes.blob(2));
    if (!p) continue;
    const std::int64_t d = index.pointDistrict(p->x, p->y);
    if (d != (manholes.isNull(1) ? 0 : manholes.int64(1))) changes.emplace_back(manholes.int64(0), d);
  }
  apply("manholes");
}

/// Settings for one large write, restored afterwards: a page cache big enough to hold the batch until the commit,
/// no per-row foreign-key lookups, and, when no other connection has the project open, a rollback journal instead of
/// the WAL, so that the new pages are written once into the file rather than into the WAL and then again by the
/// checkpoint. Both journals make the transaction atomic and survive a crash. Each setting is made and checked on its
/// own; restore() after the commit throws when foreign keys or the WAL did not come back, the destructor restores on
/// the error path.
class BulkWriteMode {
public:
  explicit BulkWriteMode(sql::Database& db) : m_db(db), m_cache(db.scalarInt("PRAGMA cache_size")) {
    // The importer links rows only to ids it read from the same transaction, so the per-row foreign-key lookups
    // (four per pipe) are skipped for the bulk write. First, so that nothing is left to restore when it is refused.
    db.setForeignKeys(false);
    db.exec("PRAGMA cache_size = -1048576");  // 1 GiB
    try {
      m_journalChanged = db.scalarText("PRAGMA journal_mode = DELETE") == "delete";
    } catch (const Error&) {  // another connection has the project open: keep the WAL
      m_journalChanged = false;
    }
  }
  ~BulkWriteMode() {
    if (m_restored) return;
    try {
      restore();
    } catch (...) {  // on the error path already: the error in flight is the one to report
    }
  }
  BulkWriteMode(const BulkWriteMode&) = delete;
  BulkWriteMode& operator=(const BulkWriteMode&) = delete;

  /// Restores the settings one by one; throws when foreign keys are not on again or the WAL did not come back.
  void restore() {
    m_restored = true;
    m_db.exec("PRAGMA cache_size = " + std::to_string(m_cache));
    m_db.setForeignKeys(true);
    if (m_journalChanged && m_db.scalarText("PRAGMA journal_mode = WAL") != "wal") {
      throwInternal(PW_TR("The project %1 could not be switched back to its write-ahead log after the import"),
                    {m_db.path()});
    }
  }

private:
  sql::Database& m_db;
  std::int64_t m_cache;
  bool m_journalChanged = false;
  bool m_restored = false;
};

std::int64_t createRun(sql::Database& db, std::int64_t batchId, const ImportPlan& plan, const std::string& user);

/// Records the run of one source and fills what the report says about it before any row is written.
RunReport startRun(sql::Database& db, std::int64_t batchId, const ImportPlan& plan, const std::string& user) {
  RunReport run;
  run.runId = createRun(db, batchId, plan, user);
  run.role = plan.role;
  run.path = plan.path;
  run.roleReason = plan.roleReason;
  run.profile = plan.profile.name;
  run.profileReason = plan.profileReason;
  const auto& info = plan.source->info();
  run.encoding = info.encoding.name;
  run.encodingOrigin = info.encoding.origin;
  run.encodingVerdict = info.encoding.verdict;
  run.crs = info.crs->epsg ? "EPSG:" + std::to_string(info.crs->epsg) : info.crs->name;
  run.crsReason = info.crs->reason;
  run.notes = info.notes;
  return run;
}

std::int64_t createRun(sql::Database& db, std::int64_t batchId, const ImportPlan& plan, const std::string& user) {
  const auto& info = plan.source->info();
  auto st = db.prepare(
      "INSERT INTO import_runs (batch_id, started_at, user_name, source, layer, profile, encoding, encoding_reason, "
      "crs, crs_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, batchId).bind(2, nowIso()).bind(3, user).bind(4, plan.path).bind(5, roleKey(plan.role));
  st.bind(6, plan.profile.name).bind(7, info.encoding.name).bind(8, info.encoding.englishReason());
  st.bind(9, info.crs->epsg ? "EPSG:" + std::to_string(info.crs->epsg) : info.crs->name);
  st.bind(10, info.crs->reason.english());
  st.run();
  const std::int64_t id = db.lastInsertRowid();
  if (batchId == 0) {
    auto fix = db.prepare("UPDATE import_runs SET batch_id = id WHERE id = ?");
    fix.bind(1, id).run();
  }
  return id;
}

}  // namespace

ImportReport runImport(Project& project, std::vector<ImportPlan>& plans, Feedback& feedback) {
  if (plans.empty()) throwBadInput(PW_TR("Nothing to import"));
  std::stable_sort(plans.begin(), plans.end(),
                   [](const ImportPlan& a, const ImportPlan& b) { return roleOrder(a.role) < roleOrder(b.role); });
  for (const auto& plan : plans) {
    validateBinding(plan);
    if (!plan.source->info().crs) {
      const auto& e = plan.source->info().extent;
      throwBadInput(PW_TR("%1 has no .prj file and its coordinates (%2, %3) do not tell which CRS they are in; state "
                          "it with --assume-crs EPSG:n (for example EPSG:4549 for CGCS2000 Gauss-Kruger CM 120E)"),
                    {plan.path, formatNumber(e.minX, 1), formatNumber(e.minY, 1)}, {.file = plan.path});
    }
  }

  ImportReport report;
  report.projectEpsg = project.crsEpsg();
  if (report.projectEpsg == 0) {
    const auto& first = plans.front().source->info();
    const auto adopted = crs::projectCrsFor(*first.crs, first.extent);
    report.projectEpsg = adopted.epsg;
    report.crsAdopted = true;
    report.projectCrsReason = adopted.reason;
  }

  // Reading runs ahead on a worker thread while earlier layers are written; a read error rolls everything back.
  BackgroundReads reads(plans, report.projectEpsg, feedback);

  auto& db = project.db();
  BulkWriteMode bulk(db);
  sql::Transaction tx(db);
  if (report.crsAdopted) project.setCrs(report.projectEpsg);
  const int srid = report.projectEpsg;
  const std::string user = userName(plans.front().options);
  bool districtsChanged = false;
  std::vector<std::unique_ptr<SpatialTriggerPause>> paused;
  std::vector<std::unique_ptr<IndexPause>> pausedIndexes;
  paused.push_back(std::make_unique<SpatialTriggerPause>(db, "import_issues"));
  for (Role role : {Role::Districts, Role::Manholes, Role::Pipes}) {
    if (std::any_of(plans.begin(), plans.end(), [&](const ImportPlan& p) { return p.role == role; })) {
      paused.push_back(std::make_unique<SpatialTriggerPause>(db, roleKey(role)));
      pausedIndexes.push_back(std::make_unique<IndexPause>(db, roleKey(role)));
    }
  }

  std::map<Role, std::unique_ptr<LayerWriter>> writers;  // one per table: duplicates across files are caught
  for (std::size_t i = 0; i < plans.size(); ++i) {
    auto& plan = plans[i];
    RunReport run = startRun(db, report.batchId, plan, user);
    if (report.batchId == 0) report.batchId = run.runId;
    auto& writer = writers[plan.role];
    if (!writer) writer = std::make_unique<LayerWriter>(db, plan.role, srid, report.batchId);
    const std::string codeField = plan.sourceField("code");
    writer->startRun(run.runId, plan.path, codeField.empty() ? plan.sourceField("from_code") : codeField);
    // Districts are written before manholes and pipes (role order), so both are assigned as they arrive.
    const auto shapes = plan.role == Role::Districts ? std::vector<DistrictShape>{} : loadDistrictShapes(db);
    const auto manholeIds =
        plan.role == Role::Pipes ? loadManholeIds(db) : std::unordered_map<std::string, std::int64_t>{};
    std::vector<Issue> runIssues;
    std::int64_t written = 0;
    for (bool last = false; !last;) {
      auto chunk = reads.next(i);
      last = chunk.final;
      auto& part = chunk.read;
      switch (plan.role) {
        case Role::Districts:
          writer->write(part.districts, part.issues);
          districtsChanged = true;
          break;
        case Role::Manholes:
          assignParallel(part.manholes, shapes, [](const DistrictIndex& index, ManholeRow& r) {
            r.districtId = index.pointDistrict(r.point.x, r.point.y);
          });
          writer->write(part.manholes, part.issues);
          break;
        case Role::Pipes:
          assignParallel(part.pipes, shapes,
                         [](const DistrictIndex& index, PipeRow& r) { r.districtId = index.lineDistrict(r.xy); });
          writer->write(part.pipes, part.issues, manholeIds);
          break;
      }
      written += static_cast<std::int64_t>(part.rowCount());
      feedback.progress("write " + plan.path, written, plan.source->info().featureCount);
      runIssues.insert(runIssues.end(), std::make_move_iterator(part.issues.begin()),
                       std::make_move_iterator(part.issues.end()));
      if (last) {
        run.featuresRead = part.featuresRead;
        run.skipped = part.skipped;
        run.notes.insert(run.notes.end(), part.notes.begin(), part.notes.end());
        if (part.diametersInMetres) {
          auto scale = db.prepare(
              "UPDATE pipes SET diameter_mm = diameter_mm * 1000, height_mm = height_mm * 1000 WHERE import_run_id = "
              "?");
          scale.bind(1, run.runId).run();
        }
      }
    }
    const WriteCounts counts = writer->takeCounts();
    run.inserted = counts.inserted;
    run.updated = counts.updated;
    run.skipped += counts.skipped;
    writeIssues(db, srid, run.runId, runIssues);
    report.issues.insert(report.issues.end(), runIssues.begin(), runIssues.end());
    report.runs.push_back(std::move(run));
  }
  writers.clear();

  feedback.progress("indexes", 0, 0);
  for (auto& p : pausedIndexes) p->restore();
  if (districtsChanged) {
    feedback.progress("assign districts", 0, 0);
    reassignStoredRows(db, report.batchId, loadDistrictShapes(db));
  }
  feedback.progress("check network", 0, 0);
  auto networkIssues = checkNetwork(db, plans.front().options.endTolerance, &feedback);
  writeIssues(db, srid, report.runs.back().runId, networkIssues);
  report.issues.insert(report.issues.end(), networkIssues.begin(), networkIssues.end());

  feedback.progress("spatial index", 0, 0);
  for (auto& p : paused) p->restore();
  auto finish = db.prepare(
      "UPDATE import_runs SET finished_at = ?, features_read = ?, inserted = ?, updated = ?, skipped = ? WHERE id = ?");
  for (const auto& run : report.runs) {
    finish.bind(1, nowIso()).bind(2, run.featuresRead).bind(3, run.inserted).bind(4, run.updated);
    finish.bind(5, run.skipped).bind(6, run.runId).run();
  }
  feedback.progress("commit", 0, 0);
  tx.commit();
  bulk.restore();
  return report;
}

}  // namespace pw
