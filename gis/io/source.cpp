#include "io/source.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include "core/error.h"
#include "core/feedback.h"
#include "core/open_databases.h"
#include "core/tempdir.h"
#include "gdal/gdal.h"
#include "io/field_sidecar.h"
#include "io/normalize.h"

namespace pw {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && lower(s.substr(s.size() - suffix.size())) == suffix;
}

bool exists(const std::string& path) {
  VSIStatBufL st;
  return VSIStatL(path.c_str(), &st) == 0;
}

/// The sidecar of a .shp with the given extension, in lower or upper case, or empty if there is none.
std::string sidecar(const std::string& shpPath, const std::string& ext) {
  const std::string base = shpPath.substr(0, shpPath.size() - 4);
  for (const std::string& e : {ext, [&] {
                                 std::string u = ext;
                                 for (auto& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                                 return u;
                               }()}) {
    if (exists(base + e)) return base + e;
  }
  return {};
}

std::string readVsiText(const std::string& path, std::size_t limit) {
  VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
  if (!f) return {};
  std::string text(limit, '\0');
  const auto n = VSIFReadL(text.data(), 1, limit, f);
  VSIFCloseL(f);
  text.resize(n);
  return text;
}

std::string fileName(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

GeometryKind kindOf(OGRwkbGeometryType type) {
  switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint: return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString: return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon: return GeometryKind::Polygon;
    default: return GeometryKind::None;
  }
}

/// Finds the one shapefile inside a zip archive (at any depth).
std::string shapefileInZip(const std::string& zipPath) {
  const std::string root = "/vsizip/" + zipPath;
  char** entries = VSIReadDirRecursive(root.c_str());
  if (!entries) {
    throwBadInput(PW_TR("%1 is not a readable zip archive"), {zipPath}, {.file = zipPath});
  }
  std::vector<std::string> shps;
  for (char** e = entries; *e; ++e) {
    if (endsWith(*e, ".shp")) shps.emplace_back(*e);
  }
  CSLDestroy(entries);
  if (shps.empty()) {
    throwBadInput(PW_TR("%1 contains no shapefile (.shp)"), {zipPath}, {.file = zipPath});
  }
  if (shps.size() > 1) {
    std::string list;
    for (const auto& s : shps) list += (list.empty() ? "" : ", ") + s;
    throwBadInput(PW_TR("%1 contains several shapefiles (%2); name one as %1/<name>.shp"), {zipPath, list},
                  {.file = zipPath});
  }
  return root + "/" + shps.front();
}

}  // namespace

const char* geometryKindName(GeometryKind kind) {
  switch (kind) {
    case GeometryKind::None: return PW_TR("no geometry");
    case GeometryKind::Point: return PW_TR("points");
    case GeometryKind::Line: return PW_TR("lines");
    case GeometryKind::Polygon: return PW_TR("polygons");
  }
  return "none";
}

VectorSource::VectorSource(const std::string& path, const SourceOptions& options) {
  gdal::init();
  refuseOpenDatabase(path);  // read, copied or probed by GDAL, an open project would lose SQLite's locks
  m_info.path = path;
  std::string target = path;
  if (const auto zipAt = lower(path).find(".zip/"); zipAt != std::string::npos && path.rfind("/vsi", 0) != 0) {
    target = "/vsizip/" + path;
  } else if (endsWith(path, ".zip")) {
    if (!exists(path)) throw Error(ErrorKind::NotFound, PW_TR("%1 does not exist"), {path}, {.file = path});
    target = shapefileInZip(path);
  }
  if (!exists(target)) throw Error(ErrorKind::NotFound, PW_TR("%1 does not exist"), {path}, {.file = path});
  if (endsWith(target, ".shp")) {
    openShapefile(target, options);
  } else {
    openOther(target);
    determineCrs(options, {});
  }
  checkCrsAgainstCoordinates();
  const auto* defn = m_layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) {
    const auto type = defn->GetFieldDefn(i)->GetType();
    m_numeric.push_back(type == OFTInteger || type == OFTInteger64 || type == OFTReal);
  }
}

void VectorSource::CloseDataset::operator()(GDALDataset* dataset) const noexcept { GDALClose(dataset); }

VectorSource::~VectorSource() {
  m_layer = nullptr;
  m_ds.reset();  // close before the temporary copy goes
}

