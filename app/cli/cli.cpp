#include "cli.h"

#include <atomic>

#include "core/error.h"
#include "core/feedback.h"
#include "i18n.h"
#include "output.h"

namespace pw::cli {
namespace {

std::atomic<Feedback*> g_feedback{nullptr};

const OptionSpec& optionSpec() {
  static const OptionSpec spec{{"--crs",           "--as",           "--profile",
                                "--encoding",      "--assume-crs",   "--tolerance",
                                "--user",          "--lang",         "--run",
                                "--pipe",          "--manhole",      "--date",
                                "--method",        "--direction",    "--team",
                                "--length",        "--notes",        "--inspection",
                                "--code",          "--grade",        "--distance",
                                "--clock",         "--description",  "--photo",
                                "--type",          "--source",       "--inflow-diameter",
                                "--flow",          "--nh3n",         "--cod",
                                "--weather",       "--sampled",      "--cause",
                                "--status",        "--at",           "--district",
                                "--role",          "--display-name", "--defect",
                                "--misconnection", "--kind",         "--priority",
                                "--assignee",      "--deadline",     "--cost",
                                "--findings",      "--min-grade",    "--actual-cost",
                                "--note",          "--evidence",     "--signed-by",
                                "--version",       "--state",        "--period",
                                "--metric",        "--format",       "--ids",
                                "--out",           "--name",         "--wkt",
                                "--address",       "--build-year",   "--households",
                                "--year",          "--areas",        "--scope",
                                "--scope-add",     "--scope-remove", "--to",
                                "--order",         "--top",          "--select",
                                "--time-zone"},
                               {"--json", "--help", "--all", "--overdue", "--open", "--overwrite"}};
  return spec;
}

}  // namespace

Feedback* Cli::activeFeedback() { return g_feedback.load(); }

FeedbackScope::FeedbackScope(Feedback& feedback) { g_feedback.store(&feedback); }
FeedbackScope::~FeedbackScope() { g_feedback.store(nullptr); }

QString drainageName(const std::string& key) {
  if (key == "rain") return Cli::tr("rain");
  if (key == "sewage") return Cli::tr("sewage");
  if (key == "combined") return Cli::tr("combined");
  return Cli::tr("unknown");
}

QString roleName(const std::string& key) {
  if (key == "pipes") return Cli::tr("pipes");
  if (key == "manholes") return Cli::tr("manholes");
  if (key == "districts") return Cli::tr("districts");
  return i18n::qs(key);
}

QString severityName(const std::string& key) { return key == "error" ? Cli::tr("error") : Cli::tr("warning"); }

std::string Cli::positional(const ParsedArgs& a, std::size_t index, const char* what) {
  if (index + 1 >= a.positional.size()) throw UsageError{PW_TR("missing argument %1"), what};
  return a.positional[index + 1];
}

void Cli::printUsage() const {
  printLine(tr("Usage: pipeward-cli [--lang zh_CN|en] [--json] COMMAND ..."));
  printLine(QString());
  printLine(tr("Commands:"));
  printLine(tr("  init PROJECT [--crs EPSG:n] [--user ADMIN]  create a project file (ADMIN: its first administrator)"));
  printLine(tr("  import PROJECT SOURCE... [--as pipes|manholes|districts] [--profile P] [--encoding E]"));
  printLine(tr("         [--assume-crs EPSG:n] [--tolerance M] [--user NAME]"));
  printLine(tr("                                            import pipes, manholes or districts"));
  printLine(tr("  info PROJECT                              counts and lengths per district, CRS, import history"));
  printLine(tr("  project show|set PROJECT [--time-zone ZONE]   the project's time zone (set: city administrators)"));
  printLine(tr("  check PROJECT [--run N]                   the faults imports found"));
  printLine(tr("  profiles                                  the field-mapping profiles"));
  printLine(tr("  inspection add|list|edit|delete PROJECT [ID] --pipe CODE --date D [--method cctv|qv|sonar|visual]"));
  printLine(tr("         [--direction with_flow|against_flow] [--team T] [--length M] [--notes N] [--version N]"));
  printLine(tr("  defect add|list|edit|delete PROJECT [ID] --inspection N --code PL --grade 3 --distance M"));
  printLine(tr("         [--length M] [--clock 0903] [--description T] [--photo FILE]... [--version N]"));
  printLine(tr("  misconnection add|list|edit|delete PROJECT [ID] (--manhole C | --pipe C | --at X,Y) --type KEY"));
  printLine(
      tr("         [--source KIND] [--inflow-diameter MM] [--flow M3D] [--nh3n MG] [--cod MG] [--weather dry|rain]"));
  printLine(tr("         [--sampled DATE] [--cause T] [--status KEY] [--photo FILE]... [--version N]"));
  printLine(tr("         edit and delete take --version N, the version you read: a stale one is a conflict (exit 6)"));
  printLine(
      tr("  import-inspections PROJECT FILE.csv [--date D] [--method M] [--direction D] [--team T] [--encoding E]"));
  printLine(tr("                                            CCTV results, all rows or none"));
  printLine(tr("  assess PROJECT [--pipe CODE] [--district NAME]   CJJ 181 grades, RI, MI; misconnection density"));
  printLine(tr("  trace up|down PROJECT (--pipe CODE | --manhole CODE)   follow the flow, list findings on the way"));
  printLine(tr("  audit PROJECT ENTITY ID                   the changes to one record"));
  printLine(
      tr("  user add|list|deactivate|reactivate PROJECT [NAME] --role field_team|district_manager|planner|city_admin"));
  printLine(tr("         [--team T] [--district D] [--display-name N]   who works with the project"));
  printLine(
      tr("  order create PROJECT (--defect ID | --misconnection ID)... [--kind K] [--priority P] [--assignee A]"));
  printLine(tr("         [--deadline D] [--description T] [--cost C]   raise a draft order from findings"));
  printLine(tr("  order bulk PROJECT --district D --findings structural|functional|misconnection [--min-grade N]"));
  printLine(tr("         [--assignee A] [--priority P] [--deadline D] [--description T]"));
  printLine(tr("                                            one order per pipe or point not yet in an open order"));
  printLine(tr("  order edit PROJECT ORDER [--assignee A] [--priority P] [--deadline D] [--description T] [--cost C]"));
  printLine(tr("         [--actual-cost C]                  change an open order (ORDER: its number or id)"));
  printLine(tr("  order assign PROJECT ORDER --assignee A    give an open order to a team or contractor"));
  printLine(tr("  order issue|accept|start|submit|return|close|suspend|resume|cancel PROJECT ORDER [--note T]"));
  printLine(tr("         [--deadline D] [--evidence FILE]... [--signed-by NAME] [--actual-cost C] [--version N]"));
  printLine(tr("                                            a workflow step; --version: the version you saw"));
  printLine(tr("  order list PROJECT [--district D] [--state S] [--overdue] [--open] [--assignee A] [--priority P]"));
  printLine(tr("         [--kind K]                         the orders, soonest deadline first"));
  printLine(tr("  order show PROJECT ORDER                  fields, findings, timeline, what still blocks closure"));
  printLine(tr("  todo PROJECT                              your own work, most pressing first"));
  printLine(tr("  kpi PROJECT [--period 2026-03|2026-Q1|2026|FROM..TO] [--district D]"));
  printLine(tr("                                            district KPIs in rank order (default: this month)"));
  printLine(tr("  kpi-orders PROJECT --metric M [--period P] [--district D]   the orders behind one KPI number"));
  printLine(tr("         M: due, closed_of_due, closed_on_time, late_open, overdue, closed_in_period, submitted,"));
  printLine(tr("            returned, open:STATE"));
  printLine(
      tr("  order-rules show|set PROJECT [FILE.json]  default priorities and deadlines (set: city administrators)"));
  printLine(tr("  report district|city PROJECT [--district D] [--period P] [--format pdf|xlsx] --out FILE"));
  printLine(tr("                                            the printed district report or city summary"));
  printLine(tr("  report separation PROJECT [--year Y] [--district D] [--top N] [--format pdf|xlsx] --out FILE"));
  printLine(tr("                                            the separation programme: projects, budgets, progress,"));
  printLine(tr("                                            the N best candidate areas for the next one (default 10)"));
  printLine(tr("  report ledger|defects|misconnections PROJECT [--district D] --out FILE.xlsx"));
  printLine(tr("                                            the order ledger and the registers as Excel workbooks"));
  printLine(tr("  area import PROJECT SOURCE [--profile P] [--encoding E] [--assume-crs EPSG:n]"));
  printLine(tr("                                            community areas from a polygon file, all rows or none"));
  printLine(tr("  area add PROJECT --name N --wkt POLYGON((...)) [--address A] [--build-year Y] [--households N]"));
  printLine(tr("         [--kind old_residential|campus|block]   an area drawn in the project CRS"));
  printLine(tr("  area list|show PROJECT [AREA] [--district D]   areas; show: misconnections, combined pipes,"));
  printLine(tr("                                            mixed-flow manholes, where the flow ends, open orders"));
  printLine(tr("  separation create PROJECT --name N --year Y --areas 1,2 [--scope auto|none] [--scope-add E:ID]..."));
  printLine(tr("         [--notes T]                        a separation project (planners, city administrators)"));
  printLine(tr("  separation list|show PROJECT [ID] [--year Y] [--status S]   budget and progress"));
  printLine(tr(
      "  separation edit PROJECT ID [--name N] [--year Y] [--notes T] [--scope-add E:ID]... [--scope-remove E:ID]..."));
  printLine(tr("  separation advance PROJECT ID [--to STATUS] [--note T]   next status, or back one step with a note"));
  printLine(
      tr("  separation link-order PROJECT ID --order NUMBER [--version N]   an order that carries the project out"));
  printLine(tr("  plan rank PROJECT [--district D] [--top N] [--select 1,2,3]   candidate areas ranked; totals"));
  printLine(tr("  plan costs show|set PROJECT [FILE.json]   unit costs and ranking weights"));
  printLine(tr("  export PROJECT LAYER OUTPUT [--format gpkg|shp|geojson|csv] [--encoding GBK|UTF-8] [--district D]"));
  printLine(
      tr("         [--type rain|sewage|combined] [--state S] [--overdue] [--grade N] [--min-grade N] [--ids 1,2,3]"));
  printLine(
      tr("         [--overwrite]   LAYER: pipes, manholes, districts, defects, misconnections, orders, import_issues"));
  printLine(
      tr("  backup PROJECT OUT [--overwrite]          a consistent, checked copy, also while the project is open"));
  printLine(QString());
  printLine(tr("Every command that changes the project acts as --user NAME, else $PIPEWARD_USER, else the project's"));
  printLine(tr("first administrator (init --user NAME names it); the user's role decides what is allowed."));
  printLine(tr("Exit codes: 0 ok, 1 usage error, 2 bad input, 3 internal error, 4 cancelled, 5 not permitted,"));
  printLine(tr("6 conflict (someone else changed the record first)."));
}

int Cli::run(const std::vector<std::string>& args) {
  try {
    return dispatch(args);
  } catch (const UsageError& e) {
    printError(tr("Usage error: %1").arg(i18n::text(e.message.c_str(), {e.detail})));
    printError(tr("Run 'pipeward-cli --help' for the commands."));
    return Usage;
  } catch (const BatchError& e) {
    if (m_json) {
      nlohmann::json doc{{"error", i18n::errorText(e).toStdString()}, {"problems", nlohmann::json::array()}};
      for (const auto& p : e.problems()) {
        doc["problems"].push_back({{"row", p.row},
                                   {"field", p.field},
                                   {"value", p.value},
                                   {"message", i18n::text(p.messageTemplate, p.args).toStdString()}});
      }
      printJson(doc);
    }
    printError(tr("Error: %1").arg(i18n::errorText(e)));
    for (const auto& p : e.problems()) {
      printError(tr("  row %1, %2: %3").arg(p.row).arg(i18n::qs(p.field), i18n::text(p.messageTemplate, p.args)));
    }
    return BadInput;
  } catch (const Error& e) {
    const QString message = i18n::errorText(e);
    if (m_json) {
      nlohmann::json doc{{"error", message.toStdString()}, {"kind", static_cast<int>(e.kind())}};
      const auto& c = e.context();
      if (!c.file.empty()) doc["file"] = c.file;
      if (c.feature > 0) doc["feature"] = c.feature;
      if (!c.field.empty()) doc["field"] = c.field;
      if (!c.value.empty()) doc["value"] = c.value;
      printJson(doc);
    }
    switch (e.kind()) {
      case ErrorKind::Cancelled: printError(tr("Cancelled: %1").arg(message)); return Cancelled;
      case ErrorKind::Internal: printError(tr("Internal error: %1").arg(message)); return Internal;
      case ErrorKind::Permission: printError(tr("Not permitted: %1").arg(message)); return NotPermitted;
      case ErrorKind::Conflict: printError(tr("Conflict: %1").arg(message)); return Conflicted;
      default: printError(tr("Error: %1").arg(message)); return BadInput;
    }
  } catch (const std::exception& e) {
    printError(tr("Internal error: %1").arg(QString::fromUtf8(e.what())));
    return Internal;
  }
}

int Cli::dispatch(const std::vector<std::string>& args) {
  const ParsedArgs a = parseArgs(args, optionSpec());
  m_json = a.flag("--json");
  if (a.flag("--help") || a.positional.empty()) {
    printUsage();
    return a.positional.empty() && !a.flag("--help") ? Usage : Ok;
  }
  if (auto lang = a.value("--lang"); lang && !i18n::isLanguage(QString::fromStdString(*lang))) {
    throw UsageError{PW_TR("--lang takes zh_CN or en, not %1"), *lang};
  }
  const std::string& command = a.positional.front();
  if (command == "init") return cmdInit(a);
  if (command == "import") return cmdImport(a);
  if (command == "info") return cmdInfo(a);
  if (command == "check") return cmdCheck(a);
  if (command == "profiles") return cmdProfiles(a);
  if (command == "inspection" || command == "defect" || command == "misconnection") return cmdFindings(a);
  if (command == "assess") return cmdAssess(a);
  if (command == "trace") return cmdTrace(a);
  if (command == "import-inspections") return cmdImportInspections(a);
  if (command == "audit") return cmdAudit(a);
  if (command == "user") return cmdUser(a);
  if (command == "order") return cmdOrder(a);
  if (command == "todo") return cmdTodo(a);
  if (command == "kpi") return cmdKpi(a);
  if (command == "kpi-orders") return cmdKpiOrders(a);
  if (command == "order-rules") return cmdOrderRules(a);
  if (command == "report") return cmdReport(a);
  if (command == "area") return cmdArea(a);
  if (command == "separation") return cmdSeparation(a);
  if (command == "plan") return cmdPlan(a);
  if (command == "export") return cmdExport(a);
  if (command == "backup") return cmdBackup(a);
  if (command == "project") return cmdProject(a);
  throw UsageError{PW_TR("unknown command %1"), command};
}

}  // namespace pw::cli
