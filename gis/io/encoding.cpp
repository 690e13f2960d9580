#include "io/encoding.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <fstream>
#include <map>
#include <mutex>

#include "core/error.h"

namespace pw::enc {
namespace {

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

constexpr std::uint32_t kReplacement = 0xFFFD;

/// An iconv descriptor converting to UTF-32LE.
class Iconv {
public:
  explicit Iconv(const std::string& from) : m_cd(iconv_open("UTF-32LE", from.c_str())) {}
  ~Iconv() {
    if (ok()) iconv_close(m_cd);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  bool ok() const { return m_cd != reinterpret_cast<iconv_t>(-1); }

  /// Converts all of `raw` to code points; false if the input has an invalid or incomplete sequence.
  bool convert(std::string_view raw, std::vector<std::uint32_t>& out) {
    iconv(m_cd, nullptr, nullptr, nullptr, nullptr);
    out.assign(raw.size() + 1, 0);
    char* in = const_cast<char*>(raw.data());
    std::size_t inLeft = raw.size();
    char* dst = reinterpret_cast<char*>(out.data());
    std::size_t outLeft = out.size() * 4;
    const std::size_t rc = iconv(m_cd, &in, &inLeft, &dst, &outLeft);
    out.resize((out.size() * 4 - outLeft) / 4);
    return rc != static_cast<std::size_t>(-1) && inLeft == 0;
  }

private:
  iconv_t m_cd;
};

std::string upper(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

struct Decoder::Impl {
  enum class Kind { Utf8, DoubleByte, SingleByte } kind = Kind::Utf8;
  std::array<std::uint32_t, 256> single{};  // single-byte table (0 = undefined)
  std::vector<std::uint32_t> pairs;         // GBK: (lead-0x81)*192 + (trail-0x40) -> code point
  std::string iconvName;
  mutable std::mutex iconvMutex;  // for the rare GB18030 four-byte sequences
  mutable std::unique_ptr<Iconv> fallback;

  bool decodeDoubleByte(std::string_view raw, std::string& out) const;
};

Decoder::Decoder(const std::string& encoding) : m_impl(std::make_unique<Impl>()), m_name(encoding) {
  auto& impl = *m_impl;
  if (encoding == "UTF-8") {
    impl.kind = Impl::Kind::Utf8;
    return;
  }
  impl.iconvName = encoding == "GBK" ? "GB18030" : encoding;
  Iconv cd(impl.iconvName);
  if (!cd.ok()) throwBadInput(PW_TR("Unknown text encoding '%1'"), {encoding});
  std::vector<std::uint32_t> cps;
  if (encoding == "GBK" || encoding == "GB18030" || encoding == "CP936" || encoding == "BIG5" || encoding == "CP950") {
    impl.kind = Impl::Kind::DoubleByte;
    impl.pairs.assign(126 * 192, 0);
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
      for (int trail = 0x40; trail <= 0xFE; ++trail) {
        const char bytes[2] = {static_cast<char>(lead), static_cast<char>(trail)};
        if (cd.convert(std::string_view(bytes, 2), cps) && cps.size() == 1) {
          impl.pairs[static_cast<std::size_t>((lead - 0x81) * 192 + (trail - 0x40))] = cps[0];
        }
      }
    }
    return;
  }
  impl.kind = Impl::Kind::SingleByte;
  for (int b = 0; b < 256; ++b) {
    const char byte = static_cast<char>(b);
    if (cd.convert(std::string_view(&byte, 1), cps) && cps.size() == 1)
      impl.single[static_cast<std::size_t>(b)] = cps[0];
  }
}

Decoder::~Decoder() = default;

bool Decoder::Impl::decodeDoubleByte(std::string_view raw, std::string& out) const {
  bool valid = true;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto b = static_cast<unsigned char>(raw[i]);
    if (b < 0x80) {
      out += static_cast<char>(b);
      continue;
    }
    if (b >= 0x81 && b <= 0xFE && i + 1 < raw.size()) {
      const auto t = static_cast<unsigned char>(raw[i + 1]);
      if (t >= 0x40 && t <= 0xFE && t != 0x7F) {
        const std::uint32_t cp = pairs[static_cast<std::size_t>((b - 0x81) * 192 + (t - 0x40))];
        appendUtf8(out, cp ? cp : kReplacement);
        valid = valid && cp != 0;
        ++i;
        continue;
      }
      if (t >= 0x30 && t <= 0x39 && i + 3 < raw.size() && iconvName == "GB18030") {  // four-byte GB18030
        std::lock_guard lock(iconvMutex);
        if (!fallback) fallback = std::make_unique<Iconv>(iconvName);
        std::vector<std::uint32_t> cps;
        if (fallback->convert(raw.substr(i, 4), cps) && cps.size() == 1) {
          appendUtf8(out, cps[0]);
          i += 3;
          continue;
        }
      }
    }
    appendUtf8(out, kReplacement);
    valid = false;
  }
  return valid;
}

bool Decoder::decode(std::string_view raw, std::string& out) const {
  out.clear();
  out.reserve(raw.size() + raw.size() / 2);
  const auto& impl = *m_impl;
  switch (impl.kind) {
    case Impl::Kind::Utf8:
      if (isValidUtf8(raw)) {
        out.assign(raw);
        return true;
      }
      for (unsigned char c : raw) appendUtf8(out, c < 0x80 ? c : kReplacement);
      return false;
    case Impl::Kind::DoubleByte: return impl.decodeDoubleByte(raw, out);
    case Impl::Kind::SingleByte: {
      bool valid = true;
      for (unsigned char c : raw) {
        const std::uint32_t cp = c < 0x80 ? c : impl.single[c];
        appendUtf8(out, cp ? cp : kReplacement);
        valid = valid && (cp != 0 || c == 0);
      }
      return valid;
    }
  }
  return false;
}

const Decoder& sharedDecoder(const std::string& encoding) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Decoder>> decoders;
  std::lock_guard lock(mutex);
  auto& decoder = decoders[encoding];
  if (!decoder) decoder = std::make_unique<Decoder>(encoding);
  return *decoder;
}

bool isValidUtf8(std::string_view s) { return !firstInvalidUtf8(s); }

std::optional<std::size_t> firstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + n >= s.size()) return i;
    for (std::size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += n + 1;
  }
  return std::nullopt;
}

