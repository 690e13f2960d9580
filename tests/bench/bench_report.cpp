// Report benchmark on the generated city with its rectification work (bench_orders.h: N pipes, 0.1 N orders): the
// district report of the district with the most orders for the last month (June 2026, "today" 2026-06-30), as the CLI
// makes it: open the project, the content (KPIs of every district, the overdue orders with their state and findings),
// the map snapshot, and the A4 PDF (laid out twice for "page n of N"). Also the content alone on an open project, the
// city summary, and the district's order ledger as .xlsx. Target: a district report under 5 s at 1,000,000 pipes.
//   PW_BENCH_PIPES=1000000 QT_QPA_PLATFORM=offscreen build/dev/tests/bench/pipeward_bench_report
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>

#include <benchmark/benchmark.h>
#include <QGuiApplication>

#include "bench_data.h"
#include "bench_orders.h"
#include "core/tempdir.h"
#include "inspect/project_catalogues.h"
#include "map/network_snapshot.h"
#include "report/district_report.h"
#include "report/ledgers.h"
#include "report/report_xlsx.h"
#include "report_pdf.h"
#include "store/project.h"

namespace {

constexpr const char* kMonth = "2026-06";

std::string projectPath() {
  setenv("PIPEWARD_NOW", pw::bench::kOrdersNow, 1);
  return pw::bench::kpiProjectFor(pw::bench::benchPipes(20000));
}

/// The district with the most orders.
std::int64_t busiestDistrict(pw::Project& project) {
  return project.db().scalarInt(
      "SELECT district_id FROM orders GROUP BY district_id ORDER BY count(*) DESC, district_id LIMIT 1");
}

/// Open, content and snapshot (read on a second connection at the same time), PDF: what `pipeward-cli report
/// district` does.
void BM_DistrictReportPdf(benchmark::State& state) {
  const std::string path = projectPath();
  pw::TempDir dir;
  double open = 0, content = 0, snapshot = 0, waitedForSnapshot = 0, pdf = 0;
  int pages = 0;
  std::size_t overdue = 0;
  for (auto _ : state) {
    auto t = std::chrono::steady_clock::now();
    auto project = pw::Project::open(path);
    const auto catalogues = pw::loadProjectCatalogues(*project);
    open += pw::bench::msSince(t);
    const auto district = busiestDistrict(*project);
    auto reading = std::async(std::launch::async, [&path, district] {
      const auto started = std::chrono::steady_clock::now();
      auto reader = pw::Project::open(path);
      auto shot =
          pw::buildSnapshot(*reader, nullptr, pw::districtBox(*reader, district, 0.15));  // as `report district`
      return std::make_pair(
          shot, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    });
    const auto report =
        pw::buildDistrictReport(*project, catalogues, pw::parsePeriod(kMonth), district, pw::render::qtTranslate());
    content += pw::bench::msSince(t);
    const auto [shot, snapshotMs] = reading.get();
    snapshot += snapshotMs;
    const double waited = pw::bench::msSince(t);  // for the snapshot, after the content
    waitedForSnapshot += waited;
    pages = pw::render::writeDistrictReportPdf(report, shot.get(), dir.path() + "/district.pdf");
    pdf += pw::bench::msSince(t);
    overdue = report.overdue.size();
  }
  const auto n = static_cast<double>(state.iterations());
  state.counters["open_ms"] = open / n;
  state.counters["content_ms"] = content / n;
  state.counters["snapshot_ms"] = snapshot / n;  // in parallel with the content
  state.counters["pdf_ms"] = pdf / n;
  state.counters["total_ms"] = (open + content + waitedForSnapshot + pdf) / n;
  state.counters["pages"] = pages;
  state.counters["overdue_listed"] = static_cast<double>(overdue);
  state.counters["pdf_KiB"] = static_cast<double>(std::filesystem::file_size(dir.path() + "/district.pdf")) / 1024;
  state.counters["peak_rss_MiB"] = pw::bench::peakRssMiB();
}
BENCHMARK(BM_DistrictReportPdf)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

/// The content alone, on an open project.
void BM_DistrictReportContent(benchmark::State& state) {
  auto project = pw::Project::open(projectPath());
  const auto catalogues = pw::loadProjectCatalogues(*project);
  const auto district = busiestDistrict(*project);
  std::size_t overdue = 0;
  for (auto _ : state) {
    const auto report = pw::buildDistrictReport(*project, catalogues, pw::parsePeriod(kMonth), district);
    overdue = report.overdue.size();
  }
  state.counters["overdue_listed"] = static_cast<double>(overdue);
  state.counters["orders"] = static_cast<double>(project->db().scalarInt("SELECT count(*) FROM orders"));
  state.counters["pipes"] = static_cast<double>(project->db().scalarInt("SELECT count(*) FROM pipes"));
}
BENCHMARK(BM_DistrictReportContent)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The city summary's content and PDF (the snapshot already made).
void BM_CityReportPdf(benchmark::State& state) {
  auto project = pw::Project::open(projectPath());
  const auto catalogues = pw::loadProjectCatalogues(*project);
  const auto shot = pw::buildSnapshot(*project);
  pw::TempDir dir;
  int pages = 0;
  for (auto _ : state) {
    const auto report = pw::buildCityReport(*project, catalogues, pw::parsePeriod(kMonth));
    pages = pw::render::writeCityReportPdf(report, shot.get(), dir.path() + "/city.pdf");
  }
  state.counters["pages"] = pages;
}
BENCHMARK(BM_CityReportPdf)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The busiest district's order ledger as .xlsx.
void BM_DistrictLedgerXlsx(benchmark::State& state) {
  auto project = pw::Project::open(projectPath());
  const auto catalogues = pw::loadProjectCatalogues(*project);
  const auto district = busiestDistrict(*project);
  pw::TempDir dir;
  std::size_t rows = 0;
  for (auto _ : state) {
    const auto ledger = pw::orderLedger(*project, catalogues, district);
    pw::writeOrderLedgerXlsx(ledger, dir.path() + "/ledger.xlsx");
    rows = ledger.size();
  }
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["xlsx_KiB"] = static_cast<double>(std::filesystem::file_size(dir.path() + "/ledger.xlsx")) / 1024;
}
BENCHMARK(BM_DistrictLedgerXlsx)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  QGuiApplication app(argc, argv);  // the PDF's fonts
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
