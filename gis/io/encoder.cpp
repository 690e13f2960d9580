#include "io/encoder.h"

#include <iconv.h>

#include <algorithm>

#include "core/error.h"
#include "io/encoding.h"

namespace pw::enc {
namespace {

iconv_t handle(void* cd) { return static_cast<iconv_t>(cd); }

bool isUtf8Name(const std::string& name) { return name == "UTF-8"; }

}  // namespace

std::size_t utf8SequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

Encoder::Encoder(const std::string& encoding) : m_name(encoding) {
  if (isUtf8Name(encoding)) return;
  iconv_t cd = iconv_open(encoding.c_str(), "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    throwBadInput(PW_TR("'%1' is not a text encoding PipeWard can write"), {encoding});
  }
  m_cd = cd;
}

Encoder::~Encoder() {
  if (m_cd) iconv_close(handle(m_cd));
}

std::optional<std::string> Encoder::encode(std::string_view utf8) const {
  if (!isValidUtf8(utf8)) return std::nullopt;
  if (!m_cd) return std::string(utf8);
  iconv(handle(m_cd), nullptr, nullptr, nullptr, nullptr);
  std::string out(utf8.size() * 2 + 8, '\0');  // GBK never needs more than 2 bytes per UTF-8 byte
  char* in = const_cast<char*>(utf8.data());
  std::size_t inLeft = utf8.size();
  char* dst = out.data();
  std::size_t outLeft = out.size();
  const std::size_t rc = iconv(handle(m_cd), &in, &inLeft, &dst, &outLeft);
  if (rc == static_cast<std::size_t>(-1) || inLeft != 0) return std::nullopt;
  // iconv counts irreversible conversions (a character replaced by an approximation) in its result.
  if (rc != 0) return std::nullopt;
  out.resize(out.size() - outLeft);
  return out;
}

std::string Encoder::firstUnencodable(std::string_view utf8) const {
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t n = std::min(utf8SequenceLength(static_cast<unsigned char>(utf8[i])), utf8.size() - i);
    const std::string_view ch = utf8.substr(i, n);
    if (!encode(ch)) return std::string(ch);
    i += n;
  }
  return {};
}

}  // namespace pw::enc