std::string escapeInvalidUtf8(std::string_view text) {
  std::string out;
  while (const auto bad = firstInvalidUtf8(text)) {
    out.append(text.substr(0, *bad));
    static const char hex[] = "0123456789ABCDEF";
    const auto b = static_cast<unsigned char>(text[*bad]);
    out += "\\x";
    out += hex[b >> 4];
    out += hex[b & 0xF];
    text.remove_prefix(*bad + 1);
  }
  out.append(text);
  return out;
}

std::optional<std::string> normaliseEncodingName(std::string_view text) {
  std::string u = upper(text);
  if (u.rfind("ANSI", 0) == 0) u = u.substr(4);
  if (u.empty() || u.size() > 20) return std::nullopt;
  if (u == "936" || u == "CP936" || u == "GBK" || u == "GB2312" || u == "EUC-CN" || u == "MS936" ||
      u == "WINDOWS-936") {
    return "GBK";
  }
  if (u == "GB18030" || u == "54936") return "GB18030";
  if (u == "UTF-8" || u == "UTF8" || u == "65001") return "UTF-8";
  if (u == "88591" || u == "ISO-8859-1" || u == "ISO8859-1" || u == "LATIN1" || u == "LATIN-1") return "ISO-8859-1";
  if (u == "950" || u == "BIG5" || u == "CP950") return "BIG5";
  if (std::all_of(u.begin(), u.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    if (u.size() == 4 && u.rfind("125", 0) == 0) return "CP" + u;  // Windows code pages 1250-1258
    if (u == "437" || u == "850" || u == "852" || u == "866" || u == "874" || u == "932" || u == "949") {
      return "CP" + u;
    }
    return std::nullopt;
  }
  if (u.rfind("CP", 0) == 0 || u.rfind("WINDOWS-", 0) == 0 || u.rfind("ISO-8859-", 0) == 0) {
    Iconv probe(u);
    if (probe.ok()) return u;
  }
  return std::nullopt;
}

std::optional<std::string> encodingFromLdid(std::uint8_t ldid) {
  switch (ldid) {
    case 0x01: return "CP437";
    case 0x02: return "CP850";
    case 0x03: return "CP1252";
    case 0x4D:
    case 0x7A: return "GBK";
    case 0x4E:
    case 0x79: return "CP949";
    case 0x4F:
    case 0x78: return "BIG5";
    case 0x57: return "ISO-8859-1";  // "ANSI": the writer's code page, unknown; GDAL reads it as Latin-1
    case 0x58:
    case 0x59: return "CP1252";
    case 0x64: return "CP852";
    case 0x7B: return "CP932";
    case 0xC8: return "CP1250";
    case 0xC9: return "CP1251";
    default: return std::nullopt;
  }
}

std::uint8_t readLdid(const std::string& dbfPath) {
  std::ifstream in(dbfPath, std::ios::binary);
  char header[32] = {};
  in.read(header, sizeof header);
  if (in.gcount() < 30) return 0;
  return static_cast<std::uint8_t>(header[29]);
}

namespace {

struct ByteStats {
  std::size_t highBytes = 0;    // bytes >= 0x80
  std::size_t gb2312Pairs = 0;  // lead A1-F7, trail A1-FE: the common GB2312 region
  std::size_t otherPairs = 0;   // other high-byte pairs and lone high bytes
  bool validUtf8 = true;
};

ByteStats analyse(const std::vector<std::string>& samples) {
  ByteStats s;
  for (const auto& text : samples) {
    if (!isValidUtf8(text)) s.validUtf8 = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) continue;
      ++s.highBytes;
      const auto t = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
      if (b >= 0xA1 && b <= 0xF7 && t >= 0xA1 && t <= 0xFE) {
        ++s.gb2312Pairs;
        ++s.highBytes;
        ++i;
      } else {
        ++s.otherPairs;
      }
    }
  }
  return s;
}

