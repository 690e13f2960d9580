#include "cmd_orders_common.h"

#include "cli.h"
#include "cli_support.h"
#include "core/error.h"
#include "i18n.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "orders/order_json.h"
#include "orders/orders.h"
#include "output.h"
#include "store/project.h"

namespace pw::cli {

QString orderStateName(const std::string& key) {
  if (key == "draft") return Cli::tr("draft");
  if (key == "issued") return Cli::tr("issued");
  if (key == "accepted") return Cli::tr("accepted");
  if (key == "in_progress") return Cli::tr("in progress");
  if (key == "submitted") return Cli::tr("submitted");
  if (key == "returned") return Cli::tr("returned");
  if (key == "suspended") return Cli::tr("suspended");
  if (key == "closed") return Cli::tr("closed");
  if (key == "cancelled") return Cli::tr("cancelled");
  return i18n::qs(key);
}

QString orderActionName(const std::string& key) {
  if (key == "create") return Cli::tr("create");
  if (key == "issue") return Cli::tr("issue");
  if (key == "accept") return Cli::tr("accept");
  if (key == "start") return Cli::tr("start");
  if (key == "submit") return Cli::tr("submit");
  if (key == "return") return Cli::tr("return");
  if (key == "close") return Cli::tr("close");
  if (key == "suspend") return Cli::tr("suspend");
  if (key == "resume") return Cli::tr("resume");
  if (key == "cancel") return Cli::tr("cancel");
  return i18n::qs(key);
}

QString orderKindName(const std::string& key) {
  if (key == "repair") return Cli::tr("repair work");
  if (key == "maintenance") return Cli::tr("maintenance work");
  if (key == "separation") return Cli::tr("separation work");
  if (key == "reinspection") return Cli::tr("re-inspection");
  return i18n::qs(key);
}

QString priorityName(const std::string& key) {
  if (key == "urgent") return Cli::tr("urgent");
  if (key == "high") return Cli::tr("high");
  if (key == "normal") return Cli::tr("normal");
  if (key == "low") return Cli::tr("low");
  return i18n::qs(key);
}

QString userRoleName(const std::string& key) {
  if (key == "field_team") return Cli::tr("field team");
  if (key == "district_manager") return Cli::tr("district manager");
  if (key == "planner") return Cli::tr("planner");
  if (key == "city_admin") return Cli::tr("city administrator");
  return i18n::qs(key);
}

std::int64_t districtIdOf(Project& project, const std::string& codeOrName) {
  auto st = project.db().prepare("SELECT id FROM districts WHERE code = ?1 OR name = ?1");
  st.bind(1, codeOrName);
  if (!st.step()) {
    throw Error(ErrorKind::NotFound, PW_TR("There is no district %1"), {codeOrName},
                {.field = "district", .value = codeOrName});
  }
  return st.int64(0);
}

QString findingLabel(Project& project, const ProjectCatalogues& catalogues, const OrderItem& item) {
  auto& db = project.db();
  if (item.entity == "defect") {
    auto st = db.prepare(
        "SELECT p.code, d.code, d.grade, d.distance_m FROM defects d JOIN inspections i ON i.id = d.inspection_id "
        "JOIN pipes p ON p.id = i.pipe_id WHERE d.id = ?");
    st.bind(1, item.id);
    if (!st.step()) return Cli::tr("defect %1 (deleted)").arg(item.id);
    return QStringLiteral("%1 %2%3 @ %4 m")
        .arg(i18n::qs(st.text(0)), i18n::qs(st.text(1)))
        .arg(st.int64(2))
        .arg(i18n::qs(formatNumber(st.real(3), 1)));
  }
  auto st = db.prepare("SELECT kind FROM misconnections WHERE id = ?");
  st.bind(1, item.id);
  if (!st.step()) return Cli::tr("misconnection %1 (deleted)").arg(item.id);
  const auto* type = MisconnectionCatalogue::find(catalogues.misconnections.types(), st.text(0));
  return QStringLiteral("#%1 %2").arg(item.id).arg(type ? i18n::qs(type->name) : i18n::qs(st.text(0)));
}

QStringList orderTableHeaders() {
  return {Cli::tr("number"),   Cli::tr("district"), Cli::tr("kind"),    Cli::tr("state"), Cli::tr("priority"),
          Cli::tr("assignee"), Cli::tr("deadline"), Cli::tr("overdue"), Cli::tr("items")};
}

QStringList orderTableRow(Project& project, const ProjectCatalogues& catalogues, const OrderRecord& o,
                          const std::string& today) {
  QStringList items;
  for (std::size_t i = 0; i < o.items.size() && i < 3; ++i) items << findingLabel(project, catalogues, o.items[i]);
  QString itemText = items.join(QStringLiteral(", "));
  if (o.items.size() > 3) itemText += Cli::tr(" and %1 more").arg(o.items.size() - 3);
  const QString overdue = o.overdue(today) ? Cli::tr("%1 d").arg(daysFrom(*o.deadline, today)) : QString();
  return {i18n::qs(o.number),
          i18n::qs(o.districtName),
          orderKindName(o.kind),
          orderStateName(orderStateKey(o.state)),
          priorityName(o.priority),
          o.assignee.empty() ? QStringLiteral("-") : i18n::qs(o.assignee),
          i18n::qs(o.deadline.value_or("-")),
          overdue,
          itemText};
}

void printOrderTable(Project& project, const ProjectCatalogues& catalogues, const std::vector<OrderRecord>& orders,
                     const std::string& today) {
  Table table(orderTableHeaders());
  for (const auto& o : orders) table.addRow(orderTableRow(project, catalogues, o, today));
  table.print();
}

nlohmann::json orderListJson(Project& project, const OrderRecord& o, const std::string& today) {
  auto j = orderJson(o);
  const bool overdue = o.overdue(today);
  j["overdue"] = overdue;
  j["days_overdue"] = overdue ? daysFrom(*o.deadline, today) : 0;
  auto st = project.db().prepare("SELECT coalesce(code, '') FROM districts WHERE id = ?");
  st.bind(1, o.districtId);
  j["district_code"] = st.step() ? st.text(0) : std::string();
  j["district_id"] = o.districtId;
  j["created_at"] = o.createdAt;
  return j;
}

}  // namespace pw::cli
