// Reports from the command line on the sample city: the district report, the city summary and the separation programme
// as PDF (pages, text and numbers read back with poppler's pdftotext, a page rendered with pdftoppm), the same content
// as Excel, the order ledger and the registers read back through GDAL's XLSX driver, and the refusals with their exit
// codes. The clock is fixed through PIPEWARD_NOW.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"
#include "gdal/gdal.h"
#include "shapefile_builder.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

void today(const std::string& day) { setenv("PIPEWARD_NOW", (day + "T08:00:00Z").c_str(), 1); }

/// What a shell command prints (poppler's tools).
std::string output(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

int pdfPages(const std::string& pdf) {
  std::smatch m;
  const std::string info = output("pdfinfo '" + pdf + "'");
  return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
}

/// Text as pdftotext reads it back, with what PDF text extraction substitutes put back: the fi/fl ligatures of the
/// Latin font, and the Kangxi radicals (U+2F00-U+2FD5) that Qt's PDF writer maps some CJK glyphs to (工 comes back as
/// ⼯, 老 as ⽼: the Noto CJK font shares their glyphs, and Qt names each glyph by its lowest code point).
std::string pdfText(const std::string& pdf) {
  static const std::u32string kKangxi =
      U"一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾"
      U"弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛"
      U"矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆"
      U"里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";
  const std::string raw = output("pdftotext -layout '" + pdf + "' -");
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    const auto lead = static_cast<unsigned char>(raw[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    char32_t cp = n == 1 ? lead : lead & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n && i + k < raw.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(raw[i + k]) & 0x3F);
    if (cp == 0xFB01) {
      out += "fi";
    } else if (cp == 0xFB02) {
      out += "fl";
    } else if (cp >= 0x2F00 && cp < 0x2F00 + kKangxi.size()) {
      const char32_t c = kKangxi[cp - 0x2F00];  // all in the BMP, three bytes of UTF-8
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out.append(raw, i, n);
    }
    i += n;
  }
  return out;
}

/// Rows of an .xlsx sheet read back with GDAL (the first row as the header), each as field name -> text.
std::vector<std::map<std::string, std::string>> sheet(const std::string& path, const std::string& name) {
  const gdal::ScopedThreadConfig headers("OGR_XLSX_HEADERS", "FORCE");
  auto ds = gdal::openVector(path);
  OGRLayer* layer = ds->GetLayerByName(name.c_str());
  if (!layer) throw std::runtime_error("no sheet " + name + " in " + path);
  std::vector<std::map<std::string, std::string>> rows;
  for (auto& f : *layer) {
    std::map<std::string, std::string> row;
    for (int i = 0; i < f->GetFieldCount(); ++i) {
      row[f->GetFieldDefnRef(i)->GetNameRef()] = f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "";
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

/// The sample city with three orders. Findings recorded on 2026-03-01: PL3 on YS-0824 and PL4 on WS-0766 (滨江区),
/// PL4 on WS-0974 (开发区), a misconnection on YS-0824. Orders issued on 2026-03-02, assigned to 一队:
///   330108-2026-0001  YS-0824 PL3, deadline 03-10, never accepted: overdue on 03-31 by 21 days, 29 days old
///   330108-2026-0002  WS-0766 PL4, deadline 03-20, accepted and started 03-03, submitted 03-15, closed 03-16
///   330112-2026-0001  WS-0974 PL4, deadline 03-25, never accepted: overdue by 6 days on 03-31
/// March: 滨江区 2 due, 1 closed (50.0%), 1 overdue, rank 1 of 5; 开发区 1 due, 0 closed, rank 2; the city 3 due,
/// 1 closed (33.3%), 2 overdue. Reports are made on 2026-04-10.
class CliReport : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    today("2026-03-01");
    shared = new TempDir();
    project = shared->path() + "/city.sqlite";
    ASSERT_NO_FATAL_FAILURE(createSampleCity(project));
    ASSERT_NO_FATAL_FAILURE(addCliUsers(project, {{"滨经理", "--role", "district_manager", "--district", "330108"},
                                                  {"开经理", "--role", "district_manager", "--district", "330112"},
                                                  {"张工", "--role", "field_team", "--team", "一队"}}));
    auto id = [](const CliResult& r) {
      EXPECT_EQ(r.exitCode, 0) << r.err;
      return std::to_string(r.json()["id"].get<int>());
    };
    auto defect = [&](const std::string& pipe, const std::string& grade) {
      const auto inspection =
          id(runCli({"--json", "inspection", "add", project, "--pipe", pipe, "--date", "2026-03-01"}));
      return id(runCli({"--json", "defect", "add", project, "--inspection", inspection, "--code", "PL", "--grade",
                        grade, "--distance", "10"}));
    };
    const auto ys = defect("YS-0824", "3"), ws = defect("WS-0766", "4"), east = defect("WS-0974", "4");
    ASSERT_EQ(
        runCli({"misconnection", "add", project, "--pipe", "YS-0824", "--type", "sewage_into_rain", "--cod", "250"})
            .exitCode,
        0);
    auto step = [&](std::vector<std::string> args, const std::string& user) {
      args.insert(args.begin() + 2, project);
      runCliOk(std::move(args), user);
    };
    today("2026-03-02");
    step({"order", "create", "--defect", ys, "--assignee", "一队", "--deadline", "2026-03-10"}, "滨经理");
    step({"order", "create", "--defect", ws, "--assignee", "一队", "--deadline", "2026-03-20"}, "滨经理");
    step({"order", "create", "--defect", east, "--assignee", "一队", "--deadline", "2026-03-25"}, "开经理");
    step({"order", "issue", "330108-2026-0001"}, "滨经理");
    step({"order", "issue", "330108-2026-0002"}, "滨经理");
    step({"order", "issue", "330112-2026-0001"}, "开经理");
    today("2026-03-03");
    step({"order", "accept", "330108-2026-0002"}, "张工");
    step({"order", "start", "330108-2026-0002"}, "张工");
    today("2026-03-15");
    step({"order", "submit", "330108-2026-0002"}, "张工");
    today("2026-03-16");
    const std::string record = shared->path() + "/record.pdf";
    std::ofstream(record, std::ios::binary) << "%PDF-1.4 signed re-inspection record\n%%EOF\n";
    step({"order", "close", "330108-2026-0002", "--signed-by", "王工程师", "--evidence", record}, "滨经理");
  }
  static void TearDownTestSuite() {
    delete shared;
    unsetenv("PIPEWARD_NOW");
  }
  void SetUp() override { today("2026-04-10"); }

  static TempDir* shared;
  static std::string project;
  TempDir dir;

  std::string out(const std::string& name) const { return dir.path() + "/" + name; }
};

TempDir* CliReport::shared = nullptr;
std::string CliReport::project;

TEST_F(CliReport, TheDistrictReportPdfHasItsPagesNumbersAndOverdueOrders) {
  const auto pdf = out("滨江区-2026-03.pdf");
  const auto r =
      runCli({"--json", "report", "district", project, "--district", "滨江区", "--period", "2026-03", "--out", pdf});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto j = r.json();
  EXPECT_EQ(j["report"], "district");
  EXPECT_EQ(j["format"], "pdf");
  EXPECT_EQ(j["district"], "滨江区");
  EXPECT_EQ(j["reference_day"], "2026-03-31");
  EXPECT_EQ(j["rank"], 1);
  EXPECT_EQ(j["overdue"], 1);
  // Title and KPIs on page 1, the map on page 2, charts, tables and the overdue orders on page 3.
  EXPECT_EQ(j["pages"], 3);
  EXPECT_EQ(pdfPages(pdf), 3);
  const std::string text = pdfText(pdf);
  EXPECT_THAT(text, HasSubstr("滨江区 drainage network rectification report"));
  EXPECT_THAT(text, HasSubstr("Period 2026-03 (2026-03-01 to 2026-03-31), figures as of 2026-03-31"));
  EXPECT_THAT(text, HasSubstr("Generated on 2026-04-10"));
  EXPECT_THAT(text,
              HasSubstr("滨江区 ranks 1 of 5 districts. Completion rate 50.0%, on-time rate 50.0%; 1 open orders"));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Completion rate\s+50\.0% \(1/2\)\s+33\.3% \(1/3\))"))) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Overdue orders \(open\)\s+1\s+2)")));
  EXPECT_THAT(text, HasSubstr("Map of findings and orders"));
  EXPECT_THAT(text, HasSubstr("Completion rate by district"));
  EXPECT_THAT(text, HasSubstr("Defects per km by grade"));
  EXPECT_THAT(text, HasSubstr("Ranking among districts"));
  EXPECT_THAT(text, HasSubstr("Overdue orders (1)"));
  // The overdue order with its deadline, days overdue and age; the closed one is not listed as overdue.
  // A cell that wraps ("repair work") spreads the row over several lines of the extracted text.
  EXPECT_TRUE(
      std::regex_search(text, std::regex(R"(330108-2026-0001[\s\S]{0,300}2026-03-10\s+21\s+29\s+YS-0824 PL3 @ 10 m)")))
      << text;
  EXPECT_THAT(text, Not(HasSubstr("330108-2026-0002")));
  EXPECT_THAT(text, HasSubstr("Page 1 of 3"));
  EXPECT_THAT(text, HasSubstr("Page 3 of 3"));

  // A page rendered as an office would print it: A4 at 50 dpi.
  output("pdftoppm -png -r 50 -f 2 -l 2 '" + pdf + "' '" + out("page") + "'");
  const std::string png = fileBytes(out("page-2.png"));
  ASSERT_GT(png.size(), 10000u);  // a map, not a blank page
  const auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  EXPECT_NEAR(be32(16), 413, 1);  // 210 mm
  EXPECT_NEAR(be32(20), 585, 1);  // 297 mm
}

