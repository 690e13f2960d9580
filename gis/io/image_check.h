#pragma once
// Whether an image file is whole: GDAL opens it with the driver of its type and decodes every pixel (a truncated PNG,
// a JPEG cut short by a failed upload, a GIF with a broken frame are refused). The core has no Qt image library;
// GDAL reads PNG, JPEG, GIF, BMP, TIFF and WebP, in pieces, never the whole image at once.
#include <cstdint>
#include <optional>
#include <string>

#include "core/message.h"

namespace pw {

/// Why the image at `path` (a file or a GDAL /vsimem/ path) of MIME type `mime` cannot be kept, or nothing. `name`
/// names it in the message; an image of more than `maxPixels` pixels is refused before it is decoded.
std::optional<Message> imageFault(const std::string& path, const std::string& mime, const std::string& name,
                                  std::int64_t maxPixels);

/// The same for image bytes in memory (looked at in place through /vsimem/, not copied).
std::optional<Message> imageBytesFault(const std::string& bytes, const std::string& mime, const std::string& name,
                                       std::int64_t maxPixels);

}  // namespace pw
