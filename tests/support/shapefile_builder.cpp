#include "shapefile_builder.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "gdal/gdal.h"

namespace pw::test {

ShapefileBuilder::ShapefileBuilder(std::string path, OGRwkbGeometryType type, int epsg, std::string encoding)
    : m_path(std::move(path)), m_type(type), m_epsg(epsg), m_encoding(std::move(encoding)) {}

ShapefileBuilder& ShapefileBuilder::field(const std::string& name, OGRFieldType type, int width) {
  m_fields.push_back({name, type, width});
  return *this;
}

ShapefileBuilder& ShapefileBuilder::add(const std::string& wkt, std::vector<FieldValue> values) {
  m_features.emplace_back(wkt, std::move(values));
  return *this;
}

void ShapefileBuilder::write(std::optional<std::string> cpg, std::optional<unsigned char> ldid) const {
  gdal::init();
  auto* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
  gdal::DatasetPtr ds(driver->Create(m_path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw std::runtime_error("cannot create " + m_path);
  gdal::SpatialReferencePtr srs;
  if (m_epsg) {
    srs.reset(new OGRSpatialReference());
    srs->importFromEPSG(m_epsg);
  }
  const std::string encodingOption = "ENCODING=" + m_encoding;
  const char* options[] = {encodingOption.c_str(), nullptr};
  const std::string layerName = std::filesystem::path(m_path).stem().string();
  OGRLayer* layer = ds->CreateLayer(layerName.c_str(), srs.get(), m_type, const_cast<char**>(options));
  if (!layer) throw std::runtime_error("cannot create layer in " + m_path);
  for (const auto& f : m_fields) {
    OGRFieldDefn defn(f.name.c_str(), f.type);
    if (f.width) defn.SetWidth(f.width);
    if (f.type == OFTReal) defn.SetPrecision(3);
    layer->CreateField(&defn);
  }
  for (const auto& [wkt, values] : m_features) {
    gdal::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    if (!wkt.empty()) {
      OGRGeometry* g = nullptr;
      if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) != OGRERR_NONE) {
        throw std::runtime_error("bad WKT " + wkt);
      }
      feature->SetGeometryDirectly(g);
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
      const int index = static_cast<int>(i);
      if (const auto* s = std::get_if<std::string>(&values[i])) feature->SetField(index, s->c_str());
      if (const auto* d = std::get_if<double>(&values[i])) feature->SetField(index, *d);
      if (const auto* n = std::get_if<int>(&values[i])) feature->SetField(index, *n);
    }
    if (layer->CreateFeature(feature.get()) != OGRERR_NONE) throw std::runtime_error("cannot write feature");
  }
  ds.reset();
  const std::string base = m_path.substr(0, m_path.size() - 4);
  if (cpg) {
    std::filesystem::remove(base + ".cpg");
    if (!cpg->empty()) std::ofstream(base + ".cpg", std::ios::binary) << *cpg;
  }
  if (ldid) {
    std::fstream dbf(base + ".dbf", std::ios::in | std::ios::out | std::ios::binary);
    dbf.seekp(29);
    dbf.put(static_cast<char>(*ldid));
  }
}

std::string copyShapefile(const std::string& shp, const std::string& toDir) {
  const std::filesystem::path source(shp);
  const std::string stem = source.stem().string();
  std::filesystem::create_directories(toDir);
  for (const auto& entry : std::filesystem::directory_iterator(source.parent_path())) {
    if (entry.path().stem().string() == stem) {
      std::filesystem::copy_file(entry.path(), std::filesystem::path(toDir) / entry.path().filename(),
                                 std::filesystem::copy_options::overwrite_existing);
    }
  }
  return (std::filesystem::path(toDir) / source.filename()).string();
}

std::string fileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace pw::test
