#include "shapefile_writer.h"

#include <fstream>
#include <iostream>
#include <stdexcept>

namespace pwgen {

namespace {

std::runtime_error gdalError(const std::filesystem::path& shp, const std::string& what,
                             const pw::gdal::ErrorCapture& errors) {
  return std::runtime_error(shp.string() + ": " + what + ": " + errors.joined("no message from GDAL"));
}

}  // namespace

ShapefileWriter::ShapefileWriter(const std::filesystem::path& shp, OGRwkbGeometryType type, int epsg, double xOffset,
                                 const std::vector<FieldSpec>& fields, DbfEncoding encoding)
    : m_shp(shp), m_xOffset(xOffset), m_encoding(std::move(encoding)) {
  pw::gdal::init();
  pw::gdal::ErrorCapture errors;
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
  if (!driver) throw std::runtime_error("GDAL has no ESRI Shapefile driver");
  if (shp.has_parent_path()) std::filesystem::create_directories(shp.parent_path());
  removeShapefile(shp);
  m_ds.reset(driver->Create(shp.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!m_ds) throw gdalError(shp, "cannot create", errors);

  pw::gdal::SpatialReferencePtr srs;
  if (epsg != 0) {
    srs.reset(new OGRSpatialReference());
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (srs->importFromEPSG(epsg) != OGRERR_NONE)
      throw gdalError(shp, "unknown EPSG code " + std::to_string(epsg), errors);
  }
  // The driver recodes UTF-8 to CP936; the DBF header date is fixed so that the output is the same every day.
  const char* options[] = {"ENCODING=CP936", "DBF_DATE_LAST_UPDATE=2024-06-30", nullptr};
  m_layer = m_ds->CreateLayer(shp.stem().string().c_str(), srs.get(), type, const_cast<char**>(options));
  if (!m_layer) throw gdalError(shp, "cannot create the layer", errors);
  for (const FieldSpec& f : fields) {
    OGRFieldDefn defn(f.name, f.type);
    defn.SetWidth(f.width);
    defn.SetPrecision(f.precision);
    if (m_layer->CreateField(&defn) != OGRERR_NONE)
      throw gdalError(shp, std::string("cannot create field ") + f.name, errors);
  }
  m_feature.reset(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
  if (wkbFlatten(type) == wkbLineString) {
    m_line = new OGRLineString();
    m_feature->SetGeometryDirectly(m_line);
  } else if (wkbFlatten(type) == wkbPoint) {
    m_point = new OGRPoint();
    m_feature->SetGeometryDirectly(m_point);
  }
  if (!errors.messages().empty()) throw gdalError(shp, "GDAL reported a problem", errors);
}

ShapefileWriter::~ShapefileWriter() {
  if (m_ds) {
    try {
      finish();
    } catch (const std::exception& e) {
      std::cerr << "pipeward-gen: " << e.what() << '\n';
    }
  }
}

void ShapefileWriter::setString(int field, const std::string& utf8) { m_feature->SetField(field, utf8.c_str()); }
void ShapefileWriter::setInt(int field, int value) { m_feature->SetField(field, value); }
void ShapefileWriter::setReal(int field, double value) { m_feature->SetField(field, value); }
void ShapefileWriter::setNull(int field) { m_feature->SetFieldNull(field); }

void ShapefileWriter::setPoint(Pt p) {
  m_point->setX(p.x + m_xOffset);
  m_point->setY(p.y);
}

void ShapefileWriter::setLine(const Pt* pts, int n) {
  m_line->setNumPoints(n, FALSE);
  for (int k = 0; k < n; ++k) m_line->setPoint(k, pts[k].x + m_xOffset, pts[k].y);
}

void ShapefileWriter::setPolygon(const std::vector<Pt>& ring) {
  auto* lr = new OGRLinearRing();
  lr->setNumPoints(static_cast<int>(ring.size()), FALSE);
  for (std::size_t k = 0; k < ring.size(); ++k) lr->setPoint(static_cast<int>(k), ring[k].x + m_xOffset, ring[k].y);
  auto* poly = new OGRPolygon();
  poly->addRingDirectly(lr);
  auto* multi = new OGRMultiPolygon();
  multi->addGeometryDirectly(poly);
  m_feature->SetGeometryDirectly(multi);
}

long long ShapefileWriter::write() {
  pw::gdal::ErrorCapture errors;
  m_feature->SetFID(OGRNullFID);
  if (m_layer->CreateFeature(m_feature.get()) != OGRERR_NONE || !errors.messages().empty())
    throw gdalError(m_shp, "cannot write feature " + std::to_string(m_count + 1), errors);
  return ++m_count;
}

void ShapefileWriter::finish() {
  if (!m_ds) return;
  {
    pw::gdal::ErrorCapture errors;
    m_feature.reset();
    m_ds.reset();  // flushes and closes the files
    if (!errors.messages().empty()) throw gdalError(m_shp, "cannot close", errors);
  }
  std::filesystem::path cpg = m_shp;
  cpg.replace_extension(".cpg");
  {
    std::ofstream out(cpg, std::ios::binary | std::ios::trunc);
    out << m_encoding.cpg;
    if (!out) throw std::runtime_error(cpg.string() + ": cannot write");
  }
  std::filesystem::path dbf = m_shp;
  dbf.replace_extension(".dbf");
  std::fstream io(dbf, std::ios::binary | std::ios::in | std::ios::out);
  io.seekp(29);
  io.put(static_cast<char>(m_encoding.ldid));
  if (!io) throw std::runtime_error(dbf.string() + ": cannot set the language byte");
}

void removeShapefile(const std::filesystem::path& shp) {
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
    std::filesystem::path p = shp;
    p.replace_extension(ext);
    std::error_code ec;
    std::filesystem::remove(p, ec);
  }
}

}  // namespace pwgen
