#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>

#include "cli.h"
#include "core/feedback.h"
#include "i18n.h"

namespace {

extern "C" void onInterrupt(int) {
  // Only an atomic store here: the running import sees it at its next progress report and rolls back.
  if (auto* feedback = pw::cli::Cli::activeFeedback()) feedback->cancel();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  // Drawing a report needs fonts, hence a QGuiApplication; the CLI never shows a window, so it draws offscreen.
  const bool drawing = std::find(args.begin(), args.end(), "report") != args.end();
  if (drawing && !std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  std::unique_ptr<QCoreApplication> application =
      drawing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
  QCoreApplication& app = *application;
  QString lang;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--lang" && i + 1 < args.size()) lang = QString::fromStdString(args[i + 1]);
    if (args[i].rfind("--lang=", 0) == 0) lang = QString::fromStdString(args[i].substr(7));
  }
  pw::i18n::install(app, pw::i18n::chooseLanguage(lang));
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
  // Past a file size limit (ulimit -f) a write then fails with EFBIG, which the writers report and clean up after,
  // instead of the process being killed with a half-written file left behind.
  std::signal(SIGXFSZ, SIG_IGN);
  return pw::cli::Cli().run(args);
}