bool isGbkFamily(const std::optional<std::string>& name) { return name && (*name == "GBK" || *name == "GB18030"); }

}  // namespace

EncodingChoice chooseEncoding(const Declared& declared, const std::vector<std::string>& samples) {
  const ByteStats s = analyse(samples);
  const Message origin = declared.origin.empty() ? Message{PW_TR("nothing declares an encoding"), {}} : declared.origin;
  auto choice = [&](const std::string& name, const char* verdict, std::vector<std::string> args = {},
                    bool avoided = false) {
    return EncodingChoice{name, origin, verdict ? Message{verdict, std::move(args)} : Message{}, avoided};
  };
  if (s.highBytes == 0) {
    return choice(declared.name.value_or("UTF-8"), PW_TR("the text is plain ASCII, so any reading is the same"));
  }
  const bool looksChinese = s.gb2312Pairs > 0 && s.gb2312Pairs * 10 >= (s.gb2312Pairs + s.otherPairs) * 9;
  if (declared.name == "UTF-8") {
    if (s.validUtf8) return choice("UTF-8", nullptr);
    if (looksChinese) {
      return choice("GBK", PW_TR("but the text is not valid UTF-8 and reads as GBK Chinese: using GBK"), {}, true);
    }
    return choice("UTF-8", PW_TR("some text is not valid UTF-8 and is shown with replacement characters"));
  }
  if (isGbkFamily(declared.name)) {
    // Random GBK is almost never valid UTF-8 with multi-byte sequences; valid UTF-8 means the text is UTF-8.
    if (s.validUtf8) {
      return choice("UTF-8", PW_TR("but the text is valid UTF-8 (reading it as GBK would garble it): using UTF-8"), {},
                    true);
    }
    return choice(*declared.name, nullptr);
  }
  if (s.validUtf8) {
    if (declared.name) return choice("UTF-8", PW_TR("but the text is valid UTF-8: using UTF-8"), {}, true);
    return choice("UTF-8", PW_TR("the text is valid UTF-8"));
  }
  if (looksChinese) {
    if (declared.name) {
      return choice("GBK", PW_TR("but the text reads as GBK Chinese (%1 would garble it): using GBK"), {*declared.name},
                    true);
    }
    return choice("GBK", PW_TR("the text reads as GBK Chinese, the usual encoding of Chinese survey data"));
  }
  if (declared.name) return choice(*declared.name, nullptr);
  return choice("ISO-8859-1", PW_TR("the text is neither UTF-8 nor Chinese: reading it as Latin-1"));
}

namespace {

/// Whether the double-byte characters of `raw` lie in the rows ordinary text uses (9 in 10 at least), walking the
/// bytes as `encoding` pairs them. Single high bytes and GB18030 four-byte sequences count against it.
bool looksLikeText(std::string_view raw, const std::string& encoding) {
  std::size_t common = 0;
  std::size_t all = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto lead = static_cast<unsigned char>(raw[i]);
    if (lead < 0x80) continue;
    ++all;
    if (i + 1 >= raw.size()) break;
    const auto trail = static_cast<unsigned char>(raw[++i]);
    const bool symbolRow = lead >= 0xA1 && lead <= 0xA3;
    if (encoding == "GBK") {
      if (trail >= 0xA1 && trail <= 0xFE && (symbolRow || (lead >= 0xB0 && lead <= 0xF7))) ++common;
    } else {
      const unsigned code = (static_cast<unsigned>(lead) << 8) | trail;
      if (symbolRow || (code >= 0xA440 && code <= 0xC67E)) ++common;
    }
  }
  return all > 0 && common * 10 >= all * 9;
}

}  // namespace

ChineseEncodingGuess guessChineseEncoding(std::string_view raw) {
  ChineseEncodingGuess guess;
  if (isValidUtf8(raw)) {
    guess.utf8 = true;
    return guess;
  }
  std::string decoded;
  for (const Decoder* decoder : {&sharedDecoder("GBK"), &sharedDecoder("BIG5")}) {
    if (decoder->decode(raw, decoded))
      guess.decodable.push_back({decoder->name(), looksLikeText(raw, decoder->name())});
  }
  return guess;
}

}  // namespace pw::enc
