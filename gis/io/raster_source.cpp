#include "io/raster_source.h"

#include <algorithm>
#include <cmath>
#include <mutex>

#include <gdalwarper.h>

#include "core/error.h"
#include "core/open_databases.h"
#include "gdal/gdal.h"

namespace pw {

struct RasterSource::Datasets {
  gdal::DatasetPtr source;
  gdal::DatasetPtr warped;         // declared after the source it reads, so closed before it
  GDALDataset* current = nullptr;  // what is read: the source or the warped VRT
  std::mutex mutex;                // GDAL datasets are not thread-safe
};

RasterSource::RasterSource(const std::string& path, int projectEpsg)
    : m_path(path), m_datasets(std::make_unique<Datasets>()) {
  gdal::init();
  refuseOpenDatabase(path);  // GDAL's descriptors on an open project would drop SQLite's locks on it
  gdal::ErrorCapture errors;
  auto& source = m_datasets->source;
  source.reset(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
  if (!source || source->GetRasterCount() < 1) {
    throwBadInput(PW_TR("%1 cannot be read as a raster image: %2"), {path, errors.joined("not a raster GDAL reads")},
                  {.file = path});
  }
  double geo[6];
  if (source->GetGeoTransform(geo) != CE_None) {
    throwBadInput(PW_TR("%1 has no georeferencing (no world file or GeoTIFF tags), so it cannot be placed on the map"),
                  {path}, {.file = path});
  }
  GDALDataset*& ds = m_datasets->current;
  ds = source.get();
  const OGRSpatialReference* srs = source->GetSpatialRef();
  OGRSpatialReference project;
  project.importFromEPSG(projectEpsg);
  if (!srs) {
    m_assumed = true;
  } else if (!srs->IsSame(&project)) {
    char* wkt = nullptr;
    project.exportToWkt(&wkt);
    const std::unique_ptr<char, decltype(&VSIFree)> projectWkt(wkt, &VSIFree);  // CPLFree is VSIFree
    m_datasets->warped.reset(GDALDataset::FromHandle(GDALAutoCreateWarpedVRT(
        GDALDataset::ToHandle(source.get()), nullptr, projectWkt.get(), GRA_Bilinear, 0.125, nullptr)));
    if (!m_datasets->warped) {
      throwBadInput(PW_TR("%1 cannot be reprojected into the project CRS: %2"), {path, errors.joined()},
                    {.file = path});
    }
    ds = m_datasets->warped.get();
  }
  ds->GetGeoTransform(m_geo);
  const double w = ds->GetRasterXSize();
  const double h = ds->GetRasterYSize();
  for (const auto& [px, py] : {std::pair{0.0, 0.0}, {w, 0.0}, {0.0, h}, {w, h}}) {
    m_extent.add(m_geo[0] + px * m_geo[1] + py * m_geo[2], m_geo[3] + px * m_geo[4] + py * m_geo[5]);
  }
}

RasterSource::~RasterSource() = default;

RasterSource::Window RasterSource::read(const Box& view, double metresPerPixel) const {
  Window out;
  if (!view.intersects(m_extent) || m_geo[2] != 0 || m_geo[4] != 0) return out;  // rotated rasters are not drawn
  std::lock_guard lock(m_datasets->mutex);
  GDALDataset* const ds = m_datasets->current;
  const int rw = ds->GetRasterXSize();
  const int rh = ds->GetRasterYSize();
  // The pixel window of the raster inside the view.
  const double x0 = std::clamp((view.minX - m_geo[0]) / m_geo[1], 0.0, static_cast<double>(rw));
  const double x1 = std::clamp((view.maxX - m_geo[0]) / m_geo[1], 0.0, static_cast<double>(rw));
  const double y0 = std::clamp((view.maxY - m_geo[3]) / m_geo[5], 0.0, static_cast<double>(rh));
  const double y1 = std::clamp((view.minY - m_geo[3]) / m_geo[5], 0.0, static_cast<double>(rh));
  const int px = static_cast<int>(std::floor(x0));
  const int py = static_cast<int>(std::floor(y0));
  const int pw = std::max(1, static_cast<int>(std::ceil(x1)) - px);
  const int ph = std::max(1, static_cast<int>(std::ceil(y1)) - py);
  const double pixelMetres = std::fabs(m_geo[1]);
  out.width = std::clamp(static_cast<int>(std::ceil(pw * pixelMetres / metresPerPixel)), 1, pw);
  out.height = std::clamp(static_cast<int>(std::ceil(ph * std::fabs(m_geo[5]) / metresPerPixel)), 1, ph);
  out.covered.add(m_geo[0] + px * m_geo[1], m_geo[3] + py * m_geo[5]);
  out.covered.add(m_geo[0] + (px + pw) * m_geo[1], m_geo[3] + (py + ph) * m_geo[5]);
  const int bands = std::min(ds->GetRasterCount(), 4);
  std::vector<std::uint8_t> planes(static_cast<std::size_t>(out.width) * out.height * 4, 255);
  gdal::ErrorCapture quiet;
  const std::size_t plane = static_cast<std::size_t>(out.width) * out.height;
  for (int b = 1; b <= bands; ++b) {
    if (ds->GetRasterBand(b)->RasterIO(GF_Read, px, py, pw, ph, planes.data() + (b - 1) * plane, out.width, out.height,
                                       GDT_Byte, 0, 0, nullptr) != CE_None) {
      return {};
    }
  }
  const GDALColorTable* palette = bands == 1 ? ds->GetRasterBand(1)->GetColorTable() : nullptr;
  int hasNoData = 0;
  const double noData = ds->GetRasterBand(1)->GetNoDataValue(&hasNoData);
  out.argb.resize(plane);
  for (std::size_t i = 0; i < plane; ++i) {
    std::uint32_t r, g, b, a = 255;
    if (palette) {
      const GDALColorEntry* e = palette->GetColorEntry(planes[i]);
      r = e ? static_cast<std::uint32_t>(e->c1) : 0;
      g = e ? static_cast<std::uint32_t>(e->c2) : 0;
      b = e ? static_cast<std::uint32_t>(e->c3) : 0;
      a = e ? static_cast<std::uint32_t>(e->c4) : 255;
    } else if (bands < 3) {
      r = g = b = planes[i];
    } else {
      r = planes[i];
      g = planes[plane + i];
      b = planes[2 * plane + i];
      if (bands == 4) a = planes[3 * plane + i];
    }
    if (hasNoData && planes[i] == noData) a = 0;
    out.argb[i] = (a << 24) | (r << 16) | (g << 8) | b;
  }
  return out;
}

}  // namespace pw