TEST_F(CliReport, TheReportIsInChineseWithTheSameNumbers) {
  const auto pdf = out("zh.pdf");
  const auto r = runCli(
      {"--lang", "zh_CN", "report", "district", project, "--district", "330108", "--period", "2026-03", "--out", pdf});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string text = pdfText(pdf);
  EXPECT_THAT(text, HasSubstr("滨江区"));
  EXPECT_THAT(text, HasSubstr("2026-03-31"));
  EXPECT_THAT(text, HasSubstr("50.0% (1/2)"));
  EXPECT_THAT(text, HasSubstr("33.3% (1/3)"));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(330108-2026-0001[\s\S]{0,300}2026-03-10\s+21\s+29)")));
}

TEST_F(CliReport, TheCitySummaryComparesTheDistricts) {
  const auto pdf = out("city.pdf");
  const auto r = runCli({"--json", "report", "city", project, "--period", "2026-03", "--out", pdf});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["districts"], 5);
  EXPECT_EQ(r.json()["overdue"], 2);
  EXPECT_EQ(pdfPages(pdf), r.json()["pages"].get<int>());
  EXPECT_GE(pdfPages(pdf), 3);
  const std::string text = pdfText(pdf);
  EXPECT_THAT(text, HasSubstr("City drainage network rectification summary"));
  EXPECT_THAT(text, HasSubstr("5 districts"));
  EXPECT_THAT(text, HasSubstr("Completion rate 33.3%"));
  EXPECT_THAT(text, HasSubstr("Districts compared"));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(1\s+滨江区\s+[0-9.]+\s+[0-9.]+\s+2\s+50\.0%)"))) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(2\s+开发区\s+[0-9.]+\s+[0-9.]+\s+1\s+0\.0%)")));
  EXPECT_THAT(text, HasSubstr("Overdue orders by district"));
  EXPECT_THAT(text, HasSubstr("Map of the city"));
  // The most overdue first: 330108-2026-0001 (21 days) before 330112-2026-0001 (6 days).
  const auto first = text.find("330108-2026-0001"), second = text.find("330112-2026-0001");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);
}

