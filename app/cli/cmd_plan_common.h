#pragma once
// What the area, separation and plan commands share: display names, id lists, money, and areas and budgets as
// JSON or text.
#include <cstdint>
#include <string>
#include <vector>

#include <QString>
#include <nlohmann/json.hpp>

namespace pw {
class Project;
struct BudgetEstimate;
struct Community;
}  // namespace pw

namespace pw::cli {

QString areaKindName(const std::string& key);
QString separationStatusName(const std::string& key);
/// Money with thousands separators and two decimals, e.g. 1,234,567.50.
QString money(double amount);
nlohmann::json areaJson(const Community& c);
nlohmann::json budgetJson(const BudgetEstimate& b);
/// The budget's lines as a table and its total.
void printBudget(const BudgetEstimate& b);

}  // namespace pw::cli
