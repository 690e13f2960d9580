#pragma once
// SHA-256 (FIPS 180-4), for content-addressed attachments.
#include <string>
#include <string_view>

namespace pw {

/// The digest of `data` as 64 lower-case hex digits.
std::string sha256Hex(std::string_view data);

}  // namespace pw