TEST_F(CliReport, TheSameReportAsExcelHoldsTheSameNumbers) {
  const auto xlsx = out("滨江区.xlsx");
  auto r = runCli({"--json", "report", "district", project, "--district", "滨江区", "--period", "2026-03", "--format",
                   "xlsx", "--out", xlsx});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["format"], "xlsx");
  const auto kpis = sheet(xlsx, "KPIs");
  ASSERT_EQ(kpis.size(), 12u);
  EXPECT_EQ(kpis[2].at("Indicator"), "Completion rate");
  EXPECT_EQ(kpis[2].at("District"), "0.5");
  EXPECT_EQ(kpis[2].at("Fraction"), "1/2");
  EXPECT_EQ(kpis[4].at("District"), "1");  // overdue
  const auto overdue = sheet(xlsx, "Overdue orders");
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].at("Order number"), "330108-2026-0001");
  EXPECT_EQ(overdue[0].at("Days overdue"), "21");
  EXPECT_EQ(overdue[0].at("Age (days)"), "29");
  EXPECT_EQ(overdue[0].at("Deadline"), "2026/03/10");
  // The format follows the file name when not given.
  const auto city = out("city.xlsx");
  r = runCli({"report", "city", project, "--period", "2026-03", "--out", city});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto compared = sheet(city, "Districts compared");
  ASSERT_EQ(compared.size(), 6u);  // five districts and the city
  EXPECT_EQ(compared[0].at("District"), "滨江区");
  EXPECT_EQ(compared[5].at("Overdue"), "2");
}

