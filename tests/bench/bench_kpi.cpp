// Rectification KPI benchmark on a generated city of N pipes: findings as in bench_assess (0.2 N defects on inspections
// of a random tenth of the pipes, a tenth of those inspected twice; N/500 misconnection points on rain pipes) and 0.1 N
// rectification orders raised from them over the year before "today" (2026-06-30, fixed with PIPEWARD_NOW), taken
// through the workflow with their events: accepted, started, some suspended and resumed, submitted, some returned
// and submitted again, closed (on time or late), some cancelled, some stalled (never accepted, or stuck in the work),
// the recent ones still open; the stalled and the slow ones become overdue.
// Everything is written by SQL in one transaction and the project cached as build/dev/bench-data/kpi-N.sqlite (delete
// it after changing how the data is made; bench_orders.cpp makes it, for the report benchmark too). Timed: computeKpis
// for every district over the running year (its reference day is today) and over the finished calendar year 2025
// (states rebuilt from the events for that day), on an open project, and once cold as the dashboard does it (open,
// catalogues, KPIs); and one drill-down.
//   PW_BENCH_PIPES=1000000 build/dev/tests/bench/pipeward_bench_kpi
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "bench_orders.h"
#include "inspect/project_catalogues.h"
#include "orders/order_rules.h"
#include "report/kpi.h"
#include "store/project.h"

namespace {

constexpr const char* kNow = pw::bench::kOrdersNow;
constexpr const char* kRunningYear = "2025-07-01..2026-06-30";
constexpr const char* kFinishedYear = "2025";

void reportCounts(benchmark::State& state, pw::Project& project, const pw::KpiReport& report) {
  auto& db = project.db();
  state.counters["pipes"] = static_cast<double>(db.scalarInt("SELECT count(*) FROM pipes"));
  state.counters["orders"] = static_cast<double>(db.scalarInt("SELECT count(*) FROM orders"));
  state.counters["events"] = static_cast<double>(db.scalarInt("SELECT count(*) FROM order_events"));
  state.counters["defects"] = static_cast<double>(db.scalarInt("SELECT count(*) FROM defects"));
  state.counters["districts"] = static_cast<double>(report.districts.size());
  state.counters["due"] = static_cast<double>(report.city.due);
  state.counters["closed_of_due"] = static_cast<double>(report.city.closedOfDue);
  state.counters["overdue"] = static_cast<double>(report.city.overdue);
  state.counters["returns"] = static_cast<double>(report.city.returns);
  state.counters["misconnections"] = static_cast<double>(report.city.misconnections);
  state.counters["peak_rss_MiB"] = pw::bench::peakRssMiB();
}

void kpisOf(benchmark::State& state, const char* periodText) {
  setenv("PIPEWARD_NOW", kNow, 1);
  auto project = pw::Project::open(pw::bench::kpiProjectFor(pw::bench::benchPipes(20000)));
  const auto catalogues = pw::loadProjectCatalogues(*project);
  const auto period = pw::parsePeriod(periodText);
  pw::KpiReport report;
  for (auto _ : state) {
    report = pw::computeKpis(*project, catalogues, period);
    benchmark::DoNotOptimize(report.city.due);
  }
  reportCounts(state, *project, report);
}

/// The running year: the dashboard's default view.
void BM_KpisRunningYear(benchmark::State& state) { kpisOf(state, kRunningYear); }
BENCHMARK(BM_KpisRunningYear)->Unit(benchmark::kMillisecond)->UseRealTime();

/// A finished year: every order changed since is put back in its state of 2025-12-31.
void BM_KpisFinishedYear(benchmark::State& state) { kpisOf(state, kFinishedYear); }
BENCHMARK(BM_KpisFinishedYear)->Unit(benchmark::kMillisecond)->UseRealTime();

/// As the dashboard opens: the project, its catalogues, the KPIs of the running year.
void BM_KpisCold(benchmark::State& state) {
  setenv("PIPEWARD_NOW", kNow, 1);
  const std::string path = pw::bench::kpiProjectFor(pw::bench::benchPipes(20000));
  double open = 0, kpis = 0;
  for (auto _ : state) {
    auto t = std::chrono::steady_clock::now();
    auto project = pw::Project::open(path);
    const auto catalogues = pw::loadProjectCatalogues(*project);
    open += pw::bench::msSince(t);
    const auto report = pw::computeKpis(*project, catalogues, pw::parsePeriod(kRunningYear));
    kpis += pw::bench::msSince(t);
    state.PauseTiming();
    reportCounts(state, *project, report);
    state.ResumeTiming();
  }
  const auto n = static_cast<double>(state.iterations());
  state.counters["open_ms"] = open / n;
  state.counters["kpis_ms"] = kpis / n;
  state.counters["ms"] = (open + kpis) / n;
}
BENCHMARK(BM_KpisCold)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

/// A drill-down: the city's overdue orders, then those of one district.
void BM_OrdersBehind(benchmark::State& state) {
  setenv("PIPEWARD_NOW", kNow, 1);
  auto project = pw::Project::open(pw::bench::kpiProjectFor(pw::bench::benchPipes(20000)));
  const auto period = pw::parsePeriod(kRunningYear);
  const auto district = project->db().scalarInt("SELECT min(id) FROM districts");
  std::size_t city = 0, one = 0;
  for (auto _ : state) {
    city = pw::ordersBehind(*project, period, std::nullopt, "overdue").size();
    one = pw::ordersBehind(*project, period, district, "overdue").size();
  }
  state.counters["city_overdue"] = static_cast<double>(city);
  state.counters["district_overdue"] = static_cast<double>(one);
}
BENCHMARK(BM_OrdersBehind)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
