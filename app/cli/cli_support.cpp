#include "cli_support.h"

#include <cstdlib>

#include "core/error.h"
#include "orders/users.h"
#include "store/project.h"

namespace pw::cli {

std::string actingUser(const ParsedArgs& a, Project& project) {
  const char* env = std::getenv("PIPEWARD_USER");
  const std::string name = a.value("--user").value_or(env && *env ? std::string(env) : defaultUserName(project));
  // Names are compared without regard to case: work is attributed to the name as the project spells it.
  const auto user = UserStore(project).find(name);
  return user ? user->name : name;
}

std::optional<double> optionNumber(const ParsedArgs& a, const std::string& name) {
  const auto v = a.value(name);
  if (!v) return std::nullopt;
  try {
    std::size_t used = 0;
    const double d = std::stod(*v, &used);
    if (used != v->size()) throw std::invalid_argument(*v);
    return d;
  } catch (const std::exception&) {
    throw UsageError{PW_TR("option %1 takes a number"), name};
  }
}

std::optional<std::int64_t> optionInteger(const ParsedArgs& a, const std::string& name) {
  const auto v = a.value(name);
  if (!v) return std::nullopt;
  try {
    std::size_t used = 0;
    const long long n = std::stoll(*v, &used);
    if (used != v->size()) throw std::invalid_argument(*v);
    return n;
  } catch (const std::exception&) {
    throw UsageError{PW_TR("option %1 takes a whole number"), name};
  }
}

std::string requiredOption(const ParsedArgs& a, const std::string& name) {
  const auto v = a.value(name);
  if (!v) throw UsageError{PW_TR("option %1 is required here"), name};
  return *v;
}

namespace {
std::int64_t idOf(Project& project, const char* table, const std::string& code, const char* messageTemplate) {
  auto st = project.db().prepare(std::string("SELECT id FROM ") + table + " WHERE code = ?");
  st.bind(1, code);
  if (!st.step()) throw Error(ErrorKind::NotFound, messageTemplate, {code, project.path()}, {.record = code});
  return st.int64(0);
}
std::string codeOf(Project& project, const char* table, std::int64_t id) {
  auto st = project.db().prepare(std::string("SELECT code FROM ") + table + " WHERE id = ?");
  st.bind(1, id);
  return st.step() ? st.text(0) : std::string();
}
}  // namespace

std::int64_t pipeIdOf(Project& project, const std::string& code) {
  return idOf(project, "pipes", code, PW_TR("There is no pipe %1 in %2"));
}
std::int64_t manholeIdOf(Project& project, const std::string& code) {
  return idOf(project, "manholes", code, PW_TR("There is no manhole %1 in %2"));
}
std::string pipeCodeOf(Project& project, std::int64_t id) { return codeOf(project, "pipes", id); }
std::string manholeCodeOf(Project& project, std::int64_t id) { return codeOf(project, "manholes", id); }

QString gradeText(const std::string& grade) { return grade.empty() ? QStringLiteral("-") : QString::fromStdString(grade); }

QString number(std::optional<double> v, int decimals) {
  return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

}  // namespace pw::cli