TEST_F(CliReport, TheLedgerAndRegistersHoldTheirRows) {
  const auto ledger = out("整改台账.xlsx");
  auto r = runCli({"--json", "report", "ledger", project, "--out", ledger});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["rows"], 3);
  auto rows = sheet(ledger, "Order ledger");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].at("Order number"), "330108-2026-0001");
  EXPECT_EQ(rows[0].at("District"), "滨江区");
  EXPECT_EQ(rows[0].at("Issued"), "2026/03/02");
  EXPECT_EQ(rows[0].at("Overdue"), "yes");
  EXPECT_EQ(rows[0].at("Days overdue"), "31");  // 03-10 to today, 04-10
  EXPECT_EQ(rows[1].at("State"), "closed");
  EXPECT_EQ(rows[1].at("Closed"), "2026/03/16");
  EXPECT_EQ(rows[1].at("Days"), "14");
  EXPECT_EQ(rows[2].at("District"), "开发区");
  r = runCli({"report", "ledger", project, "--district", "开发区", "--out", ledger});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(sheet(ledger, "Order ledger").size(), 1u);

  const auto defects = out("defects.xlsx");
  ASSERT_EQ(runCli({"report", "defects", project, "--district", "滨江区", "--out", defects}).exitCode, 0);
  rows = sheet(defects, "Defect register");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].at("Defect name"), "破裂");
  EXPECT_EQ(rows[0].at("Order number").substr(0, 12), "330108-2026-");
  const auto points = out("points.xlsx");
  ASSERT_EQ(runCli({"report", "misconnections", project, "--out", points}).exitCode, 0);
  rows = sheet(points, "Misconnection register");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at("Manhole or pipe"), "YS-0824");
  EXPECT_EQ(rows[0].at("Degree"), "重度");
}

