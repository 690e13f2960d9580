// Short forms of orders and their findings for lists: labels, assignees, number and state.
#include "core/error.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "store/project.h"

namespace pw {

std::optional<std::string> findingLabel(Project& project, const ProjectCatalogues& catalogues, const OrderItem& item) {
  auto& db = project.db();
  if (item.entity == "defect") {
    auto st = db.prepare(
        "SELECT p.code, d.code, d.grade, d.distance_m FROM defects d JOIN inspections i ON i.id = d.inspection_id "
        "JOIN pipes p ON p.id = i.pipe_id WHERE d.id = ?");
    st.bind(1, item.id);
    if (!st.step()) return std::nullopt;
    return st.text(0) + " " + st.text(1) + std::to_string(st.int64(2)) + " @ " + formatNumber(st.real(3), 1) + " m";
  }
  auto st = db.prepare("SELECT kind FROM misconnections WHERE id = ?");
  st.bind(1, item.id);
  if (!st.step()) return std::nullopt;
  const auto* type = MisconnectionCatalogue::find(catalogues.misconnections.types(), st.text(0));
  return "#" + std::to_string(item.id) + " " + (type ? type->name : st.text(0));
}

std::vector<std::string> orderAssignees(Project& project) {
  std::vector<std::string> out;
  auto st = project.db().prepare("SELECT DISTINCT assignee FROM orders WHERE assignee <> '' ORDER BY assignee");
  while (st.step()) out.push_back(st.text(0));
  return out;
}

std::optional<OrderRef> orderRef(Project& project, std::int64_t id) {
  auto st = project.db().prepare("SELECT number, state FROM orders WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return OrderRef{id, st.text(0), orderStateFromKey(st.text(1)).value_or(OrderState::Draft)};
}

}  // namespace pw
