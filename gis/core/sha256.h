#pragma once
// SHA-256 (FIPS 180-4), for content-addressed attachments.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pw {

/// The digest of `data` as 64 lower-case hex digits.
std::string sha256Hex(std::string_view data);

/// The same digest of content fed in pieces (a file read piece by piece).
class Sha256 {
public:
  void update(std::string_view data);
  /// The digest of everything fed so far as 64 lower-case hex digits; the object is finished after it.
  std::string hexDigest();

private:
  std::array<std::uint32_t, 8> m_state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::array<unsigned char, 64> m_block{};
  std::size_t m_filled = 0;
  std::uint64_t m_length = 0;
};

}  // namespace pw
