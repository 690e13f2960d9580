#include "import_wizard.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUnhandledException>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/error.h"
#include "core/feedback.h"
#include "file_dialogs.h"
#include "i18n.h"
#include "import_pages.h"
#include "project_document.h"

namespace pw::desktop {

bool FilesPageWidget::isComplete() const { return !m_wizard->entries().empty(); }

ImportWizard::ImportWizard(ProjectDocument* document, QWidget* parent) : QWizard(parent), m_document(document) {
  setWindowTitle(tr("Import survey data"));
  setWizardStyle(QWizard::ClassicStyle);
  setOption(QWizard::NoBackButtonOnLastPage, true);
  setOption(QWizard::NoCancelButtonOnLastPage, true);
  setPage(FilesPage, createFilesPage());
  setPage(ReviewPage, createReviewPage());
  setPage(RunPage, createRunPage());
  setPage(ResultPage, createResultPage());
  resize(980, 680);
}

ImportWizard::~ImportWizard() {
  if (m_feedback) m_feedback->cancel();
}

QWizardPage* ImportWizard::createFilesPage() {
  auto* page = new FilesPageWidget(this);
  page->setTitle(tr("Choose the files"));
  page->setSubTitle(
      tr("Shapefiles (or zipped shapefiles, GeoPackages, GeoJSON ...) of pipes, manholes and districts. "
         "Several at once are imported together, all or nothing."));
  auto* layout = new QVBoxLayout(page);
  m_fileList = new QListWidget(page);
  layout->addWidget(m_fileList);
  auto* buttons = new QHBoxLayout;
  auto* add = new QPushButton(tr("Add files..."), page);
  auto* remove = new QPushButton(tr("Remove"), page);
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch();
  layout->addLayout(buttons);
  connect(add, &QPushButton::clicked, this, [this] {
    const QStringList paths =
        files::openFileNames(this, tr("Add files"), QString(),
                             tr("Vector data (*.shp *.zip *.gpkg *.geojson *.json *.dxf *.sqlite);;All files (*)"));
    addFiles(paths);
  });
  connect(remove, &QPushButton::clicked, this, [this, page] {
    const int row = m_fileList->currentRow();
    if (row < 0) return;
    m_entries.erase(m_entries.begin() + row);
    delete m_fileList->takeItem(row);
    page->notifyChanged();
  });
  return page;
}

void ImportWizard::addFiles(const QStringList& paths) {
  for (const auto& path : paths) {
    ImportEntry entry;
    entry.path = path;
    m_entries.push_back(std::move(entry));
    m_fileList->addItem(path);
  }
  if (auto* page = qobject_cast<FilesPageWidget*>(this->page(FilesPage))) page->notifyChanged();
}

void ImportWizard::replan(std::size_t index) {
  auto& e = m_entries[index];
  e.plan.reset();
  e.error.clear();
  // Gauss-Kruger coordinates without a zone prefix are recognised from the project CRS or another file's.
  int hint = m_document->epsg();
  for (const auto& other : m_entries) {
    if (hint == 0 && other.plan && other.plan->source->info().crs) hint = other.plan->source->info().crs->epsg;
  }
  try {
    e.plan = planImport(e.path.toStdString(), e.options, hint);
  } catch (const Error& error) {
    e.error = i18n::errorText(error);
  }
}

bool ImportWizard::allPlanned() const {
  return !m_entries.empty() && std::all_of(m_entries.begin(), m_entries.end(),
                                           [](const ImportEntry& e) { return e.plan && e.plan->source->info().crs; });
}

QWizardPage* ImportWizard::createRunPage() {
  auto* page = new RunPageWidget(this);
  page->setTitle(tr("Importing"));
  page->setSubTitle(tr("The project changes only when every file has been read and checked."));
  auto* layout = new QVBoxLayout(page);
  m_stage = new QLabel(page);
  m_stage->setWordWrap(true);
  m_progress = new QProgressBar(page);
  m_cancel = new QPushButton(tr("Cancel import"), page);
  layout->addWidget(m_stage);
  layout->addWidget(m_progress);
  layout->addWidget(m_cancel, 0, Qt::AlignLeft);
  layout->addStretch();
  connect(m_cancel, &QPushButton::clicked, this, [this] {
    if (m_feedback) m_feedback->cancel();
  });
  return page;
}

void RunPageWidget::initializePage() { m_wizard->startImport(); }

bool RunPageWidget::isComplete() const { return !m_wizard->running() && m_wizard->report().has_value(); }

void ImportWizard::reportProgress(const QString& stage, long long done, long long total) {
  m_stage->setText(stage);
  if (total > 0) {
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(1000 * done / total));
  } else {
    m_progress->setRange(0, 0);
  }
}

