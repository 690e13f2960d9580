#pragma once
// What the order, to-do and KPI commands share: display names of the workflow's keys, districts by code or name,
// linked findings as short labels, and orders as a table row or JSON.
#include <cstdint>
#include <string>
#include <vector>

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace pw {
class Project;
struct OrderItem;
struct OrderRecord;
struct ProjectCatalogues;
}  // namespace pw

namespace pw::cli {

class Table;

QString orderStateName(const std::string& key);
QString orderActionName(const std::string& key);
QString orderKindName(const std::string& key);
QString priorityName(const std::string& key);
/// field_team, district_manager, planner, city_admin in words.
QString userRoleName(const std::string& key);

/// The id of a district by its code or name; Error(NotFound) naming the district and the field otherwise.
std::int64_t districtIdOf(Project& project, const std::string& codeOrName);

/// A linked finding in a few words: "YS-0824 PL3 @ 12.5 m" or "#4 污水接入雨水管", "(deleted)" when it is gone.
QString findingText(Project& project, const ProjectCatalogues& catalogues, const OrderItem& item);

/// The order list's columns, headers and one row per order (today decides the overdue mark).
QStringList orderTableHeaders();
QStringList orderTableRow(Project& project, const ProjectCatalogues& catalogues, const OrderRecord& o,
                          const std::string& today);
void printOrderTable(Project& project, const ProjectCatalogues& catalogues, const std::vector<OrderRecord>& orders,
                     const std::string& today);
/// orderJson() plus what the CLI derives: overdue, days overdue and the district's code.
nlohmann::json orderListJson(Project& project, const OrderRecord& o, const std::string& today);

}  // namespace pw::cli
