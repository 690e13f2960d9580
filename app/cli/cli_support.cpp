#include "cli_support.h"

#include <cstdlib>

#include "access/users.h"
#include "core/error.h"
#include "core/numbers.h"
#include "store/project.h"

namespace pw::cli {

std::string actingUser(const ParsedArgs& a, Project& project) {
  const char* env = std::getenv("PIPEWARD_USER");
  const std::string name = a.value("--user").value_or(env && *env ? std::string(env) : defaultUserName(project));
  // Names are compared without regard to case: work is attributed to the name as the project spells it.
  const auto user = UserStore(project).find(name);
  return user ? user->name : name;
}

// Option values are numbers by the core's one strict parser (core/numbers.h): a malformed number is bad input
// (exit 2) naming the option, never a usage error or a number taken from the front of the text.
std::optional<double> optionNumber(const ParsedArgs& a, const std::string& name) {
  const auto v = a.value(name);
  if (!v) return std::nullopt;
  return requireDecimal(*v, name);
}

std::optional<std::int64_t> optionInteger(const ParsedArgs& a, const std::string& name) {
  const auto v = a.value(name);
  if (!v) return std::nullopt;
  return requireWhole(*v, name);
}

std::optional<int> optionInt(const ParsedArgs& a, const std::string& name) {
  const auto v = a.value(name);
  if (!v) return std::nullopt;
  return requireInt(*v, name);
}

std::int64_t recordNumber(const std::string& text, const std::string& field) {
  const std::int64_t id = requireWhole(text, field);
  if (id <= 0) {
    throwBadInput(PW_TR("%1: '%2' is not a record number (a whole number above 0)"), {field, text},
                  {.field = field, .value = text});
  }
  return id;
}

std::vector<std::int64_t> recordNumbers(const std::string& text, const std::string& field) {
  std::vector<std::int64_t> ids;
  std::size_t start = 0;
  while (true) {
    const auto comma = text.find(',', start);
    ids.push_back(
        recordNumber(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start), field));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return ids;
}

std::string requiredOption(const ParsedArgs& a, const std::string& name) {
  const auto v = a.value(name);
  if (!v) throw UsageError{PW_TR("option %1 is required here"), name};
  return *v;
}

QString gradeText(const std::string& grade) {
  return grade.empty() ? QStringLiteral("-") : QString::fromStdString(grade);
}

QString number(std::optional<double> v, int decimals) {
  return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

}  // namespace pw::cli
