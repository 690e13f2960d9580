#include "export/export.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/feedback.h"
#include "core/staged_output.h"
#include "export/dbf_names.h"
#include "export/export_layers.h"
#include "export/export_selection.h"
#include "geom/spatialite_blob.h"
#include "inspect/project_catalogues.h"
#include "io/encoder.h"
#include "io/field_sidecar.h"
#include "orders/orders.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr std::size_t kDbfTextBytes = 254;
constexpr int kGeoJsonDecimals = 8;             // about 1 mm in longitude and latitude: survey precision
constexpr unsigned char kLdidGbk = 0x4D;        // DBF language byte for code page 936
constexpr std::uint64_t kDbfLanguageByte = 29;  // its offset in the DBF header

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string extensionOf(const std::string& path) { return lower(std::filesystem::path(path).extension().string()); }

const char* formatExtension(ExportFormat format) {
  switch (format) {
    case ExportFormat::GeoPackage: return ".gpkg";
    case ExportFormat::Shapefile: return ".shp";
    case ExportFormat::GeoJson: return ".geojson";
    case ExportFormat::Csv: return ".csv";
  }
  return "";
}

/// The files an export of this format writes, the main file first.
std::vector<std::string> fileSet(const std::string& main, ExportFormat format) {
  const std::filesystem::path p(main);
  const std::string base = (p.parent_path() / p.stem()).string();
  switch (format) {
    case ExportFormat::Shapefile:
      return {main,          base + ".shx", base + ".dbf", base + ".prj", base + ".cpg", fieldSidecarPath(main),
              base + ".qix", base + ".sbn", base + ".sbx"};
    case ExportFormat::Csv: return {main, base + ".csvt", base + ".prj"};
    default: return {main};
  }
}

/// The output path with the format's extension: refuses an extension that names another format, adds it when there
/// is none.
std::string outputPath(const ExportRequest& request) {
  if (request.output.empty()) throwBadInput(PW_TR("No output file was given"));
  const std::string ext = extensionOf(request.output);
  if (ext.empty()) return request.output + formatExtension(request.format);
  const auto named = exportFormatFromPath(request.output);
  if (named != request.format) {
    throwBadInput(PW_TR("%1: the name ends in %2, which does not fit the format %3 (use %4)"),
                  {request.output, ext, exportFormatKey(request.format), formatExtension(request.format)},
                  {.file = request.output});
  }
  return request.output;
}

/// A read transaction for the whole export, so that every query sees the same project.

struct AttrColumn {
  std::string key;
  bool text = false;
  int bytes = 0;  ///< the longest value, in UTF-8 bytes
};

/// The unmapped survey fields of the selected records, in the order they first appear, that do not clash with a
/// column of the layer.
std::vector<AttrColumn> attrColumns(sql::Database& db, const ExportLayerSpec& spec, const Selection& sel,
                                    std::vector<Message>& notes) {
  std::vector<AttrColumn> out;
  if (spec.attrsExpr.empty()) return out;
  auto st = db.prepare(
      "SELECT j.key, max(j.type IN ('text', 'true', 'false', 'array', 'object')), "
      "max(j.type <> 'null'), max(length(CAST(j.value AS BLOB))) FROM " +
      spec.from + ", json_each(CASE WHEN json_valid(" + spec.attrsExpr + ") THEN " + spec.attrsExpr +
      " ELSE '{}' END) j WHERE " + sel.where + " GROUP BY j.key ORDER BY min(j.id), j.key");
  sel.bind(st);
  std::map<std::string, std::string> taken;  // upper-cased name -> the name that has it
  for (const auto& c : spec.columns) taken.emplace(upper(c.name), c.name);
  while (st.step()) {
    const std::string key = st.text(0);
    if (key.empty()) continue;
    const auto clash = taken.find(upper(key));
    if (clash != taken.end()) {
      notes.push_back({PW_TR("the survey field %1 kept with the records was left out: its name is taken by %2"),
                       {key, clash->second}});
      continue;
    }
    taken.emplace(upper(key), key);
    out.push_back({key, st.int64(1) != 0 || st.int64(2) == 0, static_cast<int>(st.isNull(3) ? 0 : st.int64(3))});
  }
  return out;
}

