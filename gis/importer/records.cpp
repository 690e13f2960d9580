#include "importer/records.h"

#include <charconv>
#include <cmath>

namespace pw {
namespace {

void appendEscaped(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

}  // namespace

void AttrsWriter::addKey(const std::string& key) {
  if (m_text.size() > 1) m_text += ',';
  appendEscaped(m_text, key);
  m_text += ':';
}

void AttrsWriter::addText(const std::string& key, const std::string& value) {
  addKey(key);
  appendEscaped(m_text, value);
}

void AttrsWriter::addNumber(const std::string& key, double value) {
  addKey(key);
  if (!std::isfinite(value)) {
    m_text += "null";
    return;
  }
  char buffer[32];
  auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
  m_text.append(buffer, r.ptr);
}

std::string AttrsWriter::finish() {
  m_text += '}';
  return std::move(m_text);
}

}  // namespace pw
