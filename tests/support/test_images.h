#pragma once
// Real images for tests (the core checks photos by decoding them): small patterned rasters written by GDAL.
#include <string>

namespace pw::test {

/// An image of 64 x 48 pixels whose pattern `seed` varies, written by GDAL in `driver`'s format (PNG, JPEG, GTiff,
/// GIF, BMP, WEBP) to `path` (a file, or /vsimem/...). Returns its bytes.
std::string writeTestImage(const std::string& path, const char* driver, int seed = 0);

/// The bytes of such a PNG, made in memory.
std::string testPng(int seed = 0);

}  // namespace pw::test
