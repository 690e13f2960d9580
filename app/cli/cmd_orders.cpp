// order create | bulk | edit | list | show | issue | accept | start | submit | return | close | suspend | resume |
// cancel
#include <filesystem>
#include <set>

#include "cli.h"
#include "cli_support.h"
#include "cmd_orders_common.h"
#include "core/error.h"
#include "core/paths.h"
#include "i18n.h"
#include "inspect/findings.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "orders/order_json.h"
#include "orders/orders.h"
#include "output.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw::cli {
namespace {

/// What every order subcommand works with.
struct OrderContext {
  const ParsedArgs& a;
  Project& project;
  const ProjectCatalogues& catalogues;
  OrderStore& store;
  std::string user;
  User actor;
  std::string today;
  bool json;

  int done(const QString& text, const nlohmann::json& doc) const {
    if (json) {
      printJson(doc);
    } else {
      printLine(text);
    }
    return Ok;
  }
};

std::vector<OrderItem> itemsFrom(const ParsedArgs& a) {
  std::vector<OrderItem> items;
  for (const std::string entity : {"defect", "misconnection"}) {
    for (const auto& text : a.all("--" + entity)) items.push_back({entity, recordNumber(text, "--" + entity)});
  }
  return items;
}

std::vector<Evidence> evidenceFrom(const ParsedArgs& a) {
  std::vector<Evidence> out;
  for (const auto& path : a.all("--evidence")) {
    if (!std::filesystem::is_regular_file(path)) {
      throw Error(ErrorKind::NotFound, PW_TR("The evidence file %1 does not exist"), {path},
                  {.file = path, .field = "evidence", .value = path});
    }
    out.push_back({std::filesystem::path(path).filename().string(), {}, path});  // the core reads it in pieces
  }
  return out;
}

std::string statesText() {
  std::string text;
  for (const auto s : allOrderStates()) text += (text.empty() ? "" : ", ") + std::string(orderStateKey(s));
  return text;
}

/// A linked finding in full, for `order show`.
std::pair<QString, nlohmann::json> findingDetail(Project& project, const ProjectCatalogues& catalogues,
                                                 const OrderItem& item) {
  nlohmann::json j{{"entity", item.entity}, {"id", item.id}};
  FindingsStore findings(project, catalogues.defects, catalogues.misconnections);
  if (item.entity == "defect") {
    const auto d = findings.defect(item.id);
    const auto inspection = d ? findings.inspection(d->inspectionId) : std::nullopt;
    if (!d || !inspection) {
      j["exists"] = false;
      return {Cli::tr("defect %1 (deleted)").arg(item.id), j};
    }
    const std::string pipe = pipeCodeOf(project, inspection->pipeId);
    const auto* type = catalogues.defects.type(d->code);
    j.update({{"exists", true},
              {"pipe", pipe},
              {"code", d->code},
              {"name", type ? type->name : std::string()},
              {"grade", d->grade},
              {"distance_m", d->distance},
              {"inspected_on", inspection->date},
              {"inspection", inspection->id}});
    return {Cli::tr("defect %1: pipe %2, %3 %4 grade %5 at %6 m (inspected %7)")
                .arg(item.id)
                .arg(i18n::qs(pipe), i18n::qs(d->code), i18n::qs(type ? type->name : std::string()))
                .arg(d->grade)
                .arg(i18n::qs(formatNumber(d->distance, 1)), i18n::qs(inspection->date)),
            j};
  }
  const auto m = findings.misconnection(item.id);
  if (!m) {
    j["exists"] = false;
    return {Cli::tr("misconnection %1 (deleted)").arg(item.id), j};
  }
  const auto grade =
      gradeMisconnection(catalogues.misconnections, {m->inflowDiameterMm, m->flowM3d, m->nh3nMgL, m->codMgL});
  const auto* type = MisconnectionCatalogue::find(catalogues.misconnections.types(), m->kind);
  const auto* status = MisconnectionCatalogue::find(catalogues.misconnections.statuses(), m->status);
  const auto* level = catalogues.misconnections.level(grade.level);
  QString at;
  if (m->manholeId) {
    at = Cli::tr("manhole %1").arg(i18n::qs(manholeCodeOf(project, *m->manholeId)));
    j["manhole"] = manholeCodeOf(project, *m->manholeId);
  } else if (m->pipeId) {
    at = Cli::tr("pipe %1").arg(i18n::qs(pipeCodeOf(project, *m->pipeId)));
    j["pipe"] = pipeCodeOf(project, *m->pipeId);
  } else if (m->location) {
    at = QStringLiteral("%1, %2").arg(m->location->x, 0, 'f', 1).arg(m->location->y, 0, 'f', 1);
  }
  j.update({{"exists", true}, {"type", m->kind}, {"status", m->status}, {"grade", grade.level}});
  return {Cli::tr("misconnection %1: %2 at %3, %4, %5")
              .arg(item.id)
              .arg(type ? i18n::qs(type->name) : i18n::qs(m->kind), at,
                   status ? i18n::qs(status->name) : i18n::qs(m->status),
                   level ? i18n::qs(level->name) : Cli::tr("not graded")),
          j};
}

/// The workflow steps `user` may take on the order now (the core's orderSteps, without the refused ones).
std::vector<OrderAction> possibleSteps(const User& user, const OrderRecord& o) {
  std::vector<OrderAction> out;
  for (const auto& step : orderSteps(user, o)) {
    if (!step.refusal) out.push_back(step.action);
  }
  return out;
}

int createOrder(const OrderContext& c) {
  OrderDraft draft;
  draft.items = itemsFrom(c.a);
  draft.kind = c.a.value("--kind").value_or("");
  draft.priority = c.a.value("--priority").value_or("");
  draft.assignee = c.a.value("--assignee").value_or("");
  draft.deadline = c.a.value("--deadline");
  draft.description = c.a.value("--description");
  draft.estimatedCost = optionNumber(c.a, "--cost");
  const auto o = *c.store.order(c.store.create(draft, c.user));
  if (c.json) return c.done({}, orderListJson(c.project, o, c.today));
  printLine(Cli::tr("Created order %1 (draft) in %2: %3, priority %4, deadline %5, assignee %6")
                .arg(i18n::qs(o.number), i18n::qs(o.districtName), orderKindName(o.kind), priorityName(o.priority),
                     i18n::qs(o.deadline.value_or("-")),
                     o.assignee.empty() ? QStringLiteral("-") : i18n::qs(o.assignee)));
  for (const auto& item : o.items) printLine(QStringLiteral("  ") + findingText(c.project, c.catalogues, item));
  return Ok;
}

int bulkOrders(const OrderContext& c) {
  BulkCriteria criteria;
  criteria.district = requiredOption(c.a, "--district");
  criteria.findings = requiredOption(c.a, "--findings");
  if (auto g = optionInt(c.a, "--min-grade")) criteria.minGrade = *g;
  OrderDraft common;
  common.assignee = c.a.value("--assignee").value_or("");
  common.priority = c.a.value("--priority").value_or("");
  common.deadline = c.a.value("--deadline");
  common.description = c.a.value("--description");
  std::vector<OrderRecord> created;
  for (const auto id : c.store.createBulk(criteria, common, c.user)) created.push_back(*c.store.order(id));
  if (c.json) {
    nlohmann::json orders = nlohmann::json::array();
    for (const auto& o : created) orders.push_back(orderListJson(c.project, o, c.today));
    printJson({{"count", created.size()}, {"orders", orders}});
    return Ok;
  }
  if (created.empty()) {
    printLine(Cli::tr("No %1 findings of grade %2 or worse in %3 are without an open order; no order was created")
                  .arg(i18n::qs(criteria.findings))
                  .arg(criteria.minGrade)
                  .arg(i18n::qs(criteria.district)));
    return Ok;
  }
  printLine(Cli::tr("Draft orders created in %1: %2").arg(i18n::qs(created.front().districtName)).arg(created.size()));
  printOrderTable(c.project, c.catalogues, created, c.today);
  return Ok;
}

int editOrder(const OrderContext& c, OrderRecord o) {
  bool any = false;
  auto set = [&](const char* name, auto apply) {
    if (auto v = c.a.value(name)) {
      apply(*v);
      any = true;
    }
  };
  set("--assignee", [&](const std::string& v) { o.assignee = v; });
  set("--priority", [&](const std::string& v) { o.priority = v; });
  set("--deadline", [&](const std::string& v) { o.deadline = v; });
  set("--description", [&](const std::string& v) { o.description = v; });
  if (auto v = optionNumber(c.a, "--cost")) {
    o.estimatedCost = *v;
    any = true;
  }
  if (auto v = optionNumber(c.a, "--actual-cost")) {
    o.actualCost = *v;
    any = true;
  }
  if (!any) {
    throw UsageError{PW_TR("order edit needs at least one of %1"),
                     "--assignee, --priority, --deadline, --description, --cost, --actual-cost"};
  }
  if (auto v = optionInteger(c.a, "--version")) o.version = *v;
  c.store.update(o, c.user);
  const auto after = *c.store.order(o.id);
  return c.done(Cli::tr("Updated order %1 (version %2)").arg(i18n::qs(after.number)).arg(after.version),
                orderListJson(c.project, after, c.today));
}

int stepOrder(const OrderContext& c, OrderAction action, const OrderRecord& o) {
  TransitionRequest r;
  r.action = action;
  r.version = optionInteger(c.a, "--version").value_or(o.version);
  r.note = c.a.value("--note").value_or("");
  if (auto d = c.a.value("--deadline")) {
    if (action != OrderAction::Suspend) {
      throw UsageError{PW_TR("%1 goes with suspend (the approved new deadline); change a deadline with order edit"),
                       "--deadline"};
    }
    r.newDeadline = *d;
  }
  if (auto s = c.a.value("--signed-by")) {
    if (action != OrderAction::Close)
      throw UsageError{PW_TR("%1 goes with close (a signed re-inspection record)"), "--signed-by"};
    r.signedBy = *s;
  }
  r.evidence = evidenceFrom(c.a);
  r.actualCost = optionNumber(c.a, "--actual-cost");
  // A closure the automatic check refuses is explained finding by finding.
  std::vector<UnresolvedFinding> blocking;
  if (action == OrderAction::Close && !r.signedBy && o.state == OrderState::Submitted) blocking = c.store.unresolved(o);
  try {
    c.store.transition(o.id, r, c.user);
  } catch (const Error& e) {
    if (blocking.empty() || e.kind() != ErrorKind::BadInput || !e.context().field.empty()) throw;
    const QString message = i18n::errorText(e);
    if (c.json) {
      nlohmann::json unresolved = nlohmann::json::array();
      for (const auto& u : blocking) {
        unresolved.push_back({{"entity", u.item.entity},
                              {"id", u.item.id},
                              {"label", u.label},
                              {"reason", i18n::text(u.reasonTemplate, u.args).toStdString()}});
      }
      printJson({{"error", message.toStdString()},
                 {"kind", static_cast<int>(e.kind())},
                 {"record", o.number},
                 {"unresolved", unresolved}});
    }
    printError(Cli::tr("Error: %1").arg(message));
    printError(Cli::tr("Not yet verified resolved:"));
    for (const auto& u : blocking) {
      printError(QStringLiteral("  %1: %2").arg(i18n::qs(u.label), i18n::text(u.reasonTemplate, u.args)));
    }
    printError(Cli::tr("Re-inspect (inspection add), or close with --signed-by NAME --evidence RECORD.pdf"));
    return BadInput;
  }
  const auto after = *c.store.order(o.id);
  const auto events = c.store.events(o.id);
  if (c.json) {
    auto j = orderListJson(c.project, after, c.today);
    if (!events.empty()) j["event"] = orderEventJson(events.back());
    printJson(j);
    return Ok;
  }
  printLine(Cli::tr("Order %1 is now %2 (was %3)")
                .arg(i18n::qs(after.number), orderStateName(orderStateKey(after.state)),
                     orderStateName(orderStateKey(o.state))));
  if (after.deadline != o.deadline) {
    printLine(Cli::tr("  deadline %1 (was %2)")
                  .arg(i18n::qs(after.deadline.value_or("-")), i18n::qs(o.deadline.value_or("-"))));
  }
  if (!r.evidence.empty()) printLine(Cli::tr("  evidence files kept: %1").arg(r.evidence.size()));
  return Ok;
}

int listOrders(const OrderContext& c) {
  OrderFilter filter;
  if (auto d = c.a.value("--district")) filter.districtId = districtIdOf(c.project, *d);
  if (auto s = c.a.value("--state")) {
    filter.state = orderStateFromKey(*s);
    if (!filter.state) {
      throwBadInput(PW_TR("'%1' is not an order state (%2)"), {*s, statesText()}, {.field = "state", .value = *s});
    }
  }
  if (auto p = c.a.value("--priority")) {
    if (!isPriority(*p)) {
      throwBadInput(PW_TR("'%1' is not a priority (urgent, high, normal, low)"), {*p},
                    {.field = "priority", .value = *p});
    }
    filter.priority = *p;
  }
  if (auto k = c.a.value("--kind")) {
    if (!isOrderKind(*k)) {
      throwBadInput(PW_TR("'%1' is not an order kind (repair, maintenance, separation, reinspection)"), {*k},
                    {.field = "kind", .value = *k});
    }
    filter.kind = *k;
  }
  filter.assignee = c.a.value("--assignee");
  filter.overdueOnly = c.a.flag("--overdue");
  filter.openOnly = c.a.flag("--open");
  const auto orders = c.store.list(filter);
  if (c.json) {
    nlohmann::json doc = nlohmann::json::array();
    for (const auto& o : orders) doc.push_back(orderListJson(c.project, o, c.today));
    printJson(doc);
    return Ok;
  }
  if (orders.empty()) {
    printLine(Cli::tr("No orders match."));
    return Ok;
  }
  printOrderTable(c.project, c.catalogues, orders, c.today);
  return Ok;
}

int showOrder(const OrderContext& c, const OrderRecord& o) {
  const auto events = c.store.events(o.id);
  std::vector<std::pair<QString, nlohmann::json>> findings;
  for (const auto& item : o.items) findings.push_back(findingDetail(c.project, c.catalogues, item));
  std::vector<UnresolvedFinding> blocking;
  if (o.state == OrderState::Submitted) blocking = c.store.unresolved(o);
  const auto steps = possibleSteps(c.actor, o);
  if (c.json) {
    nlohmann::json doc{{"order", orderListJson(c.project, o, c.today)}};
    doc["findings"] = nlohmann::json::array();
    for (const auto& f : findings) doc["findings"].push_back(f.second);
    doc["events"] = nlohmann::json::array();
    for (const auto& e : events) doc["events"].push_back(orderEventJson(e));
    if (o.state == OrderState::Submitted) {
      doc["blocking_closure"] = nlohmann::json::array();
      for (const auto& u : blocking) {
        doc["blocking_closure"].push_back({{"entity", u.item.entity},
                                           {"id", u.item.id},
                                           {"label", u.label},
                                           {"reason", i18n::text(u.reasonTemplate, u.args).toStdString()}});
      }
    }
    doc["possible_steps"] = nlohmann::json::array();
    for (const auto s : steps) doc["possible_steps"].push_back(orderActionKey(s));
    printJson(doc);
    return Ok;
  }
  const QString none = QStringLiteral("-");
  QString deadline = i18n::qs(o.deadline.value_or("-"));
  if (o.overdue(c.today)) deadline += Cli::tr(" (overdue by %1 day(s))").arg(daysFrom(*o.deadline, c.today));
  const std::vector<std::pair<QString, QString>> fields{
      {Cli::tr("district"), i18n::qs(o.districtName)},
      {Cli::tr("kind"), orderKindName(o.kind)},
      {Cli::tr("state"), orderStateName(orderStateKey(o.state))},
      {Cli::tr("priority"), priorityName(o.priority)},
      {Cli::tr("assignee"), o.assignee.empty() ? none : i18n::qs(o.assignee)},
      {Cli::tr("deadline"), deadline},
      {Cli::tr("description"), i18n::qs(o.description.value_or("-"))},
      {Cli::tr("estimated cost"), number(o.estimatedCost)},
      {Cli::tr("actual cost"), number(o.actualCost)},
      {Cli::tr("created"), Cli::tr("%1 by %2").arg(i18n::qs(o.createdAt), i18n::qs(o.createdBy))},
      {Cli::tr("issued"), i18n::qs(o.issuedAt.value_or("-"))},
      {Cli::tr("closed"), i18n::qs(o.closedAt.value_or("-"))},
  };
  int width = 0;
  for (const auto& f : fields) width = std::max(width, displayWidth(f.first));
  printLine(Cli::tr("Order %1 (id %2, version %3)").arg(i18n::qs(o.number)).arg(o.id).arg(o.version));
  for (const auto& [label, value] : fields) {
    printLine(QStringLiteral("  %1:%2 %3").arg(label, QString(width - displayWidth(label), QLatin1Char(' ')), value));
  }
  printLine(QString());
  printLine(Cli::tr("Findings:"));
  for (const auto& f : findings) printLine(QStringLiteral("  ") + f.first);
  printLine(QString());
  printLine(Cli::tr("Timeline:"));
  Table timeline(
      {Cli::tr("when"), Cli::tr("who"), Cli::tr("step"), Cli::tr("state"), Cli::tr("evidence"), Cli::tr("note")});
  for (const auto& e : events) {
    QStringList note;
    if (!e.note.empty()) note << i18n::qs(e.note);
    if (e.deadlineAfter) {
      note << Cli::tr("deadline %1 → %2").arg(i18n::qs(e.deadlineBefore.value_or("-")), i18n::qs(*e.deadlineAfter));
    }
    if (e.signedBy) note << Cli::tr("signed by %1").arg(i18n::qs(*e.signedBy));
    const QString states = e.fromState.empty()
                               ? orderStateName(e.toState)
                               : QStringLiteral("%1 → %2").arg(orderStateName(e.fromState), orderStateName(e.toState));
    timeline.addRow({i18n::qs(e.at), i18n::qs(e.user), orderActionName(e.action), states,
                     QString::number(e.evidence.size()), note.join(QStringLiteral("; "))});
  }
  timeline.print({4});
  if (o.state == OrderState::Submitted) {
    printLine(QString());
    if (blocking.empty()) {
      printLine(Cli::tr("Nothing blocks closure: every finding is verified resolved."));
    } else {
      printLine(Cli::tr("Blocking closure:"));
      for (const auto& u : blocking) {
        printLine(QStringLiteral("  %1: %2").arg(i18n::qs(u.label), i18n::text(u.reasonTemplate, u.args)));
      }
    }
  }
  QStringList stepNames;
  for (const auto s : steps) stepNames << QString::fromLatin1(orderActionKey(s));
  printLine(QString());
  printLine(stepNames.isEmpty()
                ? Cli::tr("%1 can take no step on this order now.").arg(i18n::qs(c.user))
                : Cli::tr("Steps %1 can take now: %2").arg(i18n::qs(c.user), stepNames.join(QStringLiteral(", "))));
  return Ok;
}

}  // namespace

