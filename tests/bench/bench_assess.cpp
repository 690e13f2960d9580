// Assessment benchmark on a generated city of N pipes with 0.2 N defects recorded on inspections of a random tenth of
// the pipes (a tenth of those inspected twice) and N/500 misconnections on rain pipes, assessed as `pipeward assess`
// does it: open the project, load its catalogues, grade every inspected pipe (latest inspection), every district, and
// every rain outfall's catchment on the network graph. The findings are written once, in one transaction, and the
// project cached as build/dev/bench-data/findings-N.sqlite (delete it after changing how they are made).
//   PW_BENCH_PIPES=1000000 build/dev/tests/bench/pipeward_bench_assess
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "inspect/assessment_query.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "network/graph.h"
#include "store/project.h"

namespace {

constexpr const char* kUser = "admin";  // the administrator every project has
constexpr const char* kAt = "2025-06-30T12:00:00Z";

/// Inspections and defects as a survey would record them, written by SQL in bulk, each defect checked by the findings
/// store's validation (its geometry columns stay NULL: the assessment reads distances, not geometry); misconnections,
/// fewer, through the store itself.
void addFindings(pw::Project& project, std::int64_t defects, std::int64_t misconnections) {
  auto& db = project.db();
  const auto catalogues = pw::loadProjectCatalogues(project);
  pw::FindingsStore store(project, catalogues.defects, catalogues.misconnections);
  const auto& types = catalogues.defects.types();
  std::vector<std::pair<std::int64_t, double>> pipes;  // id, length
  auto st = db.prepare("SELECT id, length_m FROM pipes WHERE length_m > 0");
  while (st.step()) pipes.emplace_back(st.int64(0), st.real(1));
  if (pipes.empty()) throw std::runtime_error("no pipes in " + project.path() + " (a stale cache? delete it)");
  std::mt19937_64 random(181);
  std::shuffle(pipes.begin(), pipes.end(), random);
  pipes.resize(std::max<std::size_t>(1, pipes.size() / 10));
  auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); };
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };

  pw::sql::Transaction tx(db);
  auto inspection = db.prepare(
      "INSERT INTO inspections (pipe_id, inspected_on, method, direction, team, inspected_length, created_by, "
      "created_at) VALUES (?, ?, ?, ?, 'bench team', ?, ?, ?)");
  auto defect = db.prepare(
      "INSERT INTO defects (inspection_id, code, grade, distance_m, length_m, clock_from, clock_to, created_by, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  // One inspection per chosen pipe in 2024, and an older one in 2019 for every tenth of them.
  std::vector<std::pair<std::int64_t, double>> inspections;  // id, pipe length
  auto inspect = [&](const std::pair<std::int64_t, double>& pipe, const std::string& year) {
    const std::string date = year + (pick(2) == 0 ? "-04-" : "-10-") + std::to_string(10 + pick(19));
    inspection.bind(1, pipe.first).bind(2, date).bind(3, pick(4) == 0 ? "qv" : "cctv");
    inspection.bind(4, pick(3) == 0 ? "against_flow" : "with_flow").bind(5, pipe.second);
    inspection.bind(6, kUser).bind(7, kAt).run();
    inspections.emplace_back(db.lastInsertRowid(), pipe.second);
  };
  for (std::size_t i = 0; i < pipes.size(); ++i) {
    inspect(pipes[i], "2024");
    if (i % 10 == 0) inspect(pipes[i], "2019");
  }
  // The defects fall on inspections at random: some inspections find nothing, some several.
  for (std::int64_t n = 0; n < defects; ++n) {
    const auto& [inspectionId, length] = inspections[pick(inspections.size())];
    const auto& type = types[pick(types.size())];
    pw::DefectRecord r;
    r.inspectionId = inspectionId;
    r.code = type.code;
    r.grade = type.grades[pick(type.grades.size())].grade;
    r.distance = uniform(0, length);
    if (type.continuous && length - r.distance > 0.5 && pick(2) == 0) {
      r.length = uniform(0.5, std::min(12.0, length - r.distance));
    }
    if (pick(2) == 0) {
      r.clockFrom = static_cast<int>(1 + pick(12));
      r.clockTo = static_cast<int>(1 + pick(12));
    }
    store.validateDefectValues(r, length);
    defect.bind(1, r.inspectionId).bind(2, r.code).bind(3, r.grade).bind(4, r.distance).bind(5, r.length);
    defect.bind(6, r.clockFrom ? std::optional<std::int64_t>(*r.clockFrom) : std::nullopt);
    defect.bind(7, r.clockTo ? std::optional<std::int64_t>(*r.clockTo) : std::nullopt);
    defect.bind(8, kUser).bind(9, kAt).run();
  }
  // Misconnections on rain pipes: half recorded on the pipe, half on the manhole it drains to.
  std::vector<std::pair<std::int64_t, std::int64_t>> rain;  // pipe, downstream manhole
  auto rainPipes =
      db.prepare("SELECT id, to_manhole_id FROM pipes WHERE drainage = 'rain' AND to_manhole_id IS NOT NULL");
  while (rainPipes.step()) rain.emplace_back(rainPipes.int64(0), rainPipes.int64(1));
  const auto& kinds = catalogues.misconnections.types();
  const auto& statuses = catalogues.misconnections.statuses();
  for (std::int64_t n = 0; n < misconnections && !rain.empty(); ++n) {
    const auto& [pipeId, manholeId] = rain[pick(rain.size())];
    pw::MisconnectionRecord r;
    if (n % 2 == 0) {
      r.pipeId = pipeId;
    } else {
      r.manholeId = manholeId;
    }
    r.kind = kinds[pick(kinds.size())].key;
    r.status = statuses[pick(statuses.size())].key;
    store.addMisconnection(r, kUser);
  }
  tx.commit();
}

