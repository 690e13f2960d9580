// Who may change which findings: the user must exist, and their role allow it (orders/users.h).
#include "core/error.h"
#include "inspect/findings.h"
#include "orders/users.h"
#include "store/project.h"

namespace pw {

std::optional<std::int64_t> FindingsStore::districtOfPipe(std::int64_t pipeId) {
  auto st = m_project.db().prepare("SELECT district_id FROM pipes WHERE id = ?");
  st.bind(1, pipeId);
  if (!st.step() || st.isNull(0)) return std::nullopt;
  return st.int64(0);
}

void FindingsStore::requireCreate(const std::string& user, std::optional<std::int64_t> districtId) {
  if (districtId && *districtId == 0) districtId.reset();
  requireFindingsCreate(UserStore(m_project).require(user), districtId);
}

void FindingsStore::requireEdit(const std::string& user, const std::string& entity, std::int64_t id) {
  const User actor = UserStore(m_project).require(user);
  std::string sql;
  if (entity == "inspection") {
    sql = "SELECT p.district_id, i.created_by FROM inspections i JOIN pipes p ON p.id = i.pipe_id WHERE i.id = ?";
  } else if (entity == "defect") {
    sql = "SELECT p.district_id, d.created_by FROM defects d JOIN inspections i ON i.id = d.inspection_id "
          "JOIN pipes p ON p.id = i.pipe_id WHERE d.id = ?";
  } else {
    sql = "SELECT district_id, created_by FROM misconnections WHERE id = ?";
  }
  auto st = m_project.db().prepare(sql);
  st.bind(1, id);
  if (!st.step()) return;  // the caller reports the missing record
  const std::optional<std::int64_t> district = st.isNull(0) ? std::nullopt : std::optional(st.int64(0));
  requireFindingsEdit(m_project, actor, district, st.text(1));
}

}  // namespace pw
