#pragma once
// pipeward-cli: the command dispatcher and the commands. Every command calls the core; this layer only parses,
// translates and prints. Exit codes: 0 ok, 1 usage, 2 bad input, 3 internal error, 4 cancelled, 5 not permitted,
// 6 conflict.
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QString>

#include "args.h"

namespace pw {
class Feedback;
}

namespace pw::cli {

/// Makes a command's Feedback the one SIGINT cancels, for its lifetime.
class FeedbackScope {
public:
  explicit FeedbackScope(Feedback& feedback);
  ~FeedbackScope();
  FeedbackScope(const FeedbackScope&) = delete;
  FeedbackScope& operator=(const FeedbackScope&) = delete;
};

enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, Internal = 3, Cancelled = 4, NotPermitted = 5, Conflicted = 6 };

class Cli {
  Q_DECLARE_TR_FUNCTIONS(Cli)
public:
  /// Runs the command line (arguments without the program name). Never throws.
  int run(const std::vector<std::string>& args);
  /// The feedback of the running command, for the SIGINT handler (may be null).
  static Feedback* activeFeedback();

private:
  int dispatch(const std::vector<std::string>& args);
  int cmdInit(const ParsedArgs& a);
  int cmdImport(const ParsedArgs& a);
  int cmdInfo(const ParsedArgs& a);
  int cmdCheck(const ParsedArgs& a);
  int cmdProfiles(const ParsedArgs& a);
  int cmdFindings(const ParsedArgs& a);
  int cmdAssess(const ParsedArgs& a);
  int cmdTrace(const ParsedArgs& a);
  int cmdImportInspections(const ParsedArgs& a);
  int cmdAudit(const ParsedArgs& a);
  int cmdUser(const ParsedArgs& a);
  int cmdOrder(const ParsedArgs& a);
  int cmdTodo(const ParsedArgs& a);
  int cmdKpi(const ParsedArgs& a);
  int cmdKpiOrders(const ParsedArgs& a);
  int cmdOrderRules(const ParsedArgs& a);
  int cmdReport(const ParsedArgs& a);
  int cmdArea(const ParsedArgs& a);
  int cmdSeparation(const ParsedArgs& a);
  int cmdPlan(const ParsedArgs& a);
  int cmdExport(const ParsedArgs& a);
  int cmdBackup(const ParsedArgs& a);
  int cmdProject(const ParsedArgs& a);
  void printUsage() const;
  /// The positional argument at index (after the command), or a UsageError naming what is missing.
  static std::string positional(const ParsedArgs& a, std::size_t index, const char* what);

  bool m_json = false;
};

/// Display names for values the core keeps as keys.
QString drainageName(const std::string& key);
QString roleName(const std::string& key);
QString severityName(const std::string& key);

}  // namespace pw::cli
