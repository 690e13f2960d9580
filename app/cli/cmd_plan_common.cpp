#include "cmd_plan_common.h"

#include "args.h"
#include "cli.h"
#include "i18n.h"
#include "output.h"
#include "plan/communities.h"
#include "plan/separation.h"

namespace pw::cli {

QString areaKindName(const std::string& key) {
  if (key == "old_residential") return Cli::tr("old residential community");
  if (key == "campus") return Cli::tr("campus");
  if (key == "block") return Cli::tr("street block");
  return i18n::qs(key);
}

QString separationStatusName(const std::string& key) {
  if (key == "planning") return Cli::tr("planning stage");
  if (key == "design") return Cli::tr("design stage");
  if (key == "construction") return Cli::tr("under construction");
  if (key == "completed") return Cli::tr("construction completed");
  if (key == "accepted") return Cli::tr("accepted on completion");
  return i18n::qs(key);
}

QString money(double amount) {
  const QString digits = QString::number(amount, 'f', 2);
  const qsizetype point = digits.indexOf(QLatin1Char('.'));
  QString whole = digits.left(point);
  const bool negative = whole.startsWith(QLatin1Char('-'));
  if (negative) whole.remove(0, 1);
  for (qsizetype i = whole.size() - 3; i > 0; i -= 3) whole.insert(i, QLatin1Char(','));
  return (negative ? QStringLiteral("-") : QString()) + whole + digits.mid(point);
}

nlohmann::json areaJson(const Community& c) {
  auto opt = [](const auto& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
  return {{"id", c.id},
          {"name", c.name},
          {"address", opt(c.address)},
          {"build_year", opt(c.buildYear)},
          {"households", opt(c.households)},
          {"kind", c.kind},
          {"district", c.districtName},
          {"area_m2", c.areaM2},
          {"import_id", opt(c.importId)},
          {"feature_no", opt(c.featureNo)},
          {"created_by", c.createdBy},
          {"created_at", c.createdAt},
          {"version", c.version}};
}

nlohmann::json budgetJson(const BudgetEstimate& b) {
  nlohmann::json lines = nlohmann::json::array();
  for (const auto& l : b.lines) {
    lines.push_back({{"item", l.item},
                     {"system", l.system},
                     {"diameter_mm", l.diameter},
                     {"quantity", l.quantity},
                     {"unit_cost", l.unitCost},
                     {"amount", l.amount}});
  }
  return {{"currency", b.currency},
          {"total", b.total},
          {"lines", lines},
          {"pipes_without_diameter", b.pipesWithoutDiameter},
          {"areas_without_households", b.areasWithoutHouseholds}};
}

void printBudget(const BudgetEstimate& b) {
  Table table({Cli::tr("item"), Cli::tr("quantity"), Cli::tr("unit cost"), Cli::tr("amount")});
  for (const auto& l : b.lines) {
    QString item;
    QString quantity;
    if (l.item == "new_pipe") {
      item = (l.system == "rain" ? Cli::tr("new rain pipe, DN %1 mm") : Cli::tr("new sewer, DN %1 mm"))
                 .arg(i18n::qs(l.diameter));
      quantity = Cli::tr("%1 m").arg(l.quantity, 0, 'f', 1);
    } else {
      item = l.item == "household" ? Cli::tr("household connections")
             : l.item == "manhole" ? Cli::tr("mixed-flow manholes rebuilt")
                                   : Cli::tr("misconnection points rectified");
      quantity = QString::number(l.quantity, 'f', 0);
    }
    table.addRow({item, quantity, money(l.unitCost), money(l.amount)});
  }
  if (!table.empty()) table.print({1, 2, 3});
  printLine(Cli::tr("Budget estimate: %1 %2 (%3 ten-thousand)")
                .arg(money(b.total), i18n::qs(b.currency), QString::number(b.total / 10000.0, 'f', 2)));
  if (b.pipesWithoutDiameter) {
    printLine(Cli::tr("  %1 pipe(s) without a recorded diameter were priced at the assumed diameter")
                  .arg(b.pipesWithoutDiameter));
  }
  if (b.areasWithoutHouseholds) {
    printLine(Cli::tr("  %1 area(s) without a household count add no connections").arg(b.areasWithoutHouseholds));
  }
}

}  // namespace pw::cli
