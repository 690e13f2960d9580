// Writing a report PDF: laid out once into memory to count the pages (the footer says "page n of N"), then into a
// temporary file beside the destination, renamed into place when complete.
#include "report_pdf.h"

#include <unistd.h>

#include <filesystem>

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>

#include "core/error.h"
#include "core/open_databases.h"
#include "report_sections.h"
#include "report_words.h"

namespace pw::render {
namespace {

void setUp(QPdfWriter& writer, const QString& title) {
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setPageOrientation(QPageLayout::Portrait);
  writer.setPageMargins(QMarginsF(0, 0, 0, 0));
  writer.setResolution(300);
  writer.setTitle(title);
  writer.setCreator(QStringLiteral("PipeWard"));
}

QString footerOf(const QString& title) { return ReportPdf::tr("PipeWard — %1").arg(title); }

/// Lays the report out on `device` with `total` pages in the footers; returns the pages used.
template <class Draw>
int layOut(QIODevice& device, const QString& title, const QString& header, int total, Draw draw) {
  QPdfWriter writer(&device);
  setUp(writer, title);
  ReportCanvas canvas(writer, header, footerOf(title), total);
  draw(canvas);
  return canvas.page();
}

template <class Draw>
int writePdf(const std::string& path, const QString& title, const QString& header, Draw draw) {
  refuseOpenDatabase(path);  // renamed over, an open project would be lost
  const auto folder = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!folder.empty() && !std::filesystem::is_directory(folder, ec)) {
    throwBadInput(PW_TR("Cannot write %1: the folder %2 does not exist"), {path, folder.string()}, {.file = path});
  }
  QBuffer dry;
  dry.open(QIODevice::WriteOnly);
  const int pages = layOut(dry, title, header, 0, draw);
  const std::string partial = path + ".partial-" + std::to_string(::getpid());
  {
    QFile file(QString::fromStdString(partial));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
      throwBadInput(PW_TR("Cannot write %1: %2"), {path, file.errorString().toStdString()}, {.file = path});
    }
    layOut(file, title, header, pages, draw);
    file.close();
    if (file.error() != QFileDevice::NoError) {
      const std::string reason = file.errorString().toStdString();
      std::filesystem::remove(partial, ec);
      throwBadInput(PW_TR("Cannot write %1: %2"), {path, reason}, {.file = path});
    }
  }
  std::filesystem::rename(partial, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    throwBadInput(PW_TR("Cannot write %1: %2"), {path, ec.message()}, {.file = path});
  }
  return pages;
}

}  // namespace

int writeDistrictReportPdf(const DistrictReport& report, const NetworkSnapshot* snapshot, const std::string& path) {
  const QString title = ReportPdf::tr("%1 drainage network rectification report").arg(qs(report.kpi.name));
  const QString header = QStringLiteral("%1 · %2").arg(title, qs(report.period.label));
  return writePdf(path, title, header, [&](ReportCanvas& c) { drawDistrictReport(c, report, snapshot); });
}

int writeCityReportPdf(const CityReport& report, const NetworkSnapshot* snapshot, const std::string& path) {
  const QString title = ReportPdf::tr("City drainage network rectification summary");
  const QString header = QStringLiteral("%1 · %2").arg(title, qs(report.period.label));
  return writePdf(path, title, header, [&](ReportCanvas& c) { drawCityReport(c, report, snapshot); });
}

int writeSeparationReportPdf(const SeparationReport& report, const NetworkSnapshot* snapshot, const std::string& path) {
  const QString title = separationReportTitle(report);
  return writePdf(path, title, title, [&](ReportCanvas& c) { drawSeparationReport(c, report, snapshot); });
}

}  // namespace pw::render
