// Import benchmark: a generated city of N pipes (with manholes and districts) imported by PipeWard, checks and
// district assignment included, side by side with ogr2ogr's plain copy of the pipes into SpatiaLite.
//   PW_BENCH_PIPES=1000000 build/dev/tests/bench/pipeward_bench_import
#include <filesystem>

#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "core/feedback.h"
#include "core/tempdir.h"
#include "importer/import.h"
#include "store/project.h"

namespace {

void BM_ImportCity(benchmark::State& state) {
  const std::int64_t pipes = pw::bench::benchPipes(20000);
  const std::string delivery = pw::bench::deliveryFor(pipes);
  std::int64_t features = 0;
  for (auto _ : state) {
    pw::TempDir dir;
    auto project = pw::Project::create(dir.path() + "/city.sqlite", std::nullopt);
    auto plans =
        pw::planImports({delivery + "/districts.shp", delivery + "/manholes.shp", delivery + "/pipes.shp"}, {}, 0);
    pw::Feedback feedback;
    const auto report = pw::runImport(*project, plans, feedback);
    features = 0;
    for (const auto& run : report.runs) features += run.featuresRead;
  }
  state.counters["pipes"] = static_cast<double>(pipes);
  state.counters["features"] = static_cast<double>(features);
  state.counters["features_per_s"] = benchmark::Counter(static_cast<double>(features), benchmark::Counter::kIsRate);
  state.counters["peak_rss_MiB"] = pw::bench::peakRssMiB();
}
BENCHMARK(BM_ImportCity)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

void BM_Ogr2ogrPipesOnly(benchmark::State& state) {
  const std::int64_t pipes = pw::bench::benchPipes(20000);
  const std::string delivery = pw::bench::deliveryFor(pipes);
  for (auto _ : state) {
    pw::TempDir dir;
    const double seconds = pw::bench::timeCommand("ogr2ogr -f SQLite -dsco SPATIALITE=YES " + dir.path() +
                                                  "/ogr.sqlite " + delivery + "/pipes.shp > /dev/null 2>&1");
    if (seconds < 0) state.SkipWithError("ogr2ogr failed (is gdal-bin installed?)");
    state.SetIterationTime(seconds);
  }
  state.counters["pipes"] = static_cast<double>(pipes);
}
BENCHMARK(BM_Ogr2ogrPipesOnly)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
