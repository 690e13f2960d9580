#include "core/error.h"

#include "core/message.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace pw {

std::string formatMessage(std::string_view messageTemplate, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(messageTemplate.size() + 32);
  for (std::size_t i = 0; i < messageTemplate.size(); ++i) {
    const char c = messageTemplate[i];
    if (c == '%' && i + 1 < messageTemplate.size() && messageTemplate[i + 1] >= '1' && messageTemplate[i + 1] <= '9') {
      const auto index = static_cast<std::size_t>(messageTemplate[i + 1] - '1');
      if (index < args.size()) {
        const std::string& arg = args[index];
        out += (!arg.empty() && arg[0] == kTranslatableArg) ? arg.substr(1) : arg;
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

Error::Error(ErrorKind kind, const char* messageTemplate, std::vector<std::string> args, ErrorContext context)
    : std::runtime_error(formatMessage(messageTemplate, args)),
      m_kind(kind),
      m_template(messageTemplate),
      m_args(std::move(args)),
      m_context(std::move(context)) {}

void throwBadInput(const char* messageTemplate, std::vector<std::string> args, ErrorContext context) {
  throw Error(ErrorKind::BadInput, messageTemplate, std::move(args), std::move(context));
}

void throwInternal(const char* messageTemplate, std::vector<std::string> args) {
  throw Error(ErrorKind::Internal, messageTemplate, std::move(args));
}

std::string formatNumber(double value, int maxDecimals) {
  if (!std::isfinite(value)) return std::isnan(value) ? "NaN" : (value > 0 ? "inf" : "-inf");
  // Fixed notation for the numbers people read (lengths, costs, coordinates); the shortest exact form, such as
  // 1e+100, for magnitudes whose fixed form would be a wall of digits. The conversion's result is checked: a
  // buffer too small leaves it unwritten.
  char buffer[64];
  std::to_chars_result result{};
  if (std::fabs(value) < 1e15) {
    result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, std::clamp(maxDecimals, 0, 17));
  } else {
    result = std::to_chars(buffer, buffer + sizeof buffer, value);
  }
  if (result.ec != std::errc()) return std::to_string(value);
  std::string text(buffer, result.ptr);
  if (text.find('.') != std::string::npos && text.find('e') == std::string::npos) {
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

}  // namespace pw
