#include "core/message.h"

#include "core/error.h"

namespace pw {

std::string Message::english() const { return empty() ? std::string() : formatMessage(text, args); }

std::string trArg(const char* text) { return std::string(1, kTranslatableArg) + text; }

std::string englishJoined(const std::vector<Message>& messages) {
  std::string out;
  for (const auto& m : messages) {
    if (m.empty()) continue;
    if (!out.empty()) out += "; ";
    out += m.english();
  }
  return out;
}

}  // namespace pw
