// Excel output (io/xlsx.h, report/report_xlsx.h), read back through GDAL's XLSX driver as any office would open it:
// sheets and their names, the header row, Chinese text, real dates and numbers; all-or-nothing writing; and the
// registers and reports of the crafted city (report_fixture.h) and the separation programme of separation_fixture.h
// with the rows they must hold.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "fault_injection.h"
#include "gdal/gdal.h"
#include "io/xlsx.h"
#include "report/district_report.h"
#include "report/ledgers.h"
#include "report/report_xlsx.h"
#include "report/separation_report.h"
#include "report_fixture.h"
#include "separation_fixture.h"
#include "shapefile_builder.h"

namespace pw::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

/// A sheet read back: its field names and every row as text (dates as YYYY/MM/DD as GDAL writes them, numbers as
/// GDAL prints them), plus the field types.
struct ReadSheet {
  std::vector<std::string> fields;
  std::vector<OGRFieldType> types;
  std::vector<std::vector<std::string>> rows;
  std::size_t column(const std::string& name) const {
    const auto it = std::find(fields.begin(), fields.end(), name);
    if (it == fields.end()) throw std::runtime_error("no column " + name);
    return static_cast<std::size_t>(it - fields.begin());
  }
  std::string at(std::size_t row, const std::string& name) const { return rows.at(row).at(column(name)); }
};

// The XLSX driver of GDAL 3.6 takes its header choice from a configuration option only, and reads a sheet when it is
// first used: the option stays set while a sheet is read.
std::vector<std::string> sheetNames(const std::string& path) {
  const gdal::ScopedThreadConfig headers("OGR_XLSX_HEADERS", "FORCE");
  auto ds = gdal::openVector(path);
  std::vector<std::string> out;
  for (auto* layer : ds->GetLayers()) out.emplace_back(layer->GetName());
  return out;
}

ReadSheet readSheet(const std::string& path, const std::string& sheet) {
  const gdal::ScopedThreadConfig headers("OGR_XLSX_HEADERS", "FORCE");
  auto ds = gdal::openVector(path);
  OGRLayer* layer = ds->GetLayerByName(sheet.c_str());
  if (!layer) throw std::runtime_error("no sheet " + sheet + " in " + path);
  ReadSheet out;
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) {
    out.fields.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    out.types.push_back(defn->GetFieldDefn(i)->GetType());
  }
  for (auto& f : *layer) {
    std::vector<std::string> row;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
      row.emplace_back(f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "");
    out.rows.push_back(std::move(row));
  }
  return out;
}

TEST(Xlsx, CellsReadBackWithChineseTextDatesAndNumbers) {
  TempDir dir;
  const std::string path = dir.path() + "/台账.xlsx";
  {
    xlsx::Workbook book(path);
    auto s = book.addSheet("整改台账");
    s.header(0, {"工单号", "派单日期", "费用", "完成率", "说明"});
    s.widths({16, 12, 10, 10, 20});
    s.freezeRows(1);
    s.text(1, 0, "滨江区-2026-0001");
    s.date(1, 1, "2026-03-05");
    s.number(1, 2, 12000.5);
    s.number(1, 3, 0.625, xlsx::Style::Percent);
    s.text(1, 4, "污水管破裂，需开挖修复");
    s.text(2, 0, "滨江区-2026-0002");
    s.date(2, 1, "2026-03-06T08:00:00Z");  // a timestamp: its day
    s.optionalNumber(2, 2, std::nullopt);
    s.number(2, 3, 1, xlsx::Style::Percent);
    s.filter(0, 2, 5);
    book.close();
  }
  EXPECT_THAT(sheetNames(path), ElementsAre("整改台账"));
  const auto sheet = readSheet(path, "整改台账");
  EXPECT_THAT(sheet.fields, ElementsAre("工单号", "派单日期", "费用", "完成率", "说明"));
  EXPECT_EQ(sheet.types[1], OFTDate);
  EXPECT_EQ(sheet.types[2], OFTReal);
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(sheet.at(0, "工单号"), "滨江区-2026-0001");
  EXPECT_EQ(sheet.at(0, "派单日期"), "2026/03/05");
  EXPECT_EQ(sheet.at(0, "费用"), "12000.5");
  EXPECT_EQ(sheet.at(0, "完成率"), "0.625");
  EXPECT_EQ(sheet.at(0, "说明"), "污水管破裂，需开挖修复");
  EXPECT_EQ(sheet.at(1, "派单日期"), "2026/03/06");
  EXPECT_EQ(sheet.at(1, "费用"), "");  // blank
}