void VectorSource::openShapefile(const std::string& shpPath, const SourceOptions& options) {
  m_info.isShapefile = true;
  const std::string name = fileName(shpPath);
  const std::string dbf = sidecar(shpPath, ".dbf");
  const std::string prj = sidecar(shpPath, ".prj");
  const std::string cpg = sidecar(shpPath, ".cpg");
  for (const auto* file : {&dbf, &prj, &cpg}) refuseOpenDatabase(*file);
  if (dbf.empty()) {
    throwBadInput(PW_TR("%1 has no .dbf attribute table next to it, so its ids and other fields are missing; "
                        "deliver the .dbf with the .shp"),
                  {m_info.path}, {.file = m_info.path});
  }
  std::string openPath = shpPath;
  if (sidecar(shpPath, ".shx").empty()) {
    // GDAL needs the .shx index; rebuilding it would write beside the user's files, so work on a copy.
    m_temp = std::make_unique<TempDir>();
    const std::string base = m_temp->path() + "/" + name.substr(0, name.size() - 4);
    for (const auto& [from, ext] :
         {std::pair{shpPath, std::string(".shp")}, {dbf, ".dbf"}, {prj, ".prj"}, {cpg, ".cpg"}}) {
      if (!from.empty() && CPLCopyFile((base + ext).c_str(), from.c_str()) != 0) {
        throwBadInput(PW_TR("Cannot copy %1 to a temporary folder"), {from}, {.file = from});
      }
    }
    openPath = base + ".shp";
    m_info.notes.push_back({PW_TR("the .shx index was missing; PipeWard rebuilt it in a temporary copy (your files "
                                  "were not changed)"),
                            {}});
  }
  {
    gdal::ScopedThreadConfig restore("SHAPE_RESTORE_SHX", m_temp ? "YES" : "NO");
    gdal::ErrorCapture errors;
    // ENCODING="" turns GDAL's recoding off: PipeWard reads the raw bytes and decodes them itself (faster, and
    // it can tell when the declared encoding is wrong).
    const char* openOptions[] = {"ENCODING=", nullptr};
    m_ds.reset(GDALDataset::Open(openPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions, nullptr));
    if (!m_ds || m_ds->GetLayerCount() < 1) {
      throwBadInput(PW_TR("%1 cannot be read as a shapefile: %2"),
                    {m_info.path, errors.joined("the file is not a valid shapefile")}, {.file = m_info.path});
    }
  }
  m_info.openedPath = openPath;
  m_layer = m_ds->GetLayer(0);
  m_info.driver = m_ds->GetDriverName();
  m_info.layerName = m_layer->GetName();
  m_info.geometry = kindOf(m_layer->GetGeomType());
  m_info.featureCount = m_layer->GetFeatureCount(TRUE);
  OGREnvelope env;
  if (m_info.featureCount > 0 && m_layer->GetExtent(&env, TRUE) == OGRERR_NONE) {
    m_info.extent = {env.MinX, env.MinY, env.MaxX, env.MaxY};
  } else {
    m_info.extent = {1, 1, 0, 0};
  }

  std::optional<std::string> cpgName;
  if (!cpg.empty()) {
    const std::string content = readVsiText(cpg, 256);
    cpgName = enc::normaliseEncodingName(content);
    if (!cpgName) {
      std::string shown = content.substr(0, 24);
      for (auto& c : shown) {
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
      }
      m_info.notes.push_back({PW_TR("the .cpg file does not name an encoding (it says '%1'); ignored"), {shown}});
    }
  }
  const std::string dbfHeader = readVsiText(dbf, 32);
  chooseEncoding(options, cpgName, dbfHeader.size() > 29 ? static_cast<std::uint8_t>(dbfHeader[29]) : 0);
  // A PipeWard export lists the names it cut to the DBF limit in <name>.fields.csv: the full names come back.
  const auto names = readFieldSidecar(fieldSidecarPath(shpPath));
  if (names && applyFieldSidecar(*names, m_info.fields) > 0) {
    m_info.notes.push_back(
        {PW_TR("field names cut to 10 characters were restored from %1"), {fileName(fieldSidecarPath(shpPath))}});
  }
  determineCrs(options, prj);
}

