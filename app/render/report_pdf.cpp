// Writing a report PDF: laid out once into memory to count the pages (the footer says "page n of N"), then through a
// staged, checked file beside the destination (staged_device.h), moved into place when complete.
#include "report_pdf.h"

#include <optional>

#include <QBuffer>
#include <QPdfWriter>

#include "core/error.h"
#include "report_sections.h"
#include "report_words.h"
#include "staged_device.h"

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

/// Lays the report out on `device` with `total` pages in the footers; returns the pages used, or nothing when the
/// painting could not begin or end.
template <class Draw>
std::optional<int> layOut(QIODevice& device, const QString& title, const QString& header, int total, Draw draw) {
  QPdfWriter writer(&device);
  setUp(writer, title);
  ReportCanvas canvas(writer, header, footerOf(title), total);
  draw(canvas);
  const int pages = canvas.page();
  if (!canvas.finish()) return std::nullopt;
  return pages;
}

template <class Draw>
int writePdf(const std::string& path, const QString& title, const QString& header, Draw draw) {
  StagedFileDevice file(path);  // first: a folder that cannot be written is refused before any work
  QBuffer dry;
  dry.open(QIODevice::WriteOnly);
  const int pages = layOut(dry, title, header, 0, draw).value_or(0);
  if (!layOut(file, title, header, pages, draw)) file.fail(ReportPdf::tr("the PDF writer could not finish the file"));
  file.commit();
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
