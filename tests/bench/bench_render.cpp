// Rendering benchmark on a generated city: opening to the first frame, a whole-city frame and street-level frames
// (1% of the city's area) at 1920x1080, picking the pipe under the cursor, and the snapshot's memory against the raw
// coordinate bytes.
//   PW_BENCH_PIPES=1000000 build/dev/tests/bench/pipeward_bench_render
#include <chrono>
#include <random>

#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "map/network_snapshot.h"
#include "map_renderer.h"
#include "store/project.h"

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

std::shared_ptr<const pw::NetworkSnapshot> snapshot() {
  static std::shared_ptr<const pw::NetworkSnapshot> s;
  if (!s) {
    auto project = pw::Project::open(pw::bench::projectFor(pw::bench::benchPipes(20000)));
    s = pw::buildSnapshot(*project);
  }
  return s;
}

pw::MapView streetView(const pw::NetworkSnapshot& s, std::mt19937& random) {
  // 1% of the city's area: a tenth of its width and height, somewhere inside it.
  const auto& b = s.bounds;
  const double w = b.width() / 10;
  const double h = b.height() / 10;
  const double cx = b.minX + w / 2 + (b.width() - w) * (random() / 4294967296.0);
  const double cy = b.minY + h / 2 + (b.height() - h) * (random() / 4294967296.0);
  pw::Box box;
  box.add(cx - w / 2, cy - h / 2);
  box.add(cx + w / 2, cy + h / 2);
  return pw::MapView::fit(box, kWidth, kHeight, 0.0);
}

void BM_OpenToFirstFrame(benchmark::State& state) {
  const std::string path = pw::bench::projectFor(pw::bench::benchPipes(20000));
  for (auto _ : state) {
    auto project = pw::Project::open(path);
    auto s = pw::buildSnapshot(*project);
    pw::render::RenderRequest r;
    r.snapshot = s;
    r.view = pw::MapView::fit(s->bounds, kWidth, kHeight);
    benchmark::DoNotOptimize(pw::render::renderMap(r));
  }
}
BENCHMARK(BM_OpenToFirstFrame)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

void BM_FullCityFrame(benchmark::State& state) {
  auto s = snapshot();
  pw::render::RenderRequest r;
  r.snapshot = s;
  r.view = pw::MapView::fit(s->bounds, kWidth, kHeight);
  pw::render::RenderStats stats;
  for (auto _ : state) benchmark::DoNotOptimize(pw::render::renderMap(r, &stats));
  state.counters["pipes_drawn"] = static_cast<double>(stats.pipesDrawn);
}
BENCHMARK(BM_FullCityFrame)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

void BM_StreetFrame(benchmark::State& state) {
  auto s = snapshot();
  std::mt19937 random(11);
  pw::render::RenderRequest r;
  r.snapshot = s;
  std::size_t drawn = 0;
  std::size_t frames = 0;
  bool detailed = true;
  for (auto _ : state) {
    state.PauseTiming();
    r.view = streetView(*s, random);
    state.ResumeTiming();
    pw::render::RenderStats stats;
    benchmark::DoNotOptimize(pw::render::renderMap(r, &stats));
    drawn += stats.pipesDrawn;
    detailed = detailed && stats.detailed;
    ++frames;
  }
  state.counters["pipes_per_frame"] = static_cast<double>(drawn) / static_cast<double>(frames);
  state.counters["detailed"] = detailed ? 1 : 0;
}
BENCHMARK(BM_StreetFrame)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// The same views drawn with the street-level style forced (widths by diameter, antialiasing, flow arrows where
// they fit), to measure the detailed path on the same amount of pipes.
void BM_StreetFrameDetailed(benchmark::State& state) {
  auto s = snapshot();
  std::mt19937 random(11);
  pw::render::RenderRequest r;
  r.snapshot = s;
  r.style.detailMetresPerPixel = 1e9;
  r.style.arrowMetresPerPixel = 1e9;
  std::size_t drawn = 0;
  std::size_t frames = 0;
  for (auto _ : state) {
    state.PauseTiming();
    r.view = streetView(*s, random);
    state.ResumeTiming();
    pw::render::RenderStats stats;
    benchmark::DoNotOptimize(pw::render::renderMap(r, &stats));
    drawn += stats.pipesDrawn;
    ++frames;
  }
  state.counters["pipes_per_frame"] = static_cast<double>(drawn) / static_cast<double>(frames);
  state.counters["metres_per_pixel"] = streetView(*s, random).metresPerPixel();
}
BENCHMARK(BM_StreetFrameDetailed)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

void BM_PickPipe(benchmark::State& state) {
  auto s = snapshot();
  std::mt19937 random(5);
  std::size_t hits = 0;
  for (auto _ : state) {
    const auto& b = s->bounds;
    const double x = b.minX + b.width() * (random() / 4294967296.0);
    const double y = b.minY + b.height() * (random() / 4294967296.0);
    // Five pixels at a street-level scale (about 0.5 m per pixel).
    hits += pw::pickLine(s->pipes, x, y, 2.5).has_value();
  }
  state.counters["hit_rate"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_PickPipe)->Unit(benchmark::kMicrosecond);

void BM_SnapshotMemory(benchmark::State& state) {
  auto s = snapshot();
  for (auto _ : state) benchmark::DoNotOptimize(s->memoryBytes());
  state.counters["pipes"] = static_cast<double>(s->pipes.size());
  state.counters["snapshot_MiB"] = static_cast<double>(s->memoryBytes()) / (1 << 20);
  state.counters["raw_coordinates_MiB"] = static_cast<double>(s->rawCoordinateBytes()) / (1 << 20);
  state.counters["ratio"] = static_cast<double>(s->memoryBytes()) / static_cast<double>(s->rawCoordinateBytes());
}
BENCHMARK(BM_SnapshotMemory)->Iterations(1);

}  // namespace

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);  // fonts for labels and district names
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
