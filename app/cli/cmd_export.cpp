// export: a layer of the project, whole or filtered, to GeoPackage, shapefile, GeoJSON or CSV (the core's
// exportLayer; the desktop's export dialog calls the same).
#include <QStringList>

#include "cli.h"
#include "cli_support.h"
#include "core/error.h"
#include "core/feedback.h"
#include "export/export.h"
#include "i18n.h"
#include "output.h"
#include "store/project.h"

namespace pw::cli {
namespace {

QString layerName(const std::string& key) {
  if (key == "defects") return Cli::tr("defects");
  if (key == "misconnections") return Cli::tr("misconnection points");
  if (key == "orders") return Cli::tr("orders");
  if (key == "import_issues") return Cli::tr("import issues");
  return roleName(key);
}

}  // namespace

int Cli::cmdExport(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  const std::string layerKey = positional(a, 1, "LAYER");
  ExportRequest request;
  request.output = positional(a, 2, "OUTPUT");
  const auto layer = exportLayerFromKey(layerKey);
  if (!layer) {
    throw UsageError{PW_TR("unknown layer %1: use pipes, manholes, districts, defects, misconnections, orders or "
                           "import_issues"),
                     layerKey};
  }
  request.layer = *layer;
  if (const auto f = a.value("--format")) {
    const auto format = exportFormatFromKey(*f);
    if (!format) throw UsageError{PW_TR("unknown format %1: use gpkg, shp, geojson or csv"), *f};
    request.format = *format;
  } else if (const auto format = exportFormatFromPath(request.output)) {
    request.format = *format;
  } else {
    throw UsageError{PW_TR("the format cannot be told from the name %1: end it in .gpkg, .shp, .geojson or .csv, or "
                           "give --format"),
                     request.output};
  }
  if (const auto e = a.value("--encoding")) {
    const auto encoding = shapefileEncodingFromName(*e);
    if (!encoding) throw UsageError{PW_TR("--encoding takes GBK or UTF-8, not %1"), *e};
    if (request.format != ExportFormat::Shapefile && *encoding != ShapefileEncoding::Utf8) {
      throw UsageError{PW_TR("--encoding GBK applies to shapefiles only; %1 files are always UTF-8"),
                       exportFormatKey(request.format)};
    }
    request.encoding = *encoding;
  }
  auto& filter = request.filter;
  filter.district = a.value("--district");
  filter.drainage = a.value("--type");
  filter.state = a.value("--state");
  filter.overdueOnly = a.flag("--overdue");
  filter.grade = optionInt(a, "--grade");
  filter.minGrade = optionInt(a, "--min-grade");
  if (const auto ids = a.value("--ids")) filter.ids = recordNumbers(*ids, "--ids");
  request.overwrite = a.flag("--overwrite");
  request.formatMessage = [](const Message& m) { return i18n::text(m).toStdString(); };

  auto project = Project::open(path);
  Progress progress;
  Feedback feedback([&](const std::string& stage, std::int64_t done, std::int64_t total) {
    progress.update(i18n::qs(stage), done, total);
  });
  FeedbackScope scope(feedback);
  const ExportResult result = exportLayer(*project, request, feedback);
  progress.finish();

  if (m_json) {
    nlohmann::json shortened = nlohmann::json::array();
    for (const auto& [field, full] : result.shortened) shortened.push_back({{"field", field}, {"full_name", full}});
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& n : result.notes) notes.push_back(i18n::text(n).toStdString());
    printJson({{"project", path},
               {"layer", layerKey},
               {"format", exportFormatKey(request.format)},
               {"path", result.path},
               {"files", result.files},
               {"count", result.count},
               {"crs", result.crs},
               {"encoding", result.encoding},
               {"fields", result.fields},
               {"shortened", shortened},
               {"notes", notes}});
    return Ok;
  }
  printLine(tr("Exported %1 %2 to %3").arg(result.count).arg(layerName(layerKey), i18n::qs(result.path)));
  printLine(tr("  format:    %1, coordinates in %2, text in %3")
                .arg(i18n::qs(exportFormatKey(request.format)), i18n::qs(result.crs), i18n::qs(result.encoding)));
  QStringList files;
  for (const auto& f : result.files) files << i18n::qs(f);
  printLine(tr("  files:     %1").arg(files.join(QStringLiteral(", "))));
  for (const auto& [field, full] : result.shortened) {
    printLine(tr("  field %1 stands for %2 (listed in the .fields.csv beside the file)")
                  .arg(i18n::qs(field), i18n::qs(full)));
  }
  for (const auto& n : result.notes) printLine(tr("  note:      %1").arg(i18n::text(n)));
  return Ok;
}

}  // namespace pw::cli
