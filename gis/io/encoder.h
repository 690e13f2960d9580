#pragma once
// Encoding UTF-8 text into the encoding a file is written in (a GBK shapefile's DBF), with the characters the
// target cannot hold found rather than silently replaced.
#include <optional>
#include <string>
#include <string_view>

namespace pw::enc {

class Encoder {
public:
  /// `encoding` is an iconv name ("GBK", "UTF-8"). Throws Error(BadInput) if iconv does not know it.
  explicit Encoder(const std::string& encoding);
  ~Encoder();
  Encoder(const Encoder&) = delete;
  Encoder& operator=(const Encoder&) = delete;

  /// The text in the target encoding, or nothing when a character cannot be written in it (or the input is not
  /// valid UTF-8). UTF-8 targets pass valid text through unchanged.
  std::optional<std::string> encode(std::string_view utf8) const;
  /// The first character of `utf8` that the target cannot hold (as UTF-8), empty when every one can.
  std::string firstUnencodable(std::string_view utf8) const;
  const std::string& name() const { return m_name; }

private:
  void* m_cd = nullptr;  // iconv_t, absent for UTF-8
  std::string m_name;
};

/// Length in bytes of the UTF-8 sequence starting with `lead` (1 for a stray byte).
std::size_t utf8SequenceLength(unsigned char lead);

}  // namespace pw::enc