/// Page `page` of the PDF as pdftotext reads it.
std::string pdfPageText(const std::string& pdf, int page) {
  return output("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf + "' -");
}

/// The sample city of CliReport (a copy) with its community areas and three separation projects:
///   滨江新村改造 2027 [滨江新村, 610 households]: the misconnection on YS-0824 (automatic scope) and the PL3 defect on
///     YS-0824 (defect 1) added; order 330108-2026-0001 (issued, open) linked. Separate system: no pipe, no manhole.
///     Shipped costs: 610 x 1800 + 1 x 5000 = 1,103,000. Findings 2, closed 0.
///   红星新村雨污分流 2027 [红星新村, 640 households], design: its combined pipes and mixed-flow manholes.
///   人民新村改造 2028 [人民新村].
/// The old town's other areas (纺织厂宿舍, 东风小区, 和平里) are the candidates: no point, so by combined length.
class CliSeparationReport : public CliReport {
protected:
  std::string city;
  void SetUp() override {
    CliReport::SetUp();
    city = out("city.sqlite");
    std::filesystem::copy_file(project, city);
    ASSERT_EQ(runCli({"area", "import", city, std::string(PW_SAMPLEDATA) + "/communities/communities.shp"}).exitCode,
              0);
    const auto areas = runCli({"--json", "area", "list", city}).json();
    auto areaId = [&](const std::string& name) {
      for (const auto& a : areas) {
        if (a["name"] == name) return std::to_string(a["id"].get<int>());
      }
      ADD_FAILURE() << name;
      return std::string();
    };
    auto ok = [](const std::vector<std::string>& args) {
      const auto r = runCli(args);
      EXPECT_EQ(r.exitCode, 0) << r.err;
      return r;
    };
    ok({"separation", "create", city, "--name", "滨江新村改造", "--year", "2027", "--areas", areaId("滨江新村"),
        "--scope-add", "defect:1"});
    ok({"separation", "link-order", city, "滨江新村改造", "--order", "330108-2026-0001"});
    ok({"separation", "create", city, "--name", "红星新村雨污分流", "--year", "2027", "--areas", areaId("红星新村")});
    ok({"separation", "advance", city, "红星新村雨污分流"});
    ok({"separation", "create", city, "--name", "人民新村改造", "--year", "2028", "--areas", areaId("人民新村")});
    hongxingBudget = ok({"--json", "separation", "show", city, "红星新村雨污分流"}).json()["budget"]["total"];
  }
  double hongxingBudget = 0;
};

TEST_F(CliSeparationReport, TheProgrammePdfHasItsProjectsBudgetsMapAndCandidates) {
  const auto pdf = out("分流-2027.pdf");
  const auto r = runCli({"--json", "report", "separation", city, "--year", "2027", "--out", pdf});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto j = r.json();
  EXPECT_EQ(j["report"], "separation");
  EXPECT_EQ(j["year"], 2027);
  EXPECT_EQ(j["projects"], 2);
  EXPECT_NEAR(j["budget"].get<double>(), 1103000 + hongxingBudget, 1e-6);
  EXPECT_EQ(j["findings"], 2);
  EXPECT_EQ(j["closed"], 0);
  EXPECT_EQ(j["candidates"], 3);
  EXPECT_EQ(pdfPages(pdf), j["pages"].get<int>());
  const std::string text = pdfText(pdf);
  EXPECT_THAT(text, HasSubstr("City rain/sewage separation programme 2027"));
  EXPECT_THAT(text, HasSubstr("Planned year: 2027 · the whole city"));
  EXPECT_THAT(text, HasSubstr("2 projects over 2 areas with 1250 households"));
  EXPECT_THAT(text, HasSubstr("shipped placeholder unit costs"));
  EXPECT_THAT(text, HasSubstr("Budget per project"));
  // The projects: by name within the year; the areas with their households, the linked order in its state.
  // By status: 滨江新村改造 in planning, 红星新村雨污分流 in design (budgets in ten-thousands).
  char design[64];
  std::snprintf(design, sizeof design, R"(design stage\s+1\s+%.2f)", hongxingBudget / 10000);
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(planning stage\s+1\s+110\.30)"))) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex(design))) << design;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Total\s+2\s+[0-9]+\.[0-9]{2})")));
  // The projects table (cells wrap, so each is looked for on its own): areas with households, the scope as points /
  // defects / pipes / manholes, the budget, the findings closed of those in scope, the linked order in its state.
  EXPECT_THAT(text, HasSubstr("红星新村雨污分流"));
  EXPECT_THAT(text, HasSubstr("滨江新村 (610)"));
  EXPECT_THAT(text, HasSubstr("红星新村 (640)"));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(1/1/0/0\s+0\.0\s+110\.30)"))) << text;
  EXPECT_THAT(text, HasSubstr("0/2 (0.0%)"));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(330108-2026-0001[\s\S]{0,400}issued)"))) << text;
  EXPECT_THAT(text, Not(HasSubstr("人民新村改造")));  // 2028
  // The budget lines of 滨江新村改造.
  EXPECT_THAT(text, HasSubstr("滨江新村改造 (2027, planning stage): 1,103,000.00 CNY"));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(household connections\s+610\s+1,800\.00\s+1,098,000\.00)")))
      << text;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(misconnection points rectified\s+1\s+5,000\.00\s+5,000\.00)")));
  // The candidates, longest combined length first (no open point among them); 人民新村 has a project (2028).
  const auto shortlist = text.find("Candidate areas for the next programme");
  ASSERT_NE(shortlist, std::string::npos);
  const std::string candidates = text.substr(shortlist);
  EXPECT_TRUE(std::regex_search(candidates, std::regex(R"(\n\s*1\s+纺织厂宿舍\s+老城区[\s\S]*1808\.1\s+45\s+0\.0)")))
      << candidates;
  EXPECT_TRUE(std::regex_search(candidates, std::regex(R"(\n\s*2\s+\S+小区\s+老城区[\s\S]*1718\.6\s+42\s+0\.0)")));
  EXPECT_TRUE(std::regex_search(candidates, std::regex(R"(\n\s*3\s+和平里\s+老城区[\s\S]*935\.3\s+23\s+0\.0)")));
  EXPECT_THAT(candidates, Not(HasSubstr("人民新村")));
  EXPECT_THAT(text, HasSubstr("Page 1 of " + std::to_string(j["pages"].get<int>())));

  // The map of the programme's areas, rendered as an office would print its page.
  int mapPage = 0;
  for (int page = 1; page <= j["pages"].get<int>() && !mapPage; ++page) {
    if (pdfPageText(pdf, page).find("Map of the programme's areas") != std::string::npos) mapPage = page;
  }
  ASSERT_GT(mapPage, 0) << text;
  EXPECT_THAT(pdfPageText(pdf, mapPage), HasSubstr("Programme area"));
  const std::string page = std::to_string(mapPage);
  output("pdftoppm -png -r 50 -f " + page + " -l " + page + " '" + pdf + "' '" + out("map") + "'");
  const std::string png = fileBytes(out("map-" + page + ".png"));
  ASSERT_GT(png.size(), 10000u);  // a map, not a blank page
}

