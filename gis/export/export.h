#pragma once
// Exporting a layer of the project, whole or a filtered selection, to GeoPackage, shapefile, GeoJSON or CSV.
// Pipes, manholes and districts are written with the field names of the pinyin survey profile (GXBH, QDBH, ZDBH, GJ,
// CZ, PSLX ...; QXMC/QXDM) plus the district name (SSQX), the length (CD) and every unmapped survey field they came
// with, so that importing the file into another project gives back the same records. Findings, orders and import
// issues are written for reading in other tools.
//
//   ExportRequest r;
//   r.layer = ExportLayer::Pipes;
//   r.filter.district = "高新区";
//   r.filter.ids = {12, 13, 40};          // the map selection (database ids); empty: no id filter
//   r.format = ExportFormat::Shapefile;
//   r.output = "/home/me/pipes.shp";
//   ExportResult result = exportLayer(project, r, feedback);
//
// The file appears at the output path only when everything was written (written beside it under a temporary name
// first, then renamed): a failure or a cancel leaves nothing there.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/message.h"

namespace pw {

class Feedback;
class Project;

enum class ExportLayer { Pipes, Manholes, Districts, Defects, Misconnections, Orders, ImportIssues };
enum class ExportFormat { GeoPackage, Shapefile, GeoJson, Csv };
enum class ShapefileEncoding { Gbk, Utf8 };

/// pipes, manholes, districts, defects, misconnections, orders, import_issues
const char* exportLayerKey(ExportLayer layer);
std::optional<ExportLayer> exportLayerFromKey(const std::string& key);
const std::vector<ExportLayer>& allExportLayers();
/// gpkg, shp, geojson, csv
const char* exportFormatKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(const std::string& key);
/// The format a file name's extension names (.gpkg, .shp, .geojson or .json, .csv), or nothing.
std::optional<ExportFormat> exportFormatFromPath(const std::string& path);
/// GBK (also "936", "CP936") or UTF-8; nothing for anything else.
std::optional<ShapefileEncoding> shapefileEncodingFromName(const std::string& name);

/// Which records: every set criterion must hold. A criterion that does not apply to the layer is refused.
struct ExportFilter {
  std::optional<std::string> district;  ///< district code or name (every layer but import_issues)
  std::optional<std::string> drainage;  ///< rain | sewage | combined (pipes, manholes)
  std::optional<std::string> state;     ///< order state key: draft, issued ... (orders)
  bool overdueOnly = false;             ///< deadline passed, issued and not closed (orders)
  std::optional<int> grade;             ///< defect grade 1-4 or misconnection degree 1-3, exactly
  std::optional<int> minGrade;          ///< the same, at least
  std::vector<std::int64_t> ids;        ///< the selection: database ids of the layer's records; empty: all
};

struct ExportRequest {
  ExportLayer layer = ExportLayer::Pipes;
  ExportFilter filter;
  ExportFormat format = ExportFormat::GeoPackage;
  std::string output;                                   ///< the file to write (.gpkg, .shp, .geojson, .csv)
  ShapefileEncoding encoding = ShapefileEncoding::Gbk;  ///< shapefiles only: DBF text in GBK (with .cpg) or UTF-8
  bool overwrite = false;                               ///< replace an existing file (and its shapefile sidecars)
  /// Fills a core message (the import issues' text) in the user's language; English when unset.
  std::function<std::string(const Message&)> formatMessage;
};

struct ExportResult {
  std::string path;                                            ///< the main file
  std::vector<std::string> files;                              ///< every file written: the main file and its sidecars
  std::int64_t count = 0;                                      ///< records written
  std::string crs;                                             ///< of the coordinates written: EPSG:n
  std::string encoding;                                        ///< of the text written (GBK or UTF-8)
  std::vector<std::string> fields;                             ///< field names as written
  std::vector<std::pair<std::string, std::string>> shortened;  ///< shapefile: name written -> full name, where cut
  std::vector<Message> notes;                                  ///< e.g. that nothing matched and the file is empty
};

/// Writes the request's layer and filter to its output. Throws Error: BadInput for an unknown or inapplicable
/// filter, an existing output (without overwrite), an unwritable folder, text the shapefile's encoding cannot hold
/// or that is longer than a DBF field (naming the record and the field); NotFound for a district or an id that does
/// not exist; Cancelled when the feedback is cancelled. Nothing is left at the output path when it throws.
ExportResult exportLayer(Project& project, const ExportRequest& request, Feedback& feedback);

/// The records the filter selects (their database ids, in export order), for a preview count in a dialog.
std::vector<std::int64_t> selectForExport(Project& project, ExportLayer layer, const ExportFilter& filter);

}  // namespace pw
