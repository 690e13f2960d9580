#pragma once
// A user-visible text from the core: an English template marked with PW_TR and its arguments, kept apart so that
// the application edge translates the template once (see core/tr.h).
#include <string>
#include <vector>

#include "core/tr.h"

namespace pw {

struct Message {
  const char* text = "";  ///< a string literal marked with PW_TR, Qt-style %1..%9 placeholders
  std::vector<std::string> args;

  bool empty() const { return text == nullptr || *text == '\0'; }
  /// The English text with the arguments filled in.
  std::string english() const;
};

/// An argument that is itself a translatable word (a layer role, a geometry kind): marked so that the edge
/// translates it too. Pass a PW_TR-marked literal. formatMessage() shows it unmarked.
std::string trArg(const char* text);
constexpr char kTranslatableArg = '\x01';

/// English texts of several messages joined by "; ".
std::string englishJoined(const std::vector<Message>& messages);

}  // namespace pw
