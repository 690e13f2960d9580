// Fuzz target: the CCTV CSV import (gis/inspect/csv_import.cpp) on any bytes, into a small crafted city with four
// pipes. Each input runs inside a transaction that is rolled back, so every input meets the same project. Checked
// beyond "no crash": a refused file writes nothing, and a file that was imported is recognised when imported again.
#include <memory>

#include "crafted_city.h"
#include "fuzz_support.h"
#include "inspect/csv_import.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "store/sqlite.h"

namespace {

struct City {
  pw::test::ImportedCity city;
  pw::ProjectCatalogues catalogues;
  std::unique_ptr<pw::FindingsStore> store;
};

City& city() {
  static City* c = [] {
    auto* made =
        new City{pw::test::importCraftedCity(
                     pw::fuzz::workDir(),
                     {{{"东城区", "DC", 499000, 3349000, 502000, 3352000}},
                      {{"A", 500000, 3350000}, {"B", 500100, 3350000}, {"C", 500200, 3350000}, {"D", 500200, 3350150}},
                      {{"p1", "A", "B", "污水", 300},
                       {"p2", "B", "C", "污水", 300},
                       {"p3", "C", "D", "雨水", 400},
                       {"p4", "A", "D", "合流", 600}}}),
                 {},
                 nullptr};
    made->catalogues = pw::loadProjectCatalogues(*made->city.project);
    made->store = std::make_unique<pw::FindingsStore>(*made->city.project, made->catalogues.defects,
                                                      made->catalogues.misconnections);
    return made;
  }();
  return *c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  auto& c = city();
  auto& db = c.city.project->db();
  const std::string bytes(fuzz::text(data, size));
  const std::string csv = fuzz::workDir() + "/cctv.csv";
  CsvImportOptions options;
  options.date = "2026-11-20";
  options.user = "admin";
  sql::Transaction rollback(db);  // never committed: the next input sees the same project
  const auto defectsBefore = db.scalarInt("SELECT count(*) FROM defects");
  fuzz::refusalsOnly([&] {
    std::optional<CsvImportReport> report;
    try {
      report = importInspectionCsvBytes(*c.city.project, *c.store, bytes, csv, options);
    } catch (const Error&) {
      fuzz::require(db.scalarInt("SELECT count(*) FROM defects") == defectsBefore, "a refused file wrote defects");
      throw;
    }
    fuzz::require(db.scalarInt("SELECT count(*) FROM defects") == defectsBefore + report->defects,
                  "the report counts other defects than were written");
    if (report->inspections > 0) {
      const auto again = importInspectionCsvBytes(*c.city.project, *c.store, bytes, csv, options);
      fuzz::require(again.alreadyImported.has_value(), "the same file imported twice was not recognised");
      fuzz::require(db.scalarInt("SELECT count(*) FROM defects") == defectsBefore + report->defects,
                    "a second import of the same file wrote defects");
    }
  });
  return 0;
}
