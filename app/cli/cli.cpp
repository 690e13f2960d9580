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
  static const OptionSpec spec{
      {"--crs", "--as", "--profile", "--encoding", "--assume-crs", "--tolerance", "--user", "--lang", "--run"},
      {"--json", "--help", "--all"}};
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

QString severityName(const std::string& key) {
  return key == "error" ? Cli::tr("error") : Cli::tr("warning");
}

std::string Cli::positional(const ParsedArgs& a, std::size_t index, const char* what) {
  if (index + 1 >= a.positional.size()) throw UsageError{PW_TR("missing argument %1"), what};
  return a.positional[index + 1];
}

void Cli::printUsage() const {
  printLine(tr("Usage: pipeward-cli [--lang zh_CN|en] [--json] COMMAND ..."));
  printLine(QString());
  printLine(tr("Commands:"));
  printLine(tr("  init PROJECT [--crs EPSG:n]               create a project file"));
  printLine(tr("  import PROJECT SOURCE... [--as pipes|manholes|districts] [--profile P] [--encoding E]"));
  printLine(tr("         [--assume-crs EPSG:n] [--tolerance M] [--user NAME]"));
  printLine(tr("                                            import pipes, manholes or districts"));
  printLine(tr("  info PROJECT                              counts and lengths per district, CRS, import history"));
  printLine(tr("  check PROJECT [--run N]                   the faults imports found"));
  printLine(tr("  profiles                                  the field-mapping profiles"));
  printLine(QString());
  printLine(tr("Exit codes: 0 ok, 1 usage error, 2 bad input, 3 internal error, 4 cancelled."));
}

int Cli::run(const std::vector<std::string>& args) {
  try {
    return dispatch(args);
  } catch (const UsageError& e) {
    printError(tr("Usage error: %1").arg(i18n::text(e.message.c_str(), {e.detail})));
    printError(tr("Run 'pipeward-cli --help' for the commands."));
    return Usage;
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
      case ErrorKind::Cancelled:
        printError(tr("Cancelled: %1").arg(message));
        return Cancelled;
      case ErrorKind::Internal:
        printError(tr("Internal error: %1").arg(message));
        return Internal;
      default:
        printError(tr("Error: %1").arg(message));
        return BadInput;
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
  const std::string& command = a.positional.front();
  if (command == "init") return cmdInit(a);
  if (command == "import") return cmdImport(a);
  if (command == "info") return cmdInfo(a);
  if (command == "check") return cmdCheck(a);
  if (command == "profiles") return cmdProfiles(a);
  throw UsageError{PW_TR("unknown command %1"), command};
}

}  // namespace pw::cli
