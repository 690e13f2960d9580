// separation create | list | show | edit | advance | link-order: the housing bureau's separation projects.
#include <map>
#include <set>

#include "cli.h"
#include "cli_support.h"
#include "cmd_orders_common.h"
#include "cmd_plan_common.h"
#include "core/error.h"
#include "i18n.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "output.h"
#include "plan/communities.h"
#include "plan/separation.h"
#include "store/project.h"

namespace pw::cli {
namespace {

/// "misconnection:3", "defect:7", "pipe:HS-0042" (code or id), "manhole:H0001", "area:2".
ScopeItem scopeItem(Project& project, const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) {
    throw UsageError{PW_TR("a scope item is written ENTITY:ID (misconnection:3, defect:7, pipe:HS-0042, manhole:H0001, "
                           "area:2), not '%1'"),
                     text};
  }
  ScopeItem item{text.substr(0, colon), 0};
  const std::string ref = text.substr(colon + 1);
  const bool numeric = ref.find_first_not_of("0123456789") == std::string::npos && ref.size() < 18;
  if (numeric) {
    item.id = recordNumber(ref, text);
  } else if (item.entity == "pipe") {
    item.id = pipeIdOf(project, ref);
  } else if (item.entity == "manhole") {
    item.id = manholeIdOf(project, ref);
  } else if (item.entity == "area") {
    item.id = CommunityStore(project).require(ref).id;
  } else {
    throw UsageError{PW_TR("a scope item is written ENTITY:ID (misconnection:3, defect:7, pipe:HS-0042, manhole:H0001, "
                           "area:2), not '%1'"),
                     text};
  }
  return item;
}

std::vector<ScopeItem> scopeItems(Project& project, const ParsedArgs& a, const std::string& option) {
  std::vector<ScopeItem> out;
  for (const auto& text : a.all(option)) out.push_back(scopeItem(project, text));
  return out;
}

int year(const ParsedArgs& a) {
  const auto y = optionInt(a, "--year");
  if (!y) throw UsageError{PW_TR("option %1 is required here"), "--year"};
  return *y;
}

nlohmann::json projectJson(Project& project, SeparationStore& store, const SeparationProject& p) {
  const auto progress = store.progress(p);
  const auto budget = store.budget(p);
  CommunityStore communities(project);
  nlohmann::json areas = nlohmann::json::array();
  for (const auto id : p.areas) {
    if (const auto c = communities.find(id))
      areas.push_back({{"id", id},
                       {"name", c->name},
                       {"households", c->households ? nlohmann::json(*c->households) : nlohmann::json()}});
  }
  nlohmann::json scope = nlohmann::json::array();
  for (const auto& s : p.scope) scope.push_back({{"entity", s.entity}, {"id", s.id}});
  nlohmann::json orders = nlohmann::json::array();
  for (const auto id : p.orders) {
    if (const auto o = orderRef(project, id)) {
      orders.push_back({{"id", id}, {"number", o->number}, {"state", orderStateKey(o->state)}});
    }
  }
  return {{"id", p.id},
          {"name", p.name},
          {"planned_year", p.plannedYear},
          {"status", separationStatusKey(p.status)},
          {"notes", p.notes ? nlohmann::json(*p.notes) : nlohmann::json()},
          {"created_by", p.createdBy},
          {"created_at", p.createdAt},
          {"version", p.version},
          {"areas", areas},
          {"scope", scope},
          {"orders", orders},
          {"budget", budgetJson(budget)},
          {"progress", {{"findings", progress.findings}, {"closed", progress.closed}, {"share", progress.share()}}}};
}

QString progressText(const SeparationProgress& p) {
  return Cli::tr("%1 of %2 findings closed (%3%)").arg(p.closed).arg(p.findings).arg(p.share() * 100.0, 0, 'f', 0);
}

int show(Project& project, SeparationStore& store, const SeparationProject& p, bool json) {
  if (json) {
    auto doc = projectJson(project, store, p);
    doc["events"] = nlohmann::json::array();
    for (const auto& e : store.events(p.id)) {
      doc["events"].push_back(
          {{"at", e.at}, {"user", e.user}, {"from", e.fromStatus}, {"to", e.toStatus}, {"note", e.note}});
    }
    printJson(doc);
    return Ok;
  }
  printLine(Cli::tr("Separation project %1 (id %2, version %3): %4, planned for %5")
                .arg(i18n::qs(p.name))
                .arg(p.id)
                .arg(p.version)
                .arg(separationStatusName(separationStatusKey(p.status)))
                .arg(p.plannedYear));
  if (p.notes) printLine(Cli::tr("  notes: %1").arg(i18n::qs(*p.notes)));
  QStringList areas;
  CommunityStore communities(project);
  for (const auto id : p.areas) {
    if (const auto c = communities.find(id)) areas << QStringLiteral("%1 (%2)").arg(i18n::qs(c->name)).arg(id);
  }
  printLine(Cli::tr("  areas: %1").arg(areas.join(QStringLiteral(", "))));
  std::map<std::string, int> counts;
  for (const auto& s : p.scope) ++counts[s.entity];
  printLine(Cli::tr("  scope: %1 misconnection points, %2 defects, %3 pipes, %4 manholes")
                .arg(counts["misconnection"])
                .arg(counts["defect"])
                .arg(counts["pipe"])
                .arg(counts["manhole"]));
  printLine(Cli::tr("  progress: %1").arg(progressText(store.progress(p))));
  QStringList orders;
  for (const auto id : p.orders) {
    if (const auto o = orderRef(project, id)) {
      orders << QStringLiteral("%1 (%2)").arg(i18n::qs(o->number), orderStateName(orderStateKey(o->state)));
    }
  }
  printLine(Cli::tr("  orders: %1").arg(orders.isEmpty() ? QStringLiteral("-") : orders.join(QStringLiteral(", "))));
  printLine(QString());
  printBudget(store.budget(p));
  printLine(QString());
  printLine(Cli::tr("Timeline:"));
  Table timeline({Cli::tr("when"), Cli::tr("who"), Cli::tr("status"), Cli::tr("note")});
  for (const auto& e : store.events(p.id)) {
    const QString states = e.fromStatus.empty() ? separationStatusName(e.toStatus)
                                                : QStringLiteral("%1 → %2").arg(separationStatusName(e.fromStatus),
                                                                                separationStatusName(e.toStatus));
    timeline.addRow({i18n::qs(e.at), i18n::qs(e.user), states, i18n::qs(e.note)});
  }
  timeline.print();
  return Ok;
}

int list(const ParsedArgs& a, Project& project, SeparationStore& store, bool json) {
  SeparationFilter filter;
  if (auto y = optionInt(a, "--year")) filter.plannedYear = *y;
  if (auto s = a.value("--status")) {
    filter.status = separationStatusFromKey(*s);
    if (!filter.status) {
      throwBadInput(PW_TR("'%1' is not a project status (planning, design, construction, completed, accepted)"), {*s},
                    {.field = "status", .value = *s});
    }
  }
  const auto projects = store.list(filter);
  if (json) {
    nlohmann::json doc = nlohmann::json::array();
    for (const auto& p : projects) doc.push_back(projectJson(project, store, p));
    printJson(doc);
    return Ok;
  }
  if (projects.empty()) {
    printLine(Cli::tr("No separation projects match."));
    return Ok;
  }
  Table table({Cli::tr("id"), Cli::tr("name"), Cli::tr("year"), Cli::tr("status"), Cli::tr("areas"), Cli::tr("budget"),
               Cli::tr("progress")});
  double total = 0;
  for (const auto& p : projects) {
    const auto budget = store.budget(p);
    total += budget.total;
    table.addRow({QString::number(p.id), i18n::qs(p.name), QString::number(p.plannedYear),
                  separationStatusName(separationStatusKey(p.status)), QString::number(p.areas.size()),
                  money(budget.total), progressText(store.progress(p))});
  }
  table.print({0, 2, 4, 5});
  printLine(Cli::tr("Total budget: %1 %2").arg(money(total), i18n::qs(store.costs().currency)));
  return Ok;
}

}  // namespace