void VectorSource::openOther(const std::string& path) {
  // A CSV's WKT column is its geometry, not an attribute to keep.
  m_ds.reset(
      (endsWith(path, ".csv") ? gdal::openVector(path, {"KEEP_GEOM_COLUMNS=NO"}) : gdal::openVector(path)).release());
  if (m_ds->GetLayerCount() < 1) {
    throwBadInput(PW_TR("%1 holds no vector layer"), {m_info.path}, {.file = m_info.path});
  }
  m_info.openedPath = path;
  m_layer = m_ds->GetLayer(0);
  m_info.driver = m_ds->GetDriverName();
  m_info.layerName = m_layer->GetName();
  m_info.geometry = kindOf(m_layer->GetGeomType());
  m_info.featureCount = m_layer->GetFeatureCount(TRUE);
  if (m_info.geometry == GeometryKind::None && m_info.featureCount > 0) {
    m_layer->ResetReading();
    gdal::FeaturePtr f(m_layer->GetNextFeature());
    if (f && f->GetGeometryRef()) m_info.geometry = kindOf(f->GetGeometryRef()->getGeometryType());
    m_layer->ResetReading();
  }
  OGREnvelope env;
  if (m_info.featureCount > 0 && m_layer->GetExtent(&env, TRUE) == OGRERR_NONE) {
    m_info.extent = {env.MinX, env.MinY, env.MaxX, env.MaxY};
  } else {
    m_info.extent = {1, 1, 0, 0};
  }
  const auto* defn = m_layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) m_info.fields.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
  m_info.encoding = {"UTF-8", {PW_TR("the %1 format stores text as UTF-8"), {m_info.driver}}, {}, false};
}

void VectorSource::chooseEncoding(const SourceOptions& options, const std::optional<std::string>& cpg,
                                  std::uint8_t ldid) {
  const auto* defn = m_layer->GetLayerDefn();
  std::vector<std::string> rawNames;
  for (int i = 0; i < defn->GetFieldCount(); ++i) rawNames.emplace_back(defn->GetFieldDefn(i)->GetNameRef());

  if (!options.encoding.empty()) {
    const auto name = enc::normaliseEncodingName(options.encoding);
    if (!name) {
      throwBadInput(PW_TR("'%1' is not a text encoding PipeWard knows (use GBK, UTF-8, GB18030, BIG5, CP1252 ...)"),
                    {options.encoding});
    }
    m_info.encoding = {*name, {PW_TR("stated by the user"), {}}, {}, false};
  } else {
    enc::Declared declared;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", ldid);
    if (cpg) {
      declared = {cpg, {PW_TR("the .cpg file says %1"), {*cpg}}};
    } else if (auto fromLdid = enc::encodingFromLdid(ldid)) {
      declared = {fromLdid, {PW_TR("the DBF language byte %1 says %2"), {hex, *fromLdid}}};
    } else {
      declared = {std::nullopt, {PW_TR("no .cpg file, and the DBF language byte %1 names no encoding"), {hex}}};
    }
    // Sample the raw text: field names and the string values of the first records.
    std::vector<std::string> samples = rawNames;
    std::vector<int> stringFields;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      if (defn->GetFieldDefn(i)->GetType() == OFTString) stringFields.push_back(i);
    }
    gdal::ErrorCapture quiet;
    m_layer->ResetReading();
    for (int n = 0; n < 2000; ++n) {
      gdal::FeaturePtr f(m_layer->GetNextFeature());
      if (!f) break;
      for (int i : stringFields) {
        if (f->IsFieldSetAndNotNull(i)) samples.emplace_back(f->GetFieldAsString(i));
      }
    }
    m_layer->ResetReading();
    m_info.encoding = enc::chooseEncoding(declared, samples);
  }
  m_decoder = std::make_unique<enc::Decoder>(m_info.encoding.name);
  for (const auto& raw : rawNames) m_info.fields.push_back(m_decoder->decode(raw));
}

void VectorSource::determineCrs(const SourceOptions& options, const std::string& prjPath) {
  if (options.assumeEpsg) {
    m_info.crs = crs::fromEpsg(*options.assumeEpsg, {PW_TR("stated by the user"), {}});
    if (!prjPath.empty()) m_info.notes.push_back({PW_TR("the .prj file was ignored because the CRS was stated"), {}});
    return;
  }
  if (m_info.isShapefile) {
    if (!prjPath.empty()) {
      m_info.crs = crs::fromPrjText(readVsiText(prjPath, 1 << 16), prjPath);
      m_info.crs->reason = {PW_TR("read from %1"), {fileName(prjPath)}};
      return;
    }
  } else if (const OGRSpatialReference* srs = m_layer->GetSpatialRef()) {
    OGRSpatialReference copy(*srs);
    const char* auth = nullptr;
    if (copy.AutoIdentifyEPSG() == OGRERR_NONE || copy.GetAuthorityName(nullptr)) auth = copy.GetAuthorityName(nullptr);
    const auto epsg = copy.GetAuthorityCode(nullptr) ? crs::epsgNumber(copy.GetAuthorityCode(nullptr)) : std::nullopt;
    if (auth && std::string(auth) == "EPSG" && epsg) {
      m_info.crs = crs::fromEpsg(*epsg, {PW_TR("declared by the %1 source"), {m_info.driver}});
    } else {
      char* wkt = nullptr;
      const char* wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
      copy.exportToWkt(&wkt, wktOptions);
      crs::CrsChoice c;
      c.definition = wkt ? wkt : "";
      CPLFree(wkt);
      c.name = copy.GetName() ? copy.GetName() : "unnamed";
      c.geographic = copy.IsGeographic();
      c.reason = {PW_TR("declared by the %1 source"), {m_info.driver}};
      m_info.crs = c;
    }
    return;
  }
  if (auto recognised = crs::recogniseFromCoordinates(m_info.extent, options.crsHint)) {
    m_info.crs = recognised;  // its reason says it was recognised from the coordinates
  }
}

