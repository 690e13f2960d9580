#include "io/vector_writer.h"

#include "core/error.h"
#include "core/output_file.h"
#include "gdal/gdal.h"
#include "gdal/gdal_fault.h"

namespace pw {
namespace {

OGRwkbGeometryType ogrType(WriterGeometryType type) {
  switch (type) {
    case WriterGeometryType::Points: return wkbPoint;
    case WriterGeometryType::Lines: return wkbLineString;
    case WriterGeometryType::Polygons: return wkbMultiPolygon;
  }
  return wkbUnknown;
}

OGRFieldType ogrType(WriterFieldType type) {
  switch (type) {
    case WriterFieldType::Text: return OFTString;
    case WriterFieldType::Integer: return OFTInteger64;
    case WriterFieldType::Real: return OFTReal;
  }
  return OFTString;
}

gdal::SpatialReferencePtr srsOf(int epsg) {
  gdal::SpatialReferencePtr srs(new OGRSpatialReference());
  srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (srs->importFromEPSG(epsg) != OGRERR_NONE)
    throwBadInput(PW_TR("EPSG:%1 is not a CRS PROJ knows"), {std::to_string(epsg)});
  return srs;
}

std::vector<const char*> optionList(const std::vector<std::string>& options) {
  std::vector<const char*> out;
  for (const auto& o : options) out.push_back(o.c_str());
  out.push_back(nullptr);
  return out;
}

OGRLinearRing* ringOf(const Ring& ring) {
  auto* r = new OGRLinearRing();
  for (const auto& p : ring) r->addPoint(p.x, p.y);
  r->closeRings();
  return r;
}

gdal::GeometryPtr geometryOf(WriterGeometryType type, const WriterGeometry& g) {
  switch (type) {
    case WriterGeometryType::Points: return gdal::GeometryPtr(new OGRPoint(g.xy.at(0), g.xy.at(1)));
    case WriterGeometryType::Lines: {
      auto* line = new OGRLineString();
      const int n = static_cast<int>(g.xy.size() / 2);
      line->setNumPoints(n);
      for (int i = 0; i < n; ++i)
        line->setPoint(i, g.xy[2 * static_cast<std::size_t>(i)], g.xy[2 * static_cast<std::size_t>(i) + 1]);
      return gdal::GeometryPtr(line);
    }
    case WriterGeometryType::Polygons: {
      auto* multi = new OGRMultiPolygon();
      for (const auto& polygon : g.polygons) {
        auto* p = new OGRPolygon();
        for (const auto& ring : polygon.rings) p->addRingDirectly(ringOf(ring));
        multi->addGeometryDirectly(p);
      }
      return gdal::GeometryPtr(multi);
    }
  }
  return nullptr;
}

}  // namespace

struct VectorWriter::Impl {
  WriterOptions options;
  gdal::DatasetPtr ds;
  OGRLayer* layer = nullptr;
  gdal::SpatialReferencePtr srs;
  gdal::TransformationPtr transform;
  bool transaction = false;
  int fieldCount = 0;
  std::int64_t added = 0;