/// The longest text of each column of the selection in UTF-8 bytes (an upper bound of its length in GBK), so that a
/// shapefile's DBF fields are sized once instead of at 254 bytes and then rewritten. Derived columns get 254.
std::vector<int> textWidths(sql::Database& db, const ExportLayerSpec& spec, const Selection& sel) {
  std::vector<int> widths(spec.columns.size(), 0);
  std::string sql;
  std::vector<std::size_t> measured;
  for (std::size_t i = 0; i < spec.columns.size(); ++i) {
    const auto& c = spec.columns[i];
    if (c.hidden || c.type != WriterFieldType::Text) continue;
    if (c.sql.empty()) {
      widths[i] = static_cast<int>(kDbfTextBytes);
      continue;
    }
    sql += (sql.empty() ? "" : ", ") + std::string("max(length(CAST(") + c.sql + " AS BLOB)))";
    measured.push_back(i);
  }
  if (measured.empty()) return widths;
  auto st = db.prepare("SELECT " + sql + " FROM " + spec.from + " WHERE " + sel.where);
  sel.bind(st);
  if (st.step()) {
    for (std::size_t k = 0; k < measured.size(); ++k) {
      widths[measured[k]] = st.isNull(static_cast<int>(k)) ? 0 : static_cast<int>(st.int64(static_cast<int>(k)));
    }
  }
  return widths;
}

int dbfWidth(int bytes) { return std::clamp(bytes, 1, static_cast<int>(kDbfTextBytes)); }

WriterValue attrValue(const nlohmann::json& attrs, const AttrColumn& column) {
  const auto it = attrs.find(column.key);
  if (it == attrs.end() || it->is_null()) return std::monostate{};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number() && !column.text) return it->get<double>();
  return it->dump();
}

WriterGeometry geometryOf(WriterGeometryType type, std::span<const unsigned char> blob) {
  WriterGeometry g;
  if (blob.empty()) return g;
  switch (type) {
    case WriterGeometryType::Points:
      if (const auto p = blob::decodePoint(blob)) g.xy = {p->x, p->y};
      break;
    case WriterGeometryType::Lines:
      if (!blob::decodeLineString(blob, g.xy)) g.xy.clear();
      break;
    case WriterGeometryType::Polygons:
      if (auto polygons = blob::decodeMultiPolygon(blob)) g.polygons = std::move(*polygons);
      break;
  }
  return g;
}

std::string labelOf(const ExportRow& row, int column, std::int64_t id) {
  const auto& v = row[static_cast<std::size_t>(column)];
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  return "#" + std::to_string(id);
}

/// Writes a small text file of the set through the staging (each write checked).
void writeText(const StagedOutput& staging, const std::string& finalPath, const std::string& text) {
  OutputFile out = staging.create(finalPath);
  out.write(text);
  out.close();
}

WriterOptions writerOptions(ExportFormat format, const std::string& stagedPath, const std::string& output,
                            const ExportLayerSpec& spec, int epsg) {
  WriterOptions o;
  o.path = stagedPath;
  o.reportAs = output;
  o.geometry = spec.geometry;
  o.sourceEpsg = epsg;
  o.layerName = std::filesystem::path(stagedPath).stem().string();
  switch (format) {
    case ExportFormat::GeoPackage:
      o.driver = "GPKG";
      o.layerName = exportLayerKey(spec.layer);
      break;
    case ExportFormat::Shapefile:
      o.driver = "ESRI Shapefile";
      o.layerOptions = {"ENCODING="};  // the text is encoded here, the fields sized beforehand
      break;
    case ExportFormat::GeoJson:
      o.driver = "GeoJSON";
      o.targetEpsg = 4326;
      o.layerOptions = {"RFC7946=YES", "COORDINATE_PRECISION=" + std::to_string(kGeoJsonDecimals)};
      break;
    case ExportFormat::Csv:
      o.driver = "CSV";
      o.layerOptions = {"GEOMETRY=AS_WKT", "WRITE_BOM=YES", "CREATE_CSVT=YES", "LINEFORMAT=CRLF"};
      break;
  }
  return o;
}

}  // namespace

const char* exportLayerKey(ExportLayer layer) {
  switch (layer) {
    case ExportLayer::Pipes: return "pipes";
    case ExportLayer::Manholes: return "manholes";
    case ExportLayer::Districts: return "districts";
    case ExportLayer::Defects: return "defects";
    case ExportLayer::Misconnections: return "misconnections";
    case ExportLayer::Orders: return "orders";
    case ExportLayer::ImportIssues: return "import_issues";
  }
  return "";
}

const std::vector<ExportLayer>& allExportLayers() {
  static const std::vector<ExportLayer> all{
      ExportLayer::Pipes,          ExportLayer::Manholes, ExportLayer::Districts,   ExportLayer::Defects,
      ExportLayer::Misconnections, ExportLayer::Orders,   ExportLayer::ImportIssues};
  return all;
}