TEST(Xlsx, SheetNamesAreCutToExcelsLimitAndCleaned) {
  TempDir dir;
  const std::string path = dir.path() + "/names.xlsx";
  {
    xlsx::Workbook book(path);
    book.addSheet("a/b:c").header(0, {"x"});
    book.addSheet("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五").header(0, {"x"});
    book.close();
  }
  EXPECT_THAT(sheetNames(path), ElementsAre("a b c", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"));
}

TEST(Xlsx, NothingIsLeftBehindWithoutCloseOrWhenTheFolderIsMissing) {
  TempDir dir;
  const std::string path = dir.path() + "/unfinished.xlsx";
  {
    xlsx::Workbook book(path);
    book.addSheet("s").text(0, 0, "x");
  }  // destroyed without close (an exception half-way)
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
  // An existing file stays as it was until a complete workbook replaces it.
  std::ofstream(path) << "old";
  {
    xlsx::Workbook book(path);
    book.addSheet("s").text(0, 0, "x");
  }
  EXPECT_EQ(fileBytes(path), "old");
  try {
    xlsx::Workbook book(dir.path() + "/no/such/folder/x.xlsx");
    ADD_FAILURE() << "a workbook in a missing folder was started";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_THAT(e.what(), HasSubstr("no/such/folder"));
    EXPECT_THAT(e.what(), HasSubstr("does not exist"));
  }
}

TEST(Xlsx, AWorkbookPastAFileSizeLimitFailsNamingTheFileAndLeavesTheOldOne) {
  // libxlsxwriter writes its parts and the zip with its own stdio calls: a file size limit (as a full disk) is the
  // fault that reaches them. Whatever the limit, the workbook is complete or the old file stays and nothing is left.
  TempDir dir;
  const std::string path = dir.path() + "/big.xlsx";
  std::ofstream(path) << "old";
  const auto write = [&] {
    xlsx::Workbook book(path);
    auto sheet = book.addSheet("管道");
    for (std::uint32_t r = 0; r < 20000; ++r) {
      sheet.text(r, 0, "WS-" + std::to_string(r * 7919 % 100003));
      sheet.number(r, 1, r * 1.25);
    }
    book.close();
  };
  int failures = 0;
  for (std::uint64_t limit = 512; limit < (64u << 20); limit = limit * 3 / 2) {
    const auto outcome = runWithFileSizeLimit(limit, write);
    if (outcome.completed) break;
    ++failures;
    EXPECT_TRUE(outcome.badInput) << limit << ": " << outcome.message;
    EXPECT_THAT(outcome.message, HasSubstr("Cannot write " + path)) << limit;
    EXPECT_EQ(fileBytes(path), "old") << limit;
    EXPECT_THAT(folderEntries(dir.path()), ElementsAre("big.xlsx")) << limit;
  }
  EXPECT_GT(failures, 3);
  EXPECT_NE(fileBytes(path), "old");
  EXPECT_EQ(readSheet(path, "管道").rows.size(), 19999u);  // the first row is read as the header
  EXPECT_THAT(folderEntries(dir.path()), ElementsAre("big.xlsx"));
}

class XlsxReports : public ReportFixture {};

TEST_F(XlsxReports, EveryWorkbookFailsUnderAFileSizeLimitAndLeavesTheOldFile) {
  const std::string path = dir.path() + "/report.xlsx";
  std::ofstream(path) << "old";
  const auto before = folderEntries(dir.path());
  // The content is read from the project here; the child process (below) only writes.
  const auto dq = district.at("DQ");
  const auto period = parsePeriod("2026-03");
  const auto ledger = orderLedger(*project, catalogues, dq);
  const auto defects = defectRegister(*project, catalogues, std::nullopt);
  const auto points = misconnectionRegister(*project, catalogues, dq);
  const auto dqReport = buildDistrictReport(*project, catalogues, period, dq);
  const auto cityReport = buildCityReport(*project, catalogues, period);
  const std::vector<std::pair<const char*, std::function<void()>>> writers{
      {"ledger", [&] { writeOrderLedgerXlsx(ledger, path); }},
      {"defects", [&] { writeDefectRegisterXlsx(defects, path); }},
      {"points", [&] { writeMisconnectionRegisterXlsx(points, path); }},
      {"district", [&] { writeDistrictReportXlsx(dqReport, path); }},
      {"city", [&] { writeCityReportXlsx(cityReport, path); }}};
  for (const auto& [name, write] : writers) {
    const auto outcome = runWithFileSizeLimit(2048, write);
    EXPECT_TRUE(outcome.threwError && outcome.badInput) << name << ": " << outcome.message;
    EXPECT_THAT(outcome.message, HasSubstr("Cannot write " + path)) << name;
    EXPECT_EQ(fileBytes(path), "old") << name;
    EXPECT_EQ(folderEntries(dir.path()), before) << name;
    write();  // without a limit it is written
    EXPECT_GT(fileBytes(path).size(), 2048u) << name;
    std::ofstream(path) << "old";
  }
}

TEST_F(XlsxReports, TheOrderLedgerHoldsOneRowPerIssuedOrderInTheReadersLanguage) {
  const std::string path = dir.path() + "/ledger.xlsx";
  // A reader in Chinese: the edge's translation of the core's labels (here a few by hand).
  const Translate zh = [](const char* english) -> std::string {
    static const std::map<std::string, std::string> words{{"Order ledger", "整改台账"},
                                                          {"Order number", "工单号"},
                                                          {"Overdue", "是否超期"},
                                                          {"yes", "是"},
                                                          {"State", "状态"},
                                                          {"issued", "已派单"},
                                                          {"Issued", "派单日期"},
                                                          {"Days", "天数"}};
    const auto it = words.find(english);
    return it == words.end() ? english : it->second;
  };
  writeOrderLedgerXlsx(orderLedger(*project, catalogues, district.at("DQ"), zh), path, zh);
  EXPECT_THAT(sheetNames(path), ElementsAre("整改台账"));
  const auto sheet = readSheet(path, "整改台账");
  ASSERT_EQ(sheet.rows.size(), 5u);  // A-E; the draft F is not in the ledger
  EXPECT_EQ(sheet.fields.size(), 19u);
  EXPECT_EQ(sheet.at(0, "工单号"), "DQ-2026-0001");
  EXPECT_EQ(sheet.at(0, "状态"), "已派单");
  EXPECT_EQ(sheet.at(0, "是否超期"), "是");
  EXPECT_EQ(sheet.at(0, "派单日期"), "2026/01/05");
  EXPECT_EQ(sheet.at(0, "天数"), "100");
  EXPECT_EQ(sheet.at(0, "Days overdue"), "59");
  EXPECT_EQ(sheet.at(0, "Findings"), "e1 PL4 @ 10 m");
  EXPECT_EQ(sheet.at(0, "Location"), "人民路");
  EXPECT_EQ(sheet.at(0, "District"), "东区");
  EXPECT_EQ(sheet.at(2, "Closed"), "2026/03/18");
  EXPECT_EQ(sheet.at(2, "是否超期"), "");
  EXPECT_EQ(sheet.at(3, "Estimated cost (yuan)"), "12000");
  EXPECT_EQ(sheet.at(4, "Kind"), "separation work");
}

TEST_F(XlsxReports, TheRegistersHoldEveryDefectAndPoint) {
  const std::string defects = dir.path() + "/defects.xlsx";
  writeDefectRegisterXlsx(defectRegister(*project, catalogues, std::nullopt), defects);
  auto sheet = readSheet(defects, "Defect register");
  ASSERT_EQ(sheet.rows.size(), 7u);
  EXPECT_EQ(sheet.at(1, "Pipe"), "e1");
  EXPECT_EQ(sheet.at(1, "Defect name"), "破裂");
  EXPECT_EQ(sheet.at(1, "Grade"), "4");
  EXPECT_EQ(sheet.at(1, "Inspected on"), "2025/12/01");
  EXPECT_EQ(sheet.at(1, "Order number"), "DQ-2026-0001");
  EXPECT_EQ(sheet.at(1, "Class"), "structural defect");
  EXPECT_EQ(sheet.at(0, "Latest inspection"), "");
  EXPECT_EQ(sheet.at(1, "Latest inspection"), "yes");
  EXPECT_EQ(sheet.at(6, "District"), "西区");

  const std::string points = dir.path() + "/points.xlsx";
  writeMisconnectionRegisterXlsx(misconnectionRegister(*project, catalogues, district.at("DQ")), points);
  sheet = readSheet(points, "Misconnection register");
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(sheet.at(0, "Manhole or pipe"), "E2");
  EXPECT_EQ(sheet.at(0, "Degree"), "中度");
  EXPECT_EQ(sheet.at(0, "COD (mg/L)"), "150");
  EXPECT_EQ(sheet.at(1, "Degree"), "重度");
}

TEST_F(XlsxReports, TheDistrictAndCityReportsHaveTheirSheetsAndNumbers) {
  const std::string path = dir.path() + "/dq.xlsx";
  writeDistrictReportXlsx(buildDistrictReport(*project, catalogues, parsePeriod("2026-03"), district.at("DQ")), path);
  EXPECT_THAT(sheetNames(path), ElementsAre("Report", "KPIs", "Defects per km", "Ranking", "Overdue orders"));
  const auto facts = readSheet(path, "Report");
  EXPECT_EQ(facts.at(0, "Value"), "东区");
  EXPECT_EQ(facts.at(5, "Value"), "2 / 3");  // rank
  const auto kpis = readSheet(path, "KPIs");
  ASSERT_EQ(kpis.rows.size(), 12u);
  EXPECT_EQ(kpis.at(2, "Indicator"), "Completion rate");
  EXPECT_NEAR(std::stod(kpis.at(2, "District")), 1.0 / 3, 1e-9);
  EXPECT_EQ(kpis.at(2, "Fraction"), "1/3");
  EXPECT_EQ(kpis.at(2, "City"), "0.6");
  const auto density = readSheet(path, "Defects per km");
  ASSERT_EQ(density.rows.size(), 5u);
  EXPECT_EQ(density.at(2, "Grade"), "III");
  EXPECT_EQ(density.at(2, "Per inspected km"), "10");
  EXPECT_EQ(density.at(4, "Defects"), "5");
  const auto overdue = readSheet(path, "Overdue orders");
  ASSERT_EQ(overdue.rows.size(), 3u);
  EXPECT_EQ(overdue.at(0, "Order number"), "DQ-2026-0001");
  EXPECT_EQ(overdue.at(0, "Days overdue"), "44");
  EXPECT_EQ(overdue.at(0, "Age (days)"), "85");
  EXPECT_EQ(overdue.at(2, "State"), "submitted");

  const std::string city = dir.path() + "/city.xlsx";
  writeCityReportXlsx(buildCityReport(*project, catalogues, parsePeriod("2026-03")), city);
  EXPECT_THAT(sheetNames(city), ElementsAre("Report", "Districts compared", "Defects per km", "Overdue orders"));
  const auto compared = readSheet(city, "Districts compared");
  ASSERT_EQ(compared.rows.size(), 4u);  // three districts and the city
  EXPECT_EQ(compared.at(0, "District"), "西区");
  EXPECT_EQ(compared.at(0, "Completion rate"), "1");
  EXPECT_EQ(compared.at(3, "District"), "City");
  EXPECT_EQ(compared.at(3, "Overdue"), "3");
  EXPECT_EQ(readSheet(city, "Overdue orders").at(0, "District"), "东区");
}

class XlsxSeparation : public SeparationFixture {};

TEST_F(XlsxSeparation, TheProgrammeHasItsProjectsBudgetLinesAndCandidates) {
  const std::string path = dir.path() + "/programme.xlsx";
  writeSeparationReportXlsx(buildSeparationReport(*project, catalogues, {.plannedYear = 2027}), path);
  EXPECT_THAT(sheetNames(path),
              ElementsAre("Report", "Separation projects", "By status", "Budget lines", "Candidate areas"));
  const auto facts = readSheet(path, "Report");
  EXPECT_EQ(facts.at(0, "Value"), "2027");
  EXPECT_EQ(facts.at(1, "Value"), "the whole city");
  EXPECT_EQ(facts.at(4, "Value"), "the project's own unit costs");
  EXPECT_EQ(facts.at(9, "Value"), "306000 CNY");
  EXPECT_EQ(facts.at(10, "Value"), "1/3 (33.3%)");
  EXPECT_EQ(facts.at(16, "Value"), "215000 CNY");

  const auto projects = readSheet(path, "Separation projects");
  ASSERT_EQ(projects.rows.size(), 2u);
  EXPECT_EQ(projects.at(0, "Project"), "幸福小区改造");
  EXPECT_EQ(projects.at(0, "Planned year"), "2027");
  EXPECT_EQ(projects.at(0, "Status"), "design stage");
  EXPECT_EQ(projects.at(0, "Areas"), "幸福小区");
  EXPECT_EQ(projects.at(0, "Households"), "100");
  EXPECT_EQ(projects.at(0, "Misconnection points"), "2");
  EXPECT_EQ(projects.at(0, "Combined length (m)"), "100");
  EXPECT_EQ(projects.at(0, "Budget (yuan)"), "160000");
  EXPECT_EQ(projects.at(0, "Findings closed"), "1");
  EXPECT_EQ(projects.at(0, "Progress"), "0.5");
  EXPECT_EQ(projects.at(0, "Orders"), "DQ-2026-0001 (issued)");
  EXPECT_EQ(projects.at(1, "Defects"), "1");
  EXPECT_EQ(projects.at(1, "Budget (yuan)"), "146000");

  const auto status = readSheet(path, "By status");
  ASSERT_EQ(status.rows.size(), 5u);
  EXPECT_EQ(status.at(1, "Status"), "design stage");
  EXPECT_EQ(status.at(1, "Projects"), "1");
  EXPECT_EQ(status.at(0, "Budget (yuan)"), "146000");

  const auto lines = readSheet(path, "Budget lines");
  ASSERT_EQ(lines.rows.size(), 7u);  // 4 of 幸福小区改造, 3 of 西湖小区改造
  EXPECT_EQ(lines.at(0, "Item"), "new sewer, DN (-inf, 400] mm");
  EXPECT_EQ(lines.at(0, "Quantity"), "100");
  EXPECT_EQ(lines.at(0, "Unit"), "m");
  EXPECT_EQ(lines.at(0, "Amount (yuan)"), "100000");
  EXPECT_EQ(lines.at(1, "Item"), "household connections");
  EXPECT_EQ(lines.at(1, "Unit cost (yuan)"), "500");
  EXPECT_EQ(lines.at(6, "Project"), "西湖小区改造");
  EXPECT_EQ(lines.at(6, "Item"), "mixed-flow manholes rebuilt");
  EXPECT_EQ(lines.at(6, "Amount (yuan)"), "6000");

  const auto candidates = readSheet(path, "Candidate areas");
  ASSERT_EQ(candidates.rows.size(), 2u);
  EXPECT_EQ(candidates.at(0, "Area"), "工业街区");
  EXPECT_EQ(candidates.at(0, "Kind"), "street block");
  EXPECT_EQ(candidates.at(0, "Score"), "85");
  EXPECT_EQ(candidates.at(0, "Highest degree"), "重度");
  EXPECT_EQ(candidates.at(1, "Area"), "师范校园");
  EXPECT_EQ(candidates.at(1, "District"), "西区");
  EXPECT_EQ(candidates.at(1, "Households"), "");
}

}  // namespace
}  // namespace pw::test