  const std::string& reportAs() const { return options.reportAs.empty() ? options.path : options.reportAs; }
  [[noreturn]] void fail(const std::string& reason) const { throwWriteFailed(reportAs(), userFacing(reason)); }
  /// GDAL's messages name the file it writes, the stand-in beside the destination: name the destination's folder.
  std::string userFacing(const std::string& reason) const {
    return gdal::messageAbout(reason, options.path, reportAs());
  }
  void checkReadBack() const;
};

/// The written file opened afresh: it must be readable and hold every feature added.
void VectorWriter::Impl::checkReadBack() const {
  gdal::ErrorCapture errors;
  gdal::DatasetPtr file(
      GDALDataset::Open(options.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  OGRLayer* written = !file                        ? nullptr
                      : file->GetLayerCount() == 1 ? file->GetLayer(0)
                                                   : file->GetLayerByName(options.layerName.c_str());
  const GIntBig count = written ? written->GetFeatureCount(TRUE) : -1;
  if (!written || errors.failures() > 0) {
    throwBadInput(PW_TR("Cannot write %1: the file written cannot be read back (%2)"),
                  {reportAs(), userFacing(errors.joined("not a complete file"))}, {.file = reportAs()});
  }
  if (count != added) {
    throwBadInput(PW_TR("Cannot write %1: read back, it holds %2 records instead of %3"),
                  {reportAs(), std::to_string(count), std::to_string(added)}, {.file = reportAs()});
  }
}

VectorWriter::VectorWriter(const WriterOptions& options, const std::vector<WriterField>& fields)
    : m_impl(std::make_unique<Impl>()) {
  gdal::init();
  auto& d = *m_impl;
  d.options = options;
  auto* driver = GetGDALDriverManager()->GetDriverByName(options.driver.c_str());
  if (!driver) throwInternal(PW_TR("GDAL has no %1 driver"), {options.driver});
  gdal::ErrorCapture errors;
  auto datasetOptions = optionList(options.datasetOptions);
  const std::string target = gdal::writablePath(options.path);
  d.ds.reset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, const_cast<char**>(datasetOptions.data())));
  if (!d.ds) d.fail(errors.joined("the file cannot be created"));
  const int epsg = options.targetEpsg ? options.targetEpsg : options.sourceEpsg;
  if (epsg) d.srs = srsOf(epsg);
  if (epsg && options.sourceEpsg && epsg != options.sourceEpsg) {
    auto source = srsOf(options.sourceEpsg);
    d.transform.reset(OGRCreateCoordinateTransformation(source.get(), d.srs.get()));
    if (!d.transform) d.fail(errors.joined("no coordinate transformation to EPSG:" + std::to_string(epsg)));
  }
  auto layerOptions = optionList(options.layerOptions);
  d.layer = d.ds->CreateLayer(options.layerName.c_str(), d.srs.get(), ogrType(options.geometry),
                              const_cast<char**>(layerOptions.data()));
  if (!d.layer) d.fail(errors.joined("the layer cannot be created"));
  for (const auto& f : fields) {
    OGRFieldDefn defn(f.name.c_str(), ogrType(f.type));
    if (f.width > 0) defn.SetWidth(f.width);
    if (d.layer->CreateField(&defn, FALSE) != OGRERR_NONE)
      d.fail(errors.joined("field " + f.name + " cannot be created"));
  }
  d.fieldCount = static_cast<int>(fields.size());
  if (d.ds->TestCapability(ODsCTransactions)) d.transaction = d.ds->StartTransaction() == OGRERR_NONE;
}

VectorWriter::~VectorWriter() {
  if (!m_impl->ds) return;
  gdal::ErrorCapture quiet;  // an abandoned file: the caller removes it, its errors no longer matter
  if (m_impl->transaction) m_impl->ds->RollbackTransaction();
  m_impl->ds.reset();
}

void VectorWriter::add(const std::vector<WriterValue>& values, const WriterGeometry& geometry) {
  auto& d = *m_impl;
  gdal::ErrorCapture errors;
  gdal::FeaturePtr f(OGRFeature::CreateFeature(d.layer->GetLayerDefn()));
  for (int i = 0; i < d.fieldCount && i < static_cast<int>(values.size()); ++i) {
    const auto& v = values[static_cast<std::size_t>(i)];
    if (const auto* text = std::get_if<std::string>(&v)) {
      f->SetField(i, text->c_str());
    } else if (const auto* integer = std::get_if<std::int64_t>(&v)) {
      f->SetField(i, static_cast<GIntBig>(*integer));
    } else if (const auto* real = std::get_if<double>(&v)) {
      f->SetField(i, *real);
    } else {
      f->SetFieldNull(i);
    }
  }
  if (!geometry.empty()) {
    auto g = geometryOf(d.options.geometry, geometry);
    if (d.transform && g->transform(d.transform.get()) != OGRERR_NONE) {
      d.fail(errors.joined("a geometry cannot be transformed"));
    }
    f->SetGeometryDirectly(g.release());
  }
  if (d.layer->CreateFeature(f.get()) != OGRERR_NONE) d.fail(errors.joined("a feature cannot be written"));
  if (errors.failures() > 0) d.fail(errors.joined());  // an error raised while writing a feature GDAL had accepted
  ++d.added;
}

void VectorWriter::close() {
  auto& d = *m_impl;
  gdal::ErrorCapture errors;
  if (d.transaction && d.ds->CommitTransaction() != OGRERR_NONE)
    d.fail(errors.joined("the changes cannot be committed"));
  d.transaction = false;
  d.layer = nullptr;
  d.ds.reset();  // GDALClose: writes what was buffered and the headers; its errors land in `errors`
  if (errors.failures() > 0) d.fail(errors.joined());
  d.checkReadBack();
}

}  // namespace pw