TEST_F(CliSeparationReport, ADistrictsProgrammeAsExcelAndInChinese) {
  const auto xlsx = out("滨江区.xlsx");
  auto r = runCli({"--json", "report", "separation", city, "--district", "滨江区", "--out", xlsx});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["format"], "xlsx");
  EXPECT_EQ(r.json()["district"], "滨江区");
  EXPECT_TRUE(r.json()["year"].is_null());
  const auto projects = sheet(xlsx, "Separation projects");
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].at("Project"), "滨江新村改造");
  EXPECT_EQ(projects[0].at("Households"), "610");
  EXPECT_EQ(projects[0].at("Budget (yuan)"), "1103000");
  EXPECT_EQ(projects[0].at("Orders"), "330108-2026-0001 (issued)");
  const auto lines = sheet(xlsx, "Budget lines");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].at("Item"), "household connections");
  EXPECT_EQ(lines[0].at("Amount (yuan)"), "1098000");
  std::map<std::string, std::string> facts;
  for (const auto& row : sheet(xlsx, "Report")) facts[row.at("Item")] = row.at("Value");
  EXPECT_EQ(facts["District"], "滨江区");
  EXPECT_EQ(facts["Planned year"], "all years");
  EXPECT_EQ(facts["Findings closed / in scope"], "0/2 (0%)");
  EXPECT_EQ(facts["Candidate areas"], "0");  // 运河人家 has nothing to separate

  const auto pdf = out("zh.pdf");
  r = runCli({"--lang", "zh_CN", "report", "separation", city, "--year", "2027", "--top", "1", "--out", pdf});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string text = pdfText(pdf);
  EXPECT_THAT(text, HasSubstr("滨江新村改造"));
  EXPECT_THAT(text, HasSubstr("1,103,000.00"));
  EXPECT_THAT(text, HasSubstr("330108-2026-0001"));
  EXPECT_THAT(text, HasSubstr("纺织厂宿舍"));
  EXPECT_THAT(text, Not(HasSubstr("东风小区")));  // --top 1
}

