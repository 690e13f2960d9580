// The desktop's open project shared with pipeward-cli: the document (its own connection and its snapshot loaders)
// saves, the CLI reads and writes the same file in between, nothing is lost and no save fails; once the document
// is closed the project is one file again. An open project is refused as a file to read (evidence, backgrounds), and
// the file dialogs do not read the files they list.
#include <sys/stat.h>

#include <QFileDialog>
#include <QProcess>
#include <QThreadPool>
#include <QtTest>

#include <filesystem>

#include "access/users.h"
#include "core/error.h"
#include "core/tempdir.h"
#include "file_dialogs.h"
#include "gui_support.h"
#include "main_window.h"
#include "project_document.h"
#include "read_only_path.h"
#include "store/project.h"

using namespace pw;
using namespace pw::desktop;
using namespace pw::test;

namespace {

/// Runs pipeward-cli; returns its exit code (stderr into `err`).
int cli(const QStringList& args, QString* err = nullptr) {
  QProcess p;
  p.start(QStringLiteral(PW_CLI), args);
  p.waitForFinished(60000);
  if (err) *err = QString::fromUtf8(p.readAllStandardError());
  return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void addPlanner(Project& project, const std::string& name) {
  User user;
  user.name = name;
  user.role = UserRole::Planner;
  UserStore(project).add(user, "", "admin");
}

ino_t inodeOf(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

qint64 sizeOf(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : static_cast<qint64>(size);
}

/// A new project open in a document, a first change saved (so the write-ahead log has content).
struct OpenProject {
  TempDir dir;
  std::string path = dir.path() + "/p.sqlite";
  std::unique_ptr<ProjectDocument> document;
  OpenProject() {
    Project::create(path, 4549);
    document = std::make_unique<ProjectDocument>();
    document->open(QString::fromStdString(path));
    addPlanner(document->project(), "desk-1");
  }
  /// Closes the document and waits for its loaders, which hold connections of their own.
  void close() {
    document->close();
    QThreadPool::globalInstance()->waitForDone();
  }
};

}  // namespace

class TestSharing : public QObject {
  Q_OBJECT

private slots:
  void theDocumentAndTheCliShareTheProjectAndClosingLeavesOneFile() {
    OpenProject open;
    const std::string& path = open.path;
    ProjectDocument& document = *open.document;
    document.reload(true);  // the snapshot loader's connection, opened and closed while the document's is open
    QVERIFY(sizeOf(path + "-wal") > 0);

    QString err;
    QCOMPARE(cli({QStringLiteral("info"), QString::fromStdString(path)}, &err), 0);
    QVERIFY2(sizeOf(path + "-wal") > 0, "pipeward-cli info removed the desktop's log");
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QString::fromStdString(path), QStringLiteral("cli-1"),
                  QStringLiteral("--role"), QStringLiteral("planner")},
                 &err),
             0);
    document.reload(true);
    addPlanner(document.project(), "desk-2");  // "disk I/O error" here when the log was removed under the document
    QVERIFY(UserStore(document.project()).find("cli-1").has_value());

    open.close();
    QCOMPARE(sizeOf(path + "-wal"), qint64(0));
    QVERIFY(!std::filesystem::exists(path + "-shm"));
    auto reopened = Project::open(path);
    for (const char* name : {"desk-1", "cli-1", "desk-2"}) QVERIFY2(UserStore(*reopened).find(name), name);
  }

  void aFileDialogShowingTheProjectFolderLeavesItsLocksAlone() {
    OpenProject open;
    const std::string& path = open.path;
    const auto walInode = inodeOf(path + "-wal");
    QVERIFY(walInode != 0);
    bool shown = false;
    int infoExit = -1;
    onNextDialog<QFileDialog>([&](QFileDialog* dialog) {
      shown = true;
      dialog->setViewMode(QFileDialog::Detail);  // icons and types of p.sqlite, its -wal and -shm are looked up
      QTest::qWait(1500);
      infoExit = cli({QStringLiteral("info"), QString::fromStdString(path)});
      dialog->reject();
    });
    files::openFileName(nullptr, QStringLiteral("Open"), QString::fromStdString(open.dir.path()),
                        QStringLiteral("All (*)"));
    QVERIFY(shown);
    QCOMPARE(infoExit, 0);
    QCOMPARE(inodeOf(path + "-wal"), walInode);  // a dialog reading the files would have let the CLI remove the log
    addPlanner(open.document->project(), "desk-2");
    open.close();
    auto reopened = Project::open(path);
    QVERIFY(UserStore(*reopened).find("desk-2").has_value());
  }

  void theOpenProjectCannotBeABackgroundLayer() {
    OpenProject open;
    bool refused = false;
    try {
      open.document->addVectorBackground(QString::fromStdString(open.path));  // GDAL would drop SQLite's locks on it
    } catch (const Error& e) {
      refused = std::string(e.what()).find("that PipeWard has open") != std::string::npos;
    }
    QVERIFY(refused);
    addPlanner(open.document->project(), "desk-2");
    open.close();
    QCOMPARE(sizeOf(open.path + "-wal"), qint64(0));
  }

  void aProjectInAReadOnlyFolderOpensForReadingAndRefusesEdits() {
    TempDir dir;
    const std::string path = dir.path() + "/p.sqlite";
    createSampleProject(QString::fromStdString(path));
    test::ReadOnlyPath readOnly(dir.path());
    if (!readOnly.effective()) QSKIP("cannot make a folder read-only here");
    auto window = openWindow(QString::fromStdString(path));
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), QStringLiteral("p.sqlite (read-only) - PipeWard"));
    QVERIFY(window->document()->snapshot() && !window->document()->snapshot()->pipes.ids.empty());
    QString refusal;
    try {
      addPlanner(window->document()->project(), "desk-1");
    } catch (const Error& e) {
      refusal = QString::fromUtf8(e.what());
    }
    QVERIFY2(refusal.contains(QStringLiteral("its folder")), qPrintable(refusal));
    window.reset();
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(!std::filesystem::exists(path + "-wal"));
    QVERIFY(!std::filesystem::exists(path + "-shm"));
  }
};

QTEST_MAIN(TestSharing)
#include "test_sharing.moc"
