#include "io/normalize.h"

#include <cctype>
#include <charconv>

namespace pw {

std::string toHalfWidth(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xEF && i + 2 < text.size()) {  // U+FF01..U+FF5E: EF BC 81..EF BD 9E
      const auto c1 = static_cast<unsigned char>(text[i + 1]);
      const auto c2 = static_cast<unsigned char>(text[i + 2]);
      const unsigned cp = ((c & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out += static_cast<char>(cp - 0xFF01 + 0x21);
        i += 2;
        continue;
      }
    }
    if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x80) {  // U+3000 ideographic space
      out += ' ';
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

namespace {

/// Parses a number starting at pos (optional sign, digits, one decimal point); advances pos.
std::optional<double> numberAt(const std::string& s, std::size_t& pos) {
  std::size_t start = pos;
  if (start < s.size() && (s[start] == '-' || s[start] == '+')) ++start;
  std::size_t end = start;
  bool digits = false;
  bool dot = false;
  while (end < s.size()) {
    if (std::isdigit(static_cast<unsigned char>(s[end]))) {
      digits = true;
    } else if (s[end] == '.' && !dot) {
      dot = true;
    } else {
      break;
    }
    ++end;
  }
  if (!digits) return std::nullopt;
  double value = 0;
  const char* first = s.data() + pos + (s[pos] == '+' ? 1 : 0);
  auto result = std::from_chars(first, s.data() + end, value);
  if (result.ec != std::errc()) return std::nullopt;
  pos = end;
  return value;
}

std::size_t firstNumberStart(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c)) return (i > 0 && s[i - 1] == '-') ? i - 1 : i;
    if (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) return i;
  }
  return std::string::npos;
}

}  // namespace

std::optional<double> parseNumber(std::string_view text) {
  const std::string s = toHalfWidth(text);
  std::size_t pos = firstNumberStart(s);
  if (pos == std::string::npos) return std::nullopt;
  // A '-' is a sign only at the start or after a space or letter prefix such as "DN".
  if (s[pos] == '-' && pos > 0 && std::isdigit(static_cast<unsigned char>(s[pos - 1]))) ++pos;
  return numberAt(s, pos);
}

std::optional<Section> parseSection(std::string_view text) {
  const std::string s = toHalfWidth(text);
  std::size_t pos = firstNumberStart(s);
  if (pos == std::string::npos) return std::nullopt;
  auto width = numberAt(s, pos);
  if (!width) return std::nullopt;
  Section section{*width, std::nullopt};
  // Separators seen in surveys: x, X, *, ×, (U+00D7 is C3 97 in UTF-8).
  std::size_t next = pos;
  while (next < s.size() && s[next] == ' ') ++next;
  std::size_t after = std::string::npos;
  if (next < s.size() && (s[next] == 'x' || s[next] == 'X' || s[next] == '*')) after = next + 1;
  if (next + 1 < s.size() && static_cast<unsigned char>(s[next]) == 0xC3 &&
      static_cast<unsigned char>(s[next + 1]) == 0x97) {
    after = next + 2;
  }
  if (after != std::string::npos) {
    while (after < s.size() && s[after] == ' ') ++after;
    if (auto h = numberAt(s, after)) section.height = *h;
  }
  return section;
}

std::optional<int> parseYear(std::string_view text) {
  const std::string s = toHalfWidth(text);
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) continue;
    if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) continue;
    int year = 0;
    std::size_t k = i;
    while (k < s.size() && k < i + 4 && std::isdigit(static_cast<unsigned char>(s[k]))) year = year * 10 + (s[k++] - '0');
    if (k - i == 4 && year >= 1900 && year <= 2100) return year;
  }
  return std::nullopt;
}

std::optional<std::string> normaliseDrainage(std::string_view value, const LayerMapping* mapping,
                                             const Vocabulary& vocabulary) {
  const std::string key = matchKey(toHalfWidth(value));
  if (key.empty()) return std::nullopt;
  if (mapping) {
    if (auto it = mapping->values.find("drainage"); it != mapping->values.end()) {
      for (const auto& [canonical, synonyms] : it->second) {
        for (const auto& s : synonyms) {
          if (matchKey(s) == key) return canonical;
        }
      }
    }
  }
  if (auto it = vocabulary.drainage.find(key); it != vocabulary.drainage.end()) return it->second;
  const std::string_view v(key);
  if (v.find("合流") != std::string_view::npos) return "combined";
  const bool rain = v.find("雨") != std::string_view::npos;
  const bool sewage = v.find("污") != std::string_view::npos;
  if (rain && sewage) return "combined";
  if (rain) return "rain";
  if (sewage) return "sewage";
  return std::nullopt;
}

std::optional<std::string> normaliseMaterial(std::string_view value, const Vocabulary& vocabulary) {
  const std::string key = matchKey(toHalfWidth(value));
  if (key.empty()) return std::nullopt;
  if (auto it = vocabulary.material.find(key); it != vocabulary.material.end()) return it->second;
  return std::nullopt;
}

}  // namespace pw
