// report: the printed district report, city summary and separation programme (PDF or Excel) and the registers
// district offices keep (Excel), through the same core and render functions the desktop calls. Reports only read: any
// user of the project may make any of them.
#include <filesystem>
#include <future>

#include <QGuiApplication>

#include "access/users.h"
#include "cli.h"
#include "cli_support.h"
#include "cmd_orders_common.h"
#include "core/error.h"
#include "i18n.h"
#include "inspect/project_catalogues.h"
#include "map/network_snapshot.h"
#include "orders/orders.h"
#include "output.h"
#include "report/district_report.h"
#include "report/ledgers.h"
#include "report/report_xlsx.h"
#include "report/separation_report.h"
#include "report_pdf.h"
#include "rules/project_time.h"
#include "store/districts.h"
#include "store/project.h"

namespace pw::cli {
namespace {

/// pdf or xlsx: --format, else the --out file's extension, else pdf.
std::string formatOf(const ParsedArgs& a, const std::string& out) {
  std::string format = a.value("--format").value_or("");
  if (format.empty()) {
    const std::string ext = std::filesystem::path(out).extension().string();
    format = ext == ".xlsx" || ext == ".XLSX" ? "xlsx" : "pdf";
  }
  if (format != "pdf" && format != "xlsx") throw UsageError{PW_TR("--format takes pdf or xlsx, not %1"), format};
  return format;
}

/// The PDF needs fonts, which need a QGuiApplication (main.cpp makes one for this command).
void requireGui() {
  if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
    throwInternal(PW_TR("Drawing a report needs the Qt GUI application"));
  }
}

std::string districtName(Project& project, std::int64_t id) {
  const auto district = districtById(project, id);
  return district ? district->name : std::string();
}

}  // namespace