void ImportWizard::startImport() {
  m_report.reset();
  m_runError.clear();
  m_cancel->setEnabled(true);
  std::vector<ImportPlan> plans;
  for (const auto& e : m_entries) {
    plans.push_back(*e.plan);
    plans.back().options.user = m_document->userName().toStdString();  // attributed to who works, as every change
  }
  m_feedback = std::make_unique<Feedback>([this](const std::string& stage, std::int64_t done, std::int64_t total) {
    QMetaObject::invokeMethod(
        this, [this, s = QString::fromStdString(stage), done, total] { reportProgress(s, done, total); },
        Qt::QueuedConnection);
  });
  Feedback* feedback = m_feedback.get();
  const std::string path = m_document->path().toStdString();
  // The import writes through its own connection on a worker thread; the interface stays live and can cancel.
  auto* watcher = new QFutureWatcher<ImportReport>(this);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
    watcher->deleteLater();
    try {
      try {
        m_report = watcher->result();
      } catch (const QUnhandledException& wrapped) {  // QtConcurrent wraps what it does not know
        if (wrapped.exception()) std::rethrow_exception(wrapped.exception());
        throw;
      }
    } catch (const Error& e) {
      m_runError = i18n::errorText(e);
    } catch (const std::exception& e) {
      m_runError = QString::fromUtf8(e.what());
    }
    finishImport();
  });
  watcher->setFuture(QtConcurrent::run([path, plans = std::move(plans), feedback]() mutable {
    auto project = Project::open(path);
    return runImport(*project, plans, *feedback);
  }));
}

void ImportWizard::finishImport() {
  m_feedback.reset();
  m_cancel->setEnabled(false);
  m_progress->setRange(0, 1000);
  if (!m_runError.isEmpty()) {
    m_stage->setText(tr("The import was not done, and the project is unchanged:\n%1").arg(m_runError));
    m_progress->setValue(0);
  } else {
    m_progress->setValue(1000);
    m_stage->setText(tr("Done."));
    try {
      m_document->refresh();
    } catch (const Error& e) {
      m_runError = i18n::errorText(e);
    }
    emit importFinished();
  }
  if (auto* page = qobject_cast<RunPageWidget*>(this->page(RunPage))) page->notifyChanged();
  if (m_report) next();
}

QWizardPage* ImportWizard::createResultPage() {
  auto* page = new QWizardPage(this);
  page->setTitle(tr("Result"));
  page->setSubTitle(
      tr("Errors are features that were not imported; warnings were imported with the fault. "
         "Double-click a fault to see it on the map."));
  auto* layout = new QVBoxLayout(page);
  m_summary = new QLabel(page);
  m_summary->setWordWrap(true);
  m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_issues = new QTableWidget(page);
  m_issues->setColumnCount(5);
  m_issues->setHorizontalHeaderLabels({tr("Severity"), tr("Layer"), tr("Feature"), tr("Id"), tr("Description")});
  m_issues->horizontalHeader()->setStretchLastSection(true);
  m_issues->verticalHeader()->hide();
  m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
  layout->addWidget(m_summary);
  layout->addWidget(m_issues, 1);
  connect(m_issues, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    if (!m_report || row < 0 || row >= static_cast<int>(m_report->issues.size())) return;
    const auto& is = m_report->issues[static_cast<std::size_t>(row)];
    if (!is.where) return;
    emit issueActivated(is.where->x, is.where->y);
    accept();
  });
  connect(this, &QWizard::currentIdChanged, this, [this](int id) {
    if (id != ResultPage || !m_report) return;
    QStringList lines;
    for (const auto& run : m_report->runs) {
      lines << tr("%1: %2 read, %3 new, %4 updated, %5 not imported (encoding %6, %7)")
                   .arg(QFileInfo(QString::fromStdString(run.path)).fileName())
                   .arg(run.featuresRead)
                   .arg(run.inserted)
                   .arg(run.updated)
                   .arg(run.skipped)
                   .arg(QString::fromStdString(run.encoding), QString::fromStdString(run.crs));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_issues->setRowCount(static_cast<int>(m_report->issues.size()));
    for (int row = 0; row < m_issues->rowCount(); ++row) {
      const auto& is = m_report->issues[static_cast<std::size_t>(row)];
      m_issues->setItem(row, 0, new QTableWidgetItem(is.severity == Severity::Error ? tr("Error") : tr("Warning")));
      m_issues->setItem(row, 1, new QTableWidgetItem(i18n::text(roleKey(is.layer), {})));
      m_issues->setItem(row, 2, new QTableWidgetItem(is.featureNo > 0 ? QString::number(is.featureNo) : QString()));
      m_issues->setItem(row, 3, new QTableWidgetItem(QString::fromStdString(is.recordCode)));
      m_issues->setItem(row, 4, new QTableWidgetItem(i18n::text(is.messageTemplate, is.args)));
    }
    m_issues->resizeColumnsToContents();
  });
  return page;
}

}  // namespace pw::desktop
