#include "test_images.h"

#include <atomic>
#include <filesystem>
#include <vector>

#include <cpl_vsi.h>
#include <gtest/gtest.h>

#include "gdal/gdal.h"

namespace pw::test {

std::string writeTestImage(const std::string& path, const char* driver, int seed) {
  gdal::init();
  const int bands = std::string(driver) == "GIF" ? 1 : 3;  // GIF holds one paletted band
  gdal::DatasetPtr image(GetGDALDriverManager()->GetDriverByName("MEM")->Create("", 64, 48, bands, GDT_Byte, nullptr));
  std::vector<unsigned char> pixels(64 * 48);
  for (int band = 1; band <= bands; ++band) {
    for (std::size_t i = 0; i < pixels.size(); ++i) {
      pixels[i] = static_cast<unsigned char>((i * 7 + band * 31 + seed) % 251);
    }
    EXPECT_EQ(
        image->GetRasterBand(band)->RasterIO(GF_Write, 0, 0, 64, 48, pixels.data(), 64, 48, GDT_Byte, 0, 0, nullptr),
        CE_None);
  }
  gdal::DatasetPtr copy(GetGDALDriverManager()->GetDriverByName(driver)->CreateCopy(path.c_str(), image.get(), FALSE,
                                                                                    nullptr, nullptr, nullptr));
  EXPECT_TRUE(copy) << driver;
  copy.reset();
  VSIUnlink((path + ".aux.xml").c_str());
  VSIStatBufL stat;
  if (VSIStatL(path.c_str(), &stat) != 0) return {};
  std::string bytes(static_cast<std::size_t>(stat.st_size), '\0');
  VSILFILE* file = VSIFOpenL(path.c_str(), "rb");
  EXPECT_TRUE(file);
  if (!file) return {};
  const auto read = VSIFReadL(bytes.data(), 1, bytes.size(), file);
  VSIFCloseL(file);
  bytes.resize(read);
  return bytes;
}

std::string testPng(int seed) {
  static std::atomic<int> counter{0};
  const std::string path = "/vsimem/pipeward-test-" + std::to_string(counter++) + ".png";
  std::string bytes = writeTestImage(path, "PNG", seed);
  VSIUnlink(path.c_str());
  return bytes;
}

}  // namespace pw::test
