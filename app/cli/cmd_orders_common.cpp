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
#include "store/districts.h"
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
  return requireDistrict(project, codeOrName).id;
}

QString findingText(Project& project, const ProjectCatalogues& catalogues, const OrderItem& item) {
  if (const auto label = findingLabel(project, catalogues, item)) return i18n::qs(*label);
  return item.entity == "defect" ? Cli::tr("defect %1 (deleted)").arg(item.id)
                                 : Cli::tr("misconnection %1 (deleted)").arg(item.id);
}

QStringList orderTableHeaders() {
  return {Cli::tr("number"),   Cli::tr("district"), Cli::tr("kind"),    Cli::tr("state"), Cli::tr("priority"),
          Cli::tr("assignee"), Cli::tr("deadline"), Cli::tr("overdue"), Cli::tr("items")};
}

QStringList orderTableRow(Project& project, const ProjectCatalogues& catalogues, const OrderRecord& o,
                          const std::string& today) {
  QStringList items;
  for (std::size_t i = 0; i < o.items.size() && i < 3; ++i) items << findingText(project, catalogues, o.items[i]);
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
  const auto district = districtById(project, o.districtId);
  j["district_code"] = district ? district->code : std::string();
  j["district_id"] = o.districtId;
  j["created_at"] = o.createdAt;
  return j;
}

}  // namespace pw::cli
