#include "io/image_check.h"

#include <algorithm>
#include <atomic>
#include <vector>

#include <cpl_vsi.h>

#include "gdal/gdal.h"

namespace pw {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{8} << 20;  // decoded pixels held at once

const char* driverFor(const std::string& mime) {
  if (mime == "image/png") return "PNG";
  if (mime == "image/jpeg") return "JPEG";
  if (mime == "image/gif") return "GIF";
  if (mime == "image/bmp") return "BMP";
  if (mime == "image/tiff") return "GTiff";
  if (mime == "image/webp") return "WEBP";
  return nullptr;
}

Message broken(const std::string& name, const gdal::ErrorCapture& errors, const char* fallback) {
  return {PW_TR("%1 is not a complete image (%2); it may have been cut short while copying: take it again from the "
                "camera"),
          {name, errors.joined(fallback)}};
}

}  // namespace

std::optional<Message> imageFault(const std::string& path, const std::string& mime, const std::string& name,
                                  std::int64_t maxPixels) {
  const char* driver = driverFor(mime);
  if (!driver) return Message{PW_TR("%1 is not a photo (JPEG, PNG, GIF, BMP, TIFF or WebP)"), {name}};
  gdal::init();
  gdal::ErrorCapture errors;
  // libjpeg only warns about a file that ends early ("Premature end of JPEG file"); here that is an error.
  gdal::ScopedThreadConfig strictJpeg("GDAL_ERROR_ON_LIBJPEG_WARNING", "TRUE");
  const char* drivers[] = {driver, mime == "image/gif" ? "BIGGIF" : nullptr, nullptr};
  gdal::DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers, nullptr, nullptr));
  if (!ds || ds->GetRasterCount() == 0) return broken(name, errors, "GDAL cannot open it");
  const std::int64_t width = ds->GetRasterXSize(), height = ds->GetRasterYSize(), bands = ds->GetRasterCount();
  if (width <= 0 || height <= 0) return broken(name, errors, "it has no pixels");
  if (width * height > maxPixels) {
    return Message{PW_TR("%1 has %2 x %3 pixels, more than the %4 a photo may have (schemas/catalogues/limits.json)"),
                   {name, std::to_string(width), std::to_string(height), std::to_string(maxPixels)}};
  }
  const std::int64_t rows = std::max<std::int64_t>(1, static_cast<std::int64_t>(kChunkBytes) / (width * bands));
  std::vector<unsigned char> buffer(static_cast<std::size_t>(width * bands * std::min(rows, height)));
  for (std::int64_t y = 0; y < height; y += rows) {
    const int h = static_cast<int>(std::min(rows, height - y));
    const CPLErr e =
        ds->RasterIO(GF_Read, 0, static_cast<int>(y), static_cast<int>(width), h, buffer.data(),
                     static_cast<int>(width), h, GDT_Byte, static_cast<int>(bands), nullptr, 0, 0, 0, nullptr);
    if (e != CE_None || errors.failures() > 0) return broken(name, errors, "the pixels cannot be decoded");
  }
  return std::nullopt;
}

std::optional<Message> imageBytesFault(const std::string& bytes, const std::string& mime, const std::string& name,
                                       std::int64_t maxPixels) {
  static std::atomic<unsigned> counter{0};
  const std::string path = "/vsimem/pipeward-image-" + std::to_string(counter++);
  gdal::init();
  auto* data = reinterpret_cast<GByte*>(const_cast<char*>(bytes.data()));  // read only: GDAL does not write to it
  VSILFILE* file = VSIFileFromMemBuffer(path.c_str(), data, static_cast<vsi_l_offset>(bytes.size()), FALSE);
  if (!file) return Message{PW_TR("%1 is not a photo (JPEG, PNG, GIF, BMP, TIFF or WebP)"), {name}};
  VSIFCloseL(file);
  struct Unlink {
    const std::string& path;
    ~Unlink() { VSIUnlink(path.c_str()); }
  } unlink{path};
  return imageFault(path, mime, name, maxPixels);
}

}  // namespace pw