int Cli::cmdOrder(const ParsedArgs& a) {
  static const std::set<std::string> kOther{"create", "bulk", "edit", "assign", "list", "show"};
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  const auto step = orderActionFromKey(action);
  if (!step && !kOther.count(action)) {
    throw UsageError{PW_TR("order takes create, bulk, edit, assign, list, show, issue, accept, start, submit, return, "
                           "close, suspend, resume or cancel, not '%1'"),
                     action};
  }
  const std::string path = positional(a, 1, "PROJECT");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  OrderStore store(*project, catalogues);
  const std::string user = actingUser(a, *project);
  const OrderContext c{a,     *project, catalogues, store, user, UserStore(*project).require(user), todayIso(*project),
                       m_json};
  if (action == "create") return createOrder(c);
  if (action == "bulk") return bulkOrders(c);
  if (action == "list") return listOrders(c);
  const auto order = [&] {
    const std::string ref = positional(a, 2, "ORDER");
    try {
      return store.require(ref);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::NotFound) throw;
      throw Error(ErrorKind::NotFound, e.messageTemplate(), e.args(), {.record = ref, .field = "order", .value = ref});
    }
  }();
  if (action == "assign" && !a.value("--assignee")) {
    throw UsageError{PW_TR("order assign needs --assignee (a team or contractor)"), ""};
  }
  if (action == "edit" || action == "assign") return editOrder(c, order);
  if (action == "show") return showOrder(c, order);
  return stepOrder(c, *step, order);
}

}  // namespace pw::cli