void VectorSource::checkCrsAgainstCoordinates() {
  if (!m_info.crs || !m_info.extent.valid()) return;
  const auto& e = m_info.extent;
  const auto& c = *m_info.crs;
  auto sample = [&] { return formatNumber(e.minX, 1) + ", " + formatNumber(e.minY, 1); };
  if (c.geographic && (e.minX < -180 || e.maxX > 360 || e.minY < -90 || e.maxY > 90)) {
    throwBadInput(PW_TR("%1: the CRS %2 (%3) is geographic but the coordinates (%4) are not longitude and latitude; "
                        "state the right CRS with --assume-crs"),
                  {m_info.path, c.name, c.reason.english(), sample()}, {.file = m_info.path});
  }
  if (const int cm = crs::cgcs2000CentralMeridian(c.epsg)) {
    const bool prefixed = c.epsg <= 4533;
    const double falseEasting = prefixed ? (cm / 3) * 1e6 + 500000 : 500000;
    if (std::fabs(e.minX - falseEasting) > 400000 || std::fabs(e.maxX - falseEasting) > 400000) {
      throwBadInput(PW_TR("%1: the CRS %2 (%3) expects eastings near %4, but the coordinates are %5; the CRS does not "
                          "fit the data, state the right one with --assume-crs"),
                    {m_info.path, c.name, c.reason.english(), formatNumber(falseEasting, 0), sample()},
                    {.file = m_info.path});
    }
  }
}

void VectorSource::forEach(const FeatureFn& fn, Feedback* feedback) {
  gdal::ErrorCapture errors;
  m_layer->ResetReading();
  std::int64_t featureNo = 0;
  while (true) {
    gdal::FeaturePtr f(m_layer->GetNextFeature());
    if (errors.failures() > 0) {
      throwBadInput(PW_TR("%1: cannot read feature %2: %3; the file is damaged or truncated"),
                    {m_info.path, std::to_string(featureNo + 1), errors.joined()},
                    {.file = m_info.path, .feature = featureNo + 1});
    }
    if (!f) break;
    ++featureNo;
    fn(featureNo, *f);
    if (feedback && featureNo % 20000 == 0) feedback->progress("read", featureNo, m_info.featureCount);
  }
  if (m_info.isShapefile && featureNo < m_info.featureCount) {
    throwBadInput(PW_TR("%1: only %2 of %3 features could be read; the file is damaged or truncated"),
                  {m_info.path, std::to_string(featureNo), std::to_string(m_info.featureCount)},
                  {.file = m_info.path, .feature = featureNo + 1});
  }
}

std::string VectorSource::text(OGRFeature& feature, int field) const {
  if (!feature.IsFieldSetAndNotNull(field)) return {};
  const char* raw = feature.GetFieldAsString(field);
  if (!m_decoder) return raw;
  return m_decoder->decode(raw);
}

std::optional<double> VectorSource::number(OGRFeature& feature, int field) const {
  if (!feature.IsFieldSetAndNotNull(field)) return std::nullopt;
  if (isNumericField(field)) return feature.GetFieldAsDouble(field);
  return parseNumber(text(feature, field));
}

std::vector<std::vector<std::string>> VectorSource::preview(int rows) {
  std::vector<std::vector<std::string>> out;
  gdal::ErrorCapture quiet;
  m_layer->ResetReading();
  const int fieldCount = m_layer->GetLayerDefn()->GetFieldCount();
  for (int n = 0; n < rows; ++n) {
    gdal::FeaturePtr f(m_layer->GetNextFeature());
    if (!f) break;
    std::vector<std::string> row;
    for (int i = 0; i < fieldCount; ++i) row.push_back(text(*f, i));
    out.push_back(std::move(row));
  }
  m_layer->ResetReading();
  return out;
}

}  // namespace pw
