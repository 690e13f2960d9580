#include "inspect/finding_holds.h"

#include "store/project.h"

namespace pw {

std::optional<std::string> openOrderHolding(Project& project, const std::string& entity, std::int64_t id) {
  auto st = project.db().prepare(
      "SELECT o.number FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.entity = ? AND i.entity_id = ? "
      "AND o.state NOT IN ('closed', 'cancelled') LIMIT 1");
  st.bind(1, entity).bind(2, id);
  if (!st.step()) return std::nullopt;
  return st.text(0);
}

}  // namespace pw