std::optional<ExportLayer> exportLayerFromKey(const std::string& key) {
  for (const auto layer : allExportLayers()) {
    if (key == exportLayerKey(layer)) return layer;
  }
  return std::nullopt;
}

const char* exportFormatKey(ExportFormat format) {
  switch (format) {
    case ExportFormat::GeoPackage: return "gpkg";
    case ExportFormat::Shapefile: return "shp";
    case ExportFormat::GeoJson: return "geojson";
    case ExportFormat::Csv: return "csv";
  }
  return "";
}

std::optional<ExportFormat> exportFormatFromKey(const std::string& key) {
  const std::string k = lower(key);
  if (k == "gpkg" || k == "geopackage") return ExportFormat::GeoPackage;
  if (k == "shp" || k == "shapefile") return ExportFormat::Shapefile;
  if (k == "geojson" || k == "json") return ExportFormat::GeoJson;
  if (k == "csv") return ExportFormat::Csv;
  return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const std::string& path) {
  const std::string ext = extensionOf(path);
  if (ext.size() < 2) return std::nullopt;
  return exportFormatFromKey(ext.substr(1));
}

std::optional<ShapefileEncoding> shapefileEncodingFromName(const std::string& name) {
  const std::string u = upper(name);
  if (u == "GBK" || u == "936" || u == "CP936") return ShapefileEncoding::Gbk;
  if (u == "UTF-8" || u == "UTF8") return ShapefileEncoding::Utf8;
  return std::nullopt;
}

std::vector<std::int64_t> selectForExport(Project& project, ExportLayer layer, const ExportFilter& filter) {
  auto& db = project.db();
  ReadSnapshot snapshot(db);
  const auto catalogues = loadProjectCatalogues(project);
  const std::string today = todayIso(project);
  const auto spec = exportLayerSpec(layer, catalogues, {}, today);
  const Selection sel = select(db, spec, filter, today);
  std::vector<std::int64_t> ids;
  scanRows(db, spec, sel, false,
           [&](std::int64_t id, const ExportRow&, std::span<const unsigned char>, const std::string&) {
             ids.push_back(id);
           });
  return ids;
}