int Cli::cmdReport(const ParsedArgs& a) {
  const std::string kind = positional(a, 0, "district|city|separation|ledger|defects|misconnections");
  const bool isRegister = kind == "ledger" || kind == "defects" || kind == "misconnections";
  if (kind != "district" && kind != "city" && kind != "separation" && !isRegister) {
    throw UsageError{PW_TR("report takes district, city, separation, ledger, defects or misconnections, not %1"), kind};
  }
  const std::string path = positional(a, 1, "PROJECT");
  const std::string out = requiredOption(a, "--out");
  const std::string format = isRegister ? "xlsx" : formatOf(a, out);
  if (isRegister && a.value("--format") && *a.value("--format") != "xlsx") {
    throw UsageError{PW_TR("the registers are Excel workbooks: --format takes only xlsx here, not %1"),
                     *a.value("--format")};
  }
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  UserStore(*project).require(actingUser(a, *project));  // reports only read: any user may make any of them
  std::optional<std::int64_t> district;
  if (auto d = a.value("--district")) district = districtIdOf(*project, *d);
  if (kind == "district" && !district) throw UsageError{PW_TR("option %1 is required here"), "--district"};
  const Translate translate = render::qtTranslate();

  nlohmann::json doc{{"report", kind}, {"file", out}, {"format", format}};
  QString what;
  if (isRegister) {
    std::size_t rows = 0;
    if (kind == "ledger") {
      const auto ledger = orderLedger(*project, catalogues, district, translate);
      writeOrderLedgerXlsx(ledger, out, translate);
      rows = ledger.size();
      what = Cli::tr("order ledger");
    } else if (kind == "defects") {
      const auto defects = defectRegister(*project, catalogues, district);
      writeDefectRegisterXlsx(defects, out, translate);
      rows = defects.size();
      what = Cli::tr("defect register");
    } else {
      const auto points = misconnectionRegister(*project, catalogues, district);
      writeMisconnectionRegisterXlsx(points, out, translate);
      rows = points.size();
      what = Cli::tr("misconnection register");
    }
    doc["rows"] = rows;
    if (district) doc["district"] = districtName(*project, *district);
    if (m_json) {
      printJson(doc);
    } else {
      printLine(Cli::tr("Wrote the %1 (%2 rows) to %3").arg(what).arg(rows).arg(i18n::qs(out)));
    }
    return Ok;
  }

  // The map's snapshot is read on a second connection while the content is computed on this one (two cores: the
  // larger city's report takes the longer of the two instead of their sum).
  std::future<std::shared_ptr<const NetworkSnapshot>> snapshot;
  auto startSnapshot = [&] {
    if (format != "pdf") return;
    requireGui();
    // A district's map needs only the district and a margin around it: read just that through the spatial index.
    const std::optional<std::int64_t> only = kind == "district" ? district : std::nullopt;
    snapshot = std::async(std::launch::async, [path, only] {
      auto reader = Project::open(path);
      return buildSnapshot(*reader, nullptr, only ? districtBox(*reader, *only, 0.15) : std::nullopt);
    });
  };
  int pages = 0;
  if (kind == "separation") {
    SeparationReportRequest request;
    request.districtId = district;
    if (auto y = optionInt(a, "--year")) request.plannedYear = *y;
    if (auto top = optionInteger(a, "--top")) {
      if (*top <= 0) throw UsageError{PW_TR("option %1 takes a whole number above 0"), "--top"};
      request.candidateLimit = static_cast<std::size_t>(*top);
    }
    startSnapshot();
    const auto report = buildSeparationReport(*project, catalogues, request);
    if (format == "pdf") {
      pages = render::writeSeparationReportPdf(report, snapshot.get().get(), out);
    } else {
      writeSeparationReportXlsx(report, out, translate);
    }
    doc["year"] = report.plannedYear ? nlohmann::json(*report.plannedYear) : nlohmann::json();
    if (district) doc["district"] = report.districtName;
    doc["projects"] = report.totals.projects;
    doc["budget"] = report.totals.budget;
    doc["currency"] = report.currency;
    doc["findings"] = report.totals.progress.findings;
    doc["closed"] = report.totals.progress.closed;
    doc["candidates"] = report.candidates.size();
    doc["candidates_budget"] = report.candidateTotals.budget.total;
    what = Cli::tr("separation programme for %1").arg(i18n::qs(programmeYearText(translate, report)));
  } else {
    const Period period = parsePeriod(a.value("--period").value_or(todayIso(*project).substr(0, 7)));
    doc["period"] = {{"from", period.from}, {"to", period.to}, {"label", period.label}};
    startSnapshot();
    if (kind == "district") {
      const auto report = buildDistrictReport(*project, catalogues, period, *district, translate);
      if (format == "pdf") {
        pages = render::writeDistrictReportPdf(report, snapshot.get().get(), out);
      } else {
        writeDistrictReportXlsx(report, out, translate);
      }
      doc["district"] = report.kpi.name;
      doc["reference_day"] = report.referenceDay;
      doc["rank"] = report.kpi.rank;
      doc["overdue"] = report.overdue.size();
      what = Cli::tr("report of %1 for %2").arg(i18n::qs(report.kpi.name), i18n::qs(period.label));
    } else {
      const auto report = buildCityReport(*project, catalogues, period, 30, translate);
      if (format == "pdf") {
        pages = render::writeCityReportPdf(report, snapshot.get().get(), out);
      } else {
        writeCityReportXlsx(report, out, translate);
      }
      doc["reference_day"] = report.referenceDay;
      doc["districts"] = report.ranking.size();
      doc["overdue"] = report.overdueTotal;
      what = Cli::tr("city summary for %1").arg(i18n::qs(period.label));
    }
  }
  if (pages > 0) doc["pages"] = pages;
  if (m_json) {
    printJson(doc);
  } else if (pages > 0) {
    printLine(Cli::tr("Wrote the %1 to %2 (%3 pages)").arg(what, i18n::qs(out)).arg(pages));
  } else {
    printLine(Cli::tr("Wrote the %1 to %2").arg(what, i18n::qs(out)));
  }
  return Ok;
}

}  // namespace pw::cli
