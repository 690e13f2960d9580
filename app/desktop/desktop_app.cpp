#include "desktop_app.h"

#include <csignal>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTimer>

#include "i18n.h"
#include "main_window.h"
#include "map_canvas.h"
#include "project_document.h"
#include "staged_device.h"

namespace pw::desktop {
namespace {

/// Saves the window as it is on screen once the first frame of the map is shown, then quits.
void takeScreenshotWhenReady(MainWindow& window, const QString& path) {
  auto save = [&window, path] {
    try {
      render::savePng(window.grab().toImage(), path.toStdString());
    } catch (const Error& e) {
      std::fprintf(stderr, "%s\n", i18n::errorText(e).toLocal8Bit().constData());
      QCoreApplication::exit(2);
      return;
    }
    std::printf("%s\n", path.toLocal8Bit().constData());
    QCoreApplication::exit(0);
  };
  QObject::connect(window.canvas(), &MapCanvas::frameShown, &window, [save, &window] {
    // A frame for a stale view is followed by the right one; save when the map shows the current view.
    if (window.canvas()->frameIsCurrent()) QTimer::singleShot(50, &window, save);
  });
  if (!window.document()->isOpen()) QTimer::singleShot(200, &window, save);
  QTimer::singleShot(60000, &window, [] {
    std::fprintf(stderr, "no map frame within 60 s\n");
    QCoreApplication::exit(3);
  });
}

}  // namespace

int runDesktop(int argc, char** argv) {
  std::signal(SIGXFSZ, SIG_IGN);  // past a file size limit a write fails (EFBIG) and is reported, not fatal
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("PipeWard"));
  QCoreApplication::setApplicationName(QStringLiteral("PipeWard"));
  QString lang;
  for (int i = 1; i + 1 < argc; ++i) {
    if (QString::fromLocal8Bit(argv[i]) == QLatin1String("--lang")) lang = QString::fromLocal8Bit(argv[i + 1]);
  }
  i18n::install(app, i18n::chooseLanguage(lang));
  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("Desktop", "PipeWard drainage network GIS"));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("project"),
                               QApplication::translate("Desktop", "The project file to open."));
  QCommandLineOption langOption(QStringLiteral("lang"),
                                QApplication::translate("Desktop", "Interface language (zh_CN or en)."),
                                QStringLiteral("lang"));
  QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"),
      QApplication::translate("Desktop", "Render the window after loading, save it as a PNG file and quit."),
      QStringLiteral("file"));
  QCommandLineOption findOption(QStringLiteral("find"),
                                QApplication::translate("Desktop", "Zoom to and select this pipe or manhole id."),
                                QStringLiteral("id"));
  QCommandLineOption showOption(
      QStringLiteral("show"),
      QApplication::translate("Desktop",
                              "Bring a panel to the front: todo, orders, dashboard, planning, issues or trace."),
      QStringLiteral("panel"));
  parser.addOption(langOption);
  parser.addOption(screenshotOption);
  parser.addOption(findOption);
  parser.addOption(showOption);
  parser.process(app);
  if (parser.isSet(langOption) && !i18n::isLanguage(parser.value(langOption))) {
    std::fprintf(stderr, "%s\n",
                 QApplication::translate("Desktop", "--lang takes zh_CN or en, not %1")
                     .arg(parser.value(langOption))
                     .toLocal8Bit()
                     .constData());
    return 1;
  }

  MainWindow window;
  if (!parser.positionalArguments().isEmpty()) {
    if (!window.openProject(parser.positionalArguments().first(), parser.isSet(screenshotOption))) {
      if (parser.isSet(screenshotOption)) return 2;
    }
  }
  window.show();
  if (parser.isSet(findOption) && !window.searchFeature(parser.value(findOption))) {
    std::fprintf(stderr, "%s\n",
                 QApplication::translate("Desktop", "No pipe or manhole with the id %1")
                     .arg(parser.value(findOption))
                     .toLocal8Bit()
                     .constData());
  }
  if (parser.isSet(showOption)) {
    auto* dock = window.findChild<QDockWidget*>(parser.value(showOption));
    if (!dock) {
      std::fprintf(stderr, "%s\n",
                   QApplication::translate("Desktop", "There is no panel %1")
                       .arg(parser.value(showOption))
                       .toLocal8Bit()
                       .constData());
      return 1;
    }
    dock->show();
    dock->raise();
    QTimer::singleShot(0, &window,
                       [&window, dock] { window.resizeDocks({dock}, {window.height() * 3 / 5}, Qt::Vertical); });
  }
  if (parser.isSet(screenshotOption)) takeScreenshotWhenReady(window, parser.value(screenshotOption));
  return app.exec();
}

}  // namespace pw::desktop