ExportResult exportLayer(Project& project, const ExportRequest& request, Feedback& feedback) {
  const std::string output = outputPath(request);
  const bool shapefile = request.format == ExportFormat::Shapefile;
  const std::string encodingName = shapefile && request.encoding == ShapefileEncoding::Gbk ? "GBK" : "UTF-8";
  auto& db = project.db();
  ReadSnapshot snapshot(db);
  const auto catalogues = loadProjectCatalogues(project);
  const std::string today = todayIso(project);
  ExportLayerSpec spec = exportLayerSpec(request.layer, catalogues, request.formatMessage, today);
  const Selection sel = select(db, spec, request.filter, today);
  StagedOutput staging(fileSet(output, request.format),
                       {.overwrite = request.overwrite, .projectPath = project.path()});

  ExportResult result;
  result.path = output;
  result.encoding = encodingName;
  const int epsg = project.crsEpsg();
  result.crs = "EPSG:" + std::to_string(request.format == ExportFormat::GeoJson ? 4326 : epsg);

  // Pipes with a box section anywhere in the selection write GJ as text (1200×800), as surveys do.
  if (spec.layer == ExportLayer::Pipes) {
    auto st = db.prepare("SELECT count(*) FROM " + spec.from + " WHERE " + sel.where + " AND t.height_mm IS NOT NULL");
    sel.bind(st);
    st.step();
    if (st.int64(0) > 0) {
      auto& gj = *std::find_if(spec.columns.begin(), spec.columns.end(), [](const auto& c) { return c.name == "GJ"; });
      gj.type = WriterFieldType::Text;
      gj.sql =
          "CASE WHEN t.height_mm IS NULL THEN printf('%g', t.diameter_mm) "
          "ELSE printf('%g×%g', t.diameter_mm, t.height_mm) END";
    }
  }
  const auto attrs = attrColumns(db, spec, sel, result.notes);

  // Fields as written: the layer's columns, then the survey fields.
  std::vector<std::string> fullNames;
  std::vector<std::pair<std::string, std::string>> meanings;
  std::vector<WriterFieldType> types;
  std::vector<int> widths;
  const auto columnWidths = shapefile ? textWidths(db, spec, sel) : std::vector<int>(spec.columns.size(), 0);
  for (std::size_t i = 0; i < spec.columns.size(); ++i) {
    const auto& c = spec.columns[i];
    if (c.hidden) continue;
    fullNames.push_back(c.name);
    meanings.emplace_back(c.meaning, c.meaningEn);
    types.push_back(c.type);
    widths.push_back(columnWidths[i]);
  }
  for (const auto& a : attrs) {
    fullNames.push_back(a.key);
    meanings.emplace_back("测绘成果原字段", "survey field kept from the source");
    types.push_back(a.text ? WriterFieldType::Text : WriterFieldType::Real);
    widths.push_back(a.bytes);
  }
  const enc::Encoder encoder(encodingName);
  std::vector<WriterField> fields;
  std::vector<FieldNameEntry> sidecar;
  if (shapefile) {
    const auto names = chooseDbfNames(fullNames, encoder);
    for (std::size_t i = 0; i < names.size(); ++i) {
      fields.push_back({names[i].encoded, types[i], types[i] == WriterFieldType::Text ? dbfWidth(widths[i]) : 0});
      sidecar.push_back({names[i].utf8, fullNames[i], meanings[i].first, meanings[i].second});
      if (names[i].utf8 != fullNames[i]) result.shortened.emplace_back(names[i].utf8, fullNames[i]);
      result.fields.push_back(names[i].utf8);
    }
  } else {
    for (std::size_t i = 0; i < fullNames.size(); ++i) fields.push_back({fullNames[i], types[i], 0});
    result.fields = fullNames;
  }

  std::int64_t total = 0;
  {
    auto st = db.prepare("SELECT count(*) FROM " + spec.from + " WHERE " + sel.where);
    sel.bind(st);
    if (st.step()) total = st.int64(0);
  }
  feedback.progress("export", 0, total);

  const std::string staged = staging.staged(output);
  VectorWriter writer(writerOptions(request.format, staged, output, spec, epsg), fields);
  std::vector<WriterValue> values(fields.size());
  scanRows(
      db, spec, sel, !attrs.empty(),
      [&](std::int64_t id, const ExportRow& row, std::span<const unsigned char> blob, const std::string& attrsText) {
        std::size_t f = 0;
        for (std::size_t i = 0; i < spec.columns.size(); ++i) {
          if (!spec.columns[i].hidden) values[f++] = row[i];
        }
        if (!attrs.empty()) {
          const auto parsed = nlohmann::json::parse(attrsText.empty() ? std::string("{}") : attrsText, nullptr, false);
          for (const auto& a : attrs) values[f++] = parsed.is_object() ? attrValue(parsed, a) : WriterValue{};
        }
        if (shapefile) {
          for (std::size_t i = 0; i < values.size(); ++i) {
            auto* text = std::get_if<std::string>(&values[i]);
            if (!text) continue;
            auto encoded = encoder.encode(*text);
            const std::string label = labelOf(row, spec.labelColumn, id);
            if (!encoded) {
              throwBadInput(
                  PW_TR("%1 %2, field %3: the text '%4' has the character '%5', which %6 cannot hold; export "
                        "with the UTF-8 encoding or to another format"),
                  {trArg(spec.noun), label, fullNames[i], *text, encoder.firstUnencodable(*text), encodingName},
                  {.file = output, .record = label, .field = fullNames[i], .value = *text});
            }
            if (encoded->size() > kDbfTextBytes) {
              throwBadInput(
                  PW_TR("%1 %2, field %3: the text is %4 bytes long in %5, more than the %6 a shapefile field "
                        "holds; export to GeoPackage, GeoJSON or CSV instead"),
                  {trArg(spec.noun), label, fullNames[i], std::to_string(encoded->size()), encodingName,
                   std::to_string(kDbfTextBytes)},
                  {.file = output, .record = label, .field = fullNames[i]});
            }
            *text = std::move(*encoded);
          }
        }
        writer.add(values, geometryOf(spec.geometry, blob));
        ++result.count;
        if (result.count % 2000 == 0) feedback.progress("export", result.count, total);
      });
  writer.close();
  feedback.progress("export", result.count, total);

  if (shapefile) {
    const std::filesystem::path p(output);
    const std::string base = (p.parent_path() / p.stem()).string();
    writeText(staging, base + ".cpg", request.encoding == ShapefileEncoding::Gbk ? "936" : "UTF-8");
    const char ldid = static_cast<char>(request.encoding == ShapefileEncoding::Gbk ? kLdidGbk : 0);
    patchFile(staging.staged(base + ".dbf"), kDbfLanguageByte, std::string_view(&ldid, 1), base + ".dbf");
    writeText(staging, fieldSidecarPath(output), fieldSidecarText(sidecar));
  }
  if (result.count == 0) {
    result.notes.push_back({PW_TR("nothing matched the selection: %1 holds no records"), {output}});
  }
  result.files = staging.commit();
  return result;
}

}  // namespace pw