TEST_F(CliSeparationReport, BadRequestsAreRefusedAndWriteNothing) {
  const auto pdf = out("x.pdf");
  auto r = runCli({"report", "separation", city, "--year", "1999", "--out", pdf});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("1999"));
  EXPECT_EQ(runCli({"report", "separation", city, "--year", "next", "--out", pdf}).exitCode, 2);
  EXPECT_EQ(runCli({"report", "separation", city, "--top", "0", "--out", pdf}).exitCode, 1);
  r = runCli({"report", "separation", city, "--district", "不存在区", "--out", pdf});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("不存在区"));
  EXPECT_EQ(runCli({"report", "separation", city, "--out", out("no/such/folder/x.pdf")}).exitCode, 2);
  EXPECT_EQ(runCli({"report", "separation", city, "--format", "docx", "--out", pdf}).exitCode, 1);
  EXPECT_FALSE(std::filesystem::exists(pdf));
  EXPECT_FALSE(std::filesystem::exists(out("no")));
}

TEST_F(CliReport, BadRequestsAreRefusedAndWriteNothing) {
  const auto pdf = out("x.pdf");
  auto r = runCli({"report", "district", project, "--period", "2026-03", "--out", pdf});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_THAT(r.err, HasSubstr("--district"));
  r = runCli({"report", "district", project, "--district", "不存在区", "--out", pdf});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("不存在区"));
  r = runCli({"report", "district", project, "--district", "滨江区", "--period", "2026-13", "--out", pdf});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("'2026-13' is not a period"));
  r = runCli({"report", "city", project, "--format", "docx", "--out", out("x.docx")});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_THAT(r.err, HasSubstr("pdf or xlsx"));
  r = runCli({"report", "ledger", project, "--format", "pdf", "--out", pdf});
  EXPECT_EQ(r.exitCode, 1);
  r = runCli({"report", "summary", project, "--out", pdf});
  EXPECT_EQ(r.exitCode, 1);
  r = runCli({"report", "city", project, "--period", "2026-03"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_THAT(r.err, HasSubstr("--out"));
  r = runCli({"report", "district", project, "--district", "滨江区", "--out", out("no/such/folder/x.pdf")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("does not exist"));
  r = runCli({"report", "ledger", project, "--out", out("no/such/folder/x.xlsx")});
  EXPECT_EQ(r.exitCode, 2);
  r = runCli({"report", "city", project, "--user", "nobody", "--out", pdf});
  EXPECT_NE(r.exitCode, 0);
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));  // nothing written, not even a partial file
}

}  // namespace
}  // namespace pw::test
