// kpi: the districts' rectification KPIs in rank order with a city line; kpi-orders: the orders behind one number.
#include "cli.h"
#include "cli_support.h"
#include "cmd_orders_common.h"
#include "core/error.h"
#include "i18n.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "output.h"
#include "report/kpi.h"
#include "rules/project_time.h"
#include "store/districts.h"
#include "store/project.h"

namespace pw::cli {
namespace {

template <class T>
nlohmann::json optional(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

/// The numbers kpi-orders drills into, by its metric names.
nlohmann::json metricsJson(const DistrictKpi& k) {
  nlohmann::json m{{"due", k.due},
                   {"closed_of_due", k.closedOfDue},
                   {"closed_on_time", k.closedOnTime},
                   {"late_open", k.lateOpen},
                   {"overdue", k.overdue},
                   {"closed_in_period", k.closedInPeriod},
                   {"submitted", k.submissions},
                   {"returned", k.returns}};
  for (const auto& [state, count] : k.openByState) m["open:" + state] = count;
  return m;
}

nlohmann::json kpiJson(const DistrictKpi& k) {
  nlohmann::json byGrade = nlohmann::json::object(), perKm = nlohmann::json::object();
  for (std::size_t g = 0; g < 4; ++g) {
    byGrade[std::to_string(g + 1)] = k.defectsByGrade[g];
    perKm[std::to_string(g + 1)] = k.defectsPerKm[g];
  }
  return {{"district_id", k.districtId},
          {"code", k.code},
          {"name", k.name},
          {"rank", k.rank},
          {"due", k.due},
          {"closed_of_due", k.closedOfDue},
          {"completion_rate", optional(k.completionRate)},
          {"closed_on_time", k.closedOnTime},
          {"late_open", k.lateOpen},
          {"on_time_rate", optional(k.onTimeRate)},
          {"overdue", k.overdue},
          {"closed_in_period", k.closedInPeriod},
          {"average_days_to_close", optional(k.averageDaysToClose)},
          {"submissions", k.submissions},
          {"returns", k.returns},
          {"return_rate", optional(k.returnRate)},
          {"open_by_state", k.openByState},
          {"inspected_km", k.inspectedKm},
          {"defects_by_grade", byGrade},
          {"defects_per_km", perKm},
          {"misconnections", k.misconnections},
          {"separate_km", k.separateKm},
          {"misconnection_density", optional(k.misconnectionDensity)},
          {"density_grade", k.densityGrade},
          {"metrics", metricsJson(k)}};
}

nlohmann::json periodJson(const Period& p) { return {{"from", p.from}, {"to", p.to}, {"label", p.label}}; }

/// "62.5% (5/8)", or "-" when the rate has no denominator.
QString rateText(const std::optional<double>& rate, std::int64_t part, std::int64_t whole) {
  if (!rate) return QStringLiteral("-");
  return QStringLiteral("%1% (%2/%3)").arg(*rate * 100, 0, 'f', 1).arg(part).arg(whole);
}

QStringList kpiRow(const DistrictKpi& k, const QString& rank, const QString& name) {
  QStringList open;
  for (const auto state : allOrderStates()) {
    const auto it = k.openByState.find(orderStateKey(state));
    if (it != k.openByState.end() && it->second > 0)
      open << QStringLiteral("%1 %2").arg(orderStateName(it->first)).arg(it->second);
  }
  QStringList perKm;
  for (const double v : k.defectsPerKm) perKm << QString::number(v, 'f', 2);
  return {rank,
          name,
          QString::number(k.due),
          rateText(k.completionRate, k.closedOfDue, k.due),
          rateText(k.onTimeRate, k.closedOnTime, k.closedOnTime + k.lateOpen),
          QString::number(k.overdue),
          number(k.averageDaysToClose, 1),
          rateText(k.returnRate, k.returns, k.submissions),
          open.isEmpty() ? QStringLiteral("-") : open.join(QStringLiteral(", ")),
          QString::number(k.inspectedKm, 'f', 2),
          perKm.join(QStringLiteral(" / ")),
          QString::number(k.misconnections),
          number(k.misconnectionDensity, 2),
          k.densityGrade.empty() ? QStringLiteral("-") : i18n::qs(k.densityGrade)};
}

QString metricName(const std::string& metric) {
  if (metric == "due") return Cli::tr("due in the period");
  if (metric == "closed_of_due") return Cli::tr("due and closed");
  if (metric == "closed_on_time") return Cli::tr("due and closed on time");
  if (metric == "late_open") return Cli::tr("due, past the deadline and not closed");
  if (metric == "overdue") return Cli::tr("overdue");
  if (metric == "closed_in_period") return Cli::tr("closed in the period");
  if (metric == "submitted") return Cli::tr("submitted in the period");
  if (metric == "returned") return Cli::tr("returned in the period");
  if (metric.rfind("open:", 0) == 0) return Cli::tr("open, %1").arg(orderStateName(metric.substr(5)));
  return i18n::qs(metric);
}

}  // namespace

int Cli::cmdKpi(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  UserStore(*project).require(actingUser(a, *project));
  const Period period = parsePeriod(a.value("--period").value_or(todayIso(*project).substr(0, 7)));
  std::optional<std::int64_t> district;
  if (auto d = a.value("--district")) district = districtIdOf(*project, *d);
  const KpiReport report = computeKpis(*project, catalogues, period, district);
  if (m_json) {
    nlohmann::json districts = nlohmann::json::array();
    for (const auto& k : report.districts) districts.push_back(kpiJson(k));
    printJson({{"period", periodJson(report.period)},
               {"reference_day", report.referenceDay},
               {"districts", districts},
               {"city", kpiJson(report.city)}});
    return Ok;
  }
  printLine(Cli::tr("Rectification KPIs for %1 (%2 to %3), as of %4")
                .arg(i18n::qs(report.period.label), i18n::qs(report.period.from), i18n::qs(report.period.to),
                     i18n::qs(report.referenceDay)));
  Table table({Cli::tr("rank"), Cli::tr("district"), Cli::tr("due"), Cli::tr("completed"), Cli::tr("on time"),
               Cli::tr("overdue"), Cli::tr("days to close"), Cli::tr("returned"), Cli::tr("open by state"),
               Cli::tr("inspected km"), Cli::tr("defects/km grade 1/2/3/4"), Cli::tr("misconnections"),
               Cli::tr("per km"), Cli::tr("degree")});
  for (const auto& k : report.districts) table.addRow(kpiRow(k, QString::number(k.rank), i18n::qs(k.name)));
  table.addRow(kpiRow(report.city, QStringLiteral("-"), Cli::tr("city")));
  table.print({0, 2, 5, 6, 9, 11, 12});
  printLine(QString());
  printLine(Cli::tr("Completed: due orders closed / due. On time: closed by the deadline / (closed + late and open)."));
  printLine(Cli::tr("Returned: returns / submissions. 'pipeward-cli kpi-orders' lists the orders behind a number."));
  return Ok;
}

int Cli::cmdKpiOrders(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  UserStore(*project).require(actingUser(a, *project));
  const std::string metric = requiredOption(a, "--metric");
  const Period period = parsePeriod(a.value("--period").value_or(todayIso(*project).substr(0, 7)));
  std::optional<std::int64_t> district;
  std::string districtName;
  if (auto d = a.value("--district")) {
    const auto found = requireDistrict(*project, *d);
    district = found.id;
    districtName = found.name;
  }
  OrderStore store(*project, catalogues);
  std::vector<OrderRecord> orders;
  for (const auto id : ordersBehind(*project, period, district, metric)) {
    if (auto o = store.order(id)) orders.push_back(std::move(*o));
  }
  const std::string today = todayIso(*project);
  if (m_json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& o : orders) list.push_back(orderListJson(*project, o, today));
    printJson({{"metric", metric},
               {"period", periodJson(period)},
               {"district", district ? nlohmann::json(districtName) : nlohmann::json(nullptr)},
               {"count", orders.size()},
               {"orders", list}});
    return Ok;
  }
  printLine(Cli::tr("Orders counted as \"%1\" (%2, %3): %4")
                .arg(metricName(metric), district ? i18n::qs(districtName) : Cli::tr("city"), i18n::qs(period.label))
                .arg(orders.size()));
  if (!orders.empty()) printOrderTable(*project, catalogues, orders, today);
  return Ok;
}

}  // namespace pw::cli