int Cli::cmdSeparation(const ParsedArgs& a) {
  static const std::set<std::string> kActions{"create", "list", "show", "edit", "advance", "link-order"};
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (!kActions.count(action)) {
    throw UsageError{PW_TR("separation takes create, list, show, edit, advance or link-order, not '%1'"), action};
  }
  auto project = Project::open(positional(a, 1, "PROJECT"));
  const auto catalogues = loadProjectCatalogues(*project);
  SeparationStore store(*project, catalogues);
  if (action == "list") return list(a, *project, store, m_json);
  const std::string user = actingUser(a, *project);
  if (action == "create") {
    SeparationDraft draft;
    draft.name = requiredOption(a, "--name");
    draft.plannedYear = year(a);
    draft.areas = recordNumbers(requiredOption(a, "--areas"), "--areas");
    draft.notes = a.value("--notes");
    const std::string scope = a.value("--scope").value_or("auto");
    if (scope != "auto" && scope != "none") throw UsageError{PW_TR("option %1 takes auto or none"), "--scope"};
    draft.autoScope = scope == "auto";
    draft.scope = scopeItems(*project, a, "--scope-add");
    const auto id = store.create(draft, user);
    return show(*project, store, *store.project(id), m_json);
  }
  const auto p = store.require(positional(a, 2, "SEPARATION"));
  const std::int64_t version = optionInteger(a, "--version").value_or(p.version);
  if (action == "show") return show(*project, store, p, m_json);
  if (action == "edit") {
    SeparationProject changed = p;
    changed.version = version;
    bool fields = false;
    if (auto n = a.value("--name")) {
      changed.name = *n;
      fields = true;
    }
    if (auto y = optionInt(a, "--year")) {
      changed.plannedYear = *y;
      fields = true;
    }
    if (auto n = a.value("--notes")) {
      changed.notes = *n;
      fields = true;
    }
    const auto add = scopeItems(*project, a, "--scope-add");
    const auto remove = scopeItems(*project, a, "--scope-remove");
    if (!fields && add.empty() && remove.empty()) {
      throw UsageError{PW_TR("separation edit needs at least one of %1"),
                       "--name, --year, --notes, --scope-add, --scope-remove"};
    }
    if (fields) store.update(changed, user);
    if (!add.empty() || !remove.empty()) store.changeScope(p.id, fields ? version + 1 : version, add, remove, user);
    return show(*project, store, *store.project(p.id), m_json);
  }
  if (action == "advance") {
    SeparationStatus to = p.status;
    if (auto t = a.value("--to")) {
      const auto s = separationStatusFromKey(*t);
      if (!s) {
        throwBadInput(PW_TR("'%1' is not a project status (planning, design, construction, completed, accepted)"), {*t},
                      {.field = "status", .value = *t});
      }
      to = *s;
    } else if (p.status == SeparationStatus::Accepted) {
      throwBadInput(PW_TR("Project %1 is accepted, the last status; there is no step forward"), {p.name},
                    {.record = p.name});
    } else {
      to = static_cast<SeparationStatus>(static_cast<int>(p.status) + 1);
    }
    store.setStatus(p.id, version, to, a.value("--note").value_or(""), user);
    const auto after = *store.project(p.id);
    if (m_json) return show(*project, store, after, true);
    printLine(Cli::tr("Separation project %1 is now %2 (was %3)")
                  .arg(i18n::qs(after.name), separationStatusName(separationStatusKey(after.status)),
                       separationStatusName(separationStatusKey(p.status))));
    return Ok;
  }
  store.linkOrder(p.id, requiredOption(a, "--order"), user, version);
  if (m_json) return show(*project, store, *store.project(p.id), true);
  printLine(
      Cli::tr("Order %1 now carries out separation project %2").arg(i18n::qs(*a.value("--order")), i18n::qs(p.name)));
  return Ok;
}

}  // namespace pw::cli