/// The bench city of `pipes` pipes with its findings (written if missing; the city's own cache is left as it is).
std::string findingsProjectFor(std::int64_t pipes) {
  const std::string city = pw::bench::projectFor(pipes);
  const std::string path =
      (std::filesystem::path(city).parent_path() / ("findings-" + std::to_string(pipes) + ".sqlite")).string();
  if (!std::filesystem::exists(path)) {
    const std::string partial = pw::bench::partialPath(path);
    std::filesystem::copy_file(city, partial, std::filesystem::copy_options::overwrite_existing);
    {
      auto project = pw::Project::open(partial);
      addFindings(*project, pipes / 5, pipes / 500);
      project->db().exec("PRAGMA main.wal_checkpoint(TRUNCATE)");
    }
    std::filesystem::rename(partial, path);
  }
  return path;
}

void BM_AssessProject(benchmark::State& state) {
  const std::int64_t pipes = pw::bench::benchPipes(20000);
  const std::string path = findingsProjectFor(pipes);
  std::int64_t recorded = 0, misconnections = 0;
  {
    auto project = pw::Project::open(path);
    recorded = project->db().scalarInt("SELECT count(*) FROM defects");
    misconnections = project->db().scalarInt("SELECT count(*) FROM misconnections");
  }
  std::size_t assessed = 0, districts = 0, catchments = 0;
  std::int64_t defects = 0;
  double open = 0, pipesMs = 0, districtsMs = 0, graphMs = 0, catchmentsMs = 0;
  for (auto _ : state) {
    auto t = std::chrono::steady_clock::now();
    auto project = pw::Project::open(path);
    const auto catalogues = pw::loadProjectCatalogues(*project);
    open += pw::bench::msSince(t);
    const auto p = pw::assessPipes(*project, catalogues.defects);
    pipesMs += pw::bench::msSince(t);
    const auto d = pw::assessDistricts(*project, p, catalogues.misconnections);
    districtsMs += pw::bench::msSince(t);
    const auto graph = pw::NetworkGraph::load(project->db());
    graphMs += pw::bench::msSince(t);
    const auto c = pw::assessRainCatchments(*project, graph, catalogues.misconnections);
    catchmentsMs += pw::bench::msSince(t);
    assessed = p.size();
    districts = d.size();
    catchments = c.size();
    defects = 0;
    for (const auto& a : p) defects += a.defects;
  }
  const auto n = static_cast<double>(state.iterations());
  state.counters["pipes"] = static_cast<double>(pipes);
  state.counters["assessed"] = static_cast<double>(assessed);
  state.counters["defects"] = static_cast<double>(recorded);
  state.counters["latest_defects"] = static_cast<double>(defects);  // on the latest inspections, the ones assessed
  state.counters["misconnections"] = static_cast<double>(misconnections);
  state.counters["districts"] = static_cast<double>(districts);
  state.counters["catchments"] = static_cast<double>(catchments);
  state.counters["open_ms"] = open / n;
  state.counters["pipes_ms"] = pipesMs / n;
  state.counters["districts_ms"] = districtsMs / n;
  state.counters["graph_ms"] = graphMs / n;
  state.counters["catchments_ms"] = catchmentsMs / n;
  state.counters["ms"] = (open + pipesMs + districtsMs + graphMs + catchmentsMs) / n;
  state.counters["peak_rss_MiB"] = pw::bench::peakRssMiB();
}
BENCHMARK(BM_AssessProject)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

void BM_AssessPipes(benchmark::State& state) {
  const std::int64_t pipes = pw::bench::benchPipes(20000);
  auto project = pw::Project::open(findingsProjectFor(pipes));
  const auto catalogues = pw::loadProjectCatalogues(*project);
  std::size_t assessed = 0;
  for (auto _ : state) {
    const auto p = pw::assessPipes(*project, catalogues.defects);
    assessed = p.size();
  }
  state.counters["pipes"] = static_cast<double>(pipes);
  state.counters["assessed"] = static_cast<double>(assessed);
  state.counters["assessed_per_s"] =
      benchmark::Counter(static_cast<double>(assessed), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_AssessPipes)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
