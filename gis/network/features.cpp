#include "network/features.h"

#include "core/error.h"
#include "geom/spatialite_blob.h"
#include "store/project.h"

namespace pw {
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
  return st.step() ? st.optText(0).value_or("") : std::string();
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

std::optional<PipeFacts> pipeFacts(Project& project, std::int64_t id) {
  auto st = project.db().prepare(
      "SELECT p.code, p.length_m, coalesce(f.code, p.from_code, ''), coalesce(t.code, p.to_code, '') "
      "FROM pipes p LEFT JOIN manholes f ON f.id = p.from_manhole_id LEFT JOIN manholes t ON t.id = p.to_manhole_id "
      "WHERE p.id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return PipeFacts{st.text(0), st.real(1), st.text(2), st.text(3)};
}

std::vector<double> pipeVertices(Project& project, std::int64_t id) {
  auto st = project.db().prepare("SELECT geom FROM pipes WHERE id = ?");
  st.bind(1, id);
  std::vector<double> xy;
  if (!st.step() || st.isNull(0) || !blob::decodeLineString(st.blob(0), xy)) return {};
  return xy;
}

}  // namespace pw
