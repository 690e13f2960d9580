#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <cstdio>

#include "access/users.h"
#include "core/error.h"
#include "crs/proj.h"
#include "export_dialog.h"
#include "file_dialogs.h"
#include "findings_tools.h"
#include "i18n.h"
#include "identify_panel.h"
#include "import_wizard.h"
#include "inspection_panel.h"
#include "issues_panel.h"
#include "layers_panel.h"
#include "map_canvas.h"
#include "order_work.h"
#include "planning_work.h"
#include "project_document.h"
#include "report_dialog.h"
#include "staged_device.h"
#include "trace_panel.h"

namespace pw::desktop {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_document(new ProjectDocument(this)) {
  m_canvas = new MapCanvas(m_document, this);
  setCentralWidget(m_canvas);
  createDocks();
  m_tools = new FindingsTools(m_document, m_canvas, m_trace, this);
  m_orderWork = new OrderWork(this, m_document, m_canvas);
  connect(m_orderWork, &OrderWork::locateRequested, this, [this](Point at) { zoomAround(at, 30); });
  connect(m_inspection, &InspectionPanel::raiseOrderRequested, m_orderWork, &OrderWork::raiseOrderForDefects);
  connect(m_tools, &FindingsTools::raiseOrderRequested, m_orderWork, &OrderWork::raiseOrder);
  m_planning = new PlanningWork(this, m_document, m_canvas);
  connect(m_planning, &PlanningWork::message, this,
          [this](const QString& text) { statusBar()->showMessage(text, 8000); });
  connect(m_tools, &FindingsTools::traceShown, this, [this] {
    if (auto* dock = qobject_cast<QDockWidget*>(m_trace->parentWidget())) dock->raise();
  });
  createActions();
  m_coordinates = new QLabel(this);
  m_lonLat = new QLabel(this);
  m_scale = new QLabel(this);
  m_userLabel = new QLabel(this);
  statusBar()->addPermanentWidget(m_userLabel);
  statusBar()->addPermanentWidget(m_coordinates);
  statusBar()->addPermanentWidget(m_lonLat);
  statusBar()->addPermanentWidget(m_scale);
  connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursorPosition);
  connect(m_canvas, &MapCanvas::viewChanged, this, [this] {
    m_scale->setText(tr("Scale 1:%1").arg(QLocale().toString(m_canvas->view().scaleDenominator(), 'f', 0)));
  });
  connect(m_canvas, &MapCanvas::clicked, this, &MainWindow::onMapClicked);
  connect(m_tools, &FindingsTools::message, this,
          [this](const QString& text) { statusBar()->showMessage(text, 8000); });
  connect(m_document, &ProjectDocument::editRefused, this,
          [this](const QString& message) { QMessageBox::warning(this, tr("Undo"), message); });
  connect(m_inspection, &InspectionPanel::recordDefectRequested, this,
          [this](std::int64_t pipeId) { m_tools->recordDefect(pipeId, std::nullopt); });
  connect(m_tools, &FindingsTools::defectPicked, this, [this](std::int64_t pipeId, std::int64_t defectId) {
    m_document->select(findFeatureById(m_document->project(), FeatureLayer::Pipe, pipeId));
    m_inspection->selectDefect(defectId);
  });
  connect(m_trace, &TracePanel::locateRequested, this, [this](Point at) { zoomAround(at, 30); });
  connect(m_trace, &TracePanel::locatePipeRequested, this, [this](std::int64_t pipeId) {
    if (auto ref = findFeatureById(m_document->project(), FeatureLayer::Pipe, pipeId)) {
      m_canvas->zoomToBox(ref->box, 0.1);
      m_document->select(ref);
    }
  });
  connect(m_document, &ProjectDocument::userChanged, this, &MainWindow::updateUserLabel);
  connect(m_document, &ProjectDocument::closed, this, &MainWindow::updateUserLabel);
  connect(m_document, &ProjectDocument::opened, this, [this] {
    updateTitle();
    updateUserLabel();
    m_toLonLat.reset();
    if (m_document->epsg()) {
      try {
        m_toLonLat = std::make_unique<proj::Transformer>("EPSG:" + std::to_string(m_document->epsg()), "EPSG:4490");
      } catch (const Error&) {  // no geographic readout then
      }
    }
  });
  connect(m_document, &ProjectDocument::snapshotChanged, this, [this] {
    m_districtMenu->clear();
    if (auto s = m_document->snapshot()) {
      for (const auto& d : s->districts) {
        const Box box = d.box;
        m_districtMenu->addAction(QString::fromStdString(d.name), this, [this, box] { m_canvas->zoomToBox(box); });
      }
      statusBar()->showMessage(tr("%1 pipes, %2 manholes, %3 districts")
                                   .arg(s->pipes.size())
                                   .arg(s->manholes.size())
                                   .arg(s->districts.size()),
                               5000);
    }
  });
  connect(m_document, &ProjectDocument::loadFailed, this,
          [this](const QString& message) { QMessageBox::warning(this, tr("PipeWard"), message); });
  connect(m_issues, &IssuesPanel::issueActivated, this, [this](const StoredIssue& is) {
    if (!is.x || !is.y) return;
    zoomAround({*is.x, *is.y}, 30);
    if (auto ref = m_document->isOpen() ? findFeatureByCode(m_document->project(), is.recordCode) : std::nullopt) {
      m_document->select(ref);
    }
  });
  updateTitle();
  resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
  m_layers = new LayersPanel(m_document, this);
  connect(m_layers, &LayersPanel::styleChanged, m_canvas, &MapCanvas::setStyle);
  auto* layersDock = new QDockWidget(tr("Layers and legend"), this);
  layersDock->setObjectName(QStringLiteral("layers"));
  layersDock->setWidget(m_layers);
  addDockWidget(Qt::LeftDockWidgetArea, layersDock);
  m_identify = new IdentifyPanel(m_document, this);
  auto* identifyDock = new QDockWidget(tr("Identify"), this);
  identifyDock->setObjectName(QStringLiteral("identify"));
  identifyDock->setWidget(m_identify);
  addDockWidget(Qt::RightDockWidgetArea, identifyDock);
  m_issues = new IssuesPanel(m_document, this);
  auto* issuesDock = new QDockWidget(tr("Import issues"), this);
  issuesDock->setObjectName(QStringLiteral("issues"));
  issuesDock->setWidget(m_issues);
  addDockWidget(Qt::BottomDockWidgetArea, issuesDock);
  m_inspection = new InspectionPanel(m_document, this);
  auto* inspectionDock = new QDockWidget(tr("Inspection"), this);
  inspectionDock->setObjectName(QStringLiteral("inspection"));
  inspectionDock->setWidget(m_inspection);
  addDockWidget(Qt::RightDockWidgetArea, inspectionDock);
  splitDockWidget(identifyDock, inspectionDock, Qt::Vertical);
  m_trace = new TracePanel(m_document, this);
  auto* traceDock = new QDockWidget(tr("Trace"), this);
  traceDock->setObjectName(QStringLiteral("trace"));
  traceDock->setWidget(m_trace);
  addDockWidget(Qt::BottomDockWidgetArea, traceDock);
  tabifyDockWidget(issuesDock, traceDock);
  issuesDock->raise();
  resizeDocks({layersDock, identifyDock}, {250, 420}, Qt::Horizontal);
  resizeDocks({identifyDock, inspectionDock}, {260, 520}, Qt::Vertical);
  resizeDocks({issuesDock}, {170}, Qt::Vertical);
}

void MainWindow::createActions() {
  auto* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&New project..."), QKeySequence::New, this, &MainWindow::newProject);
  file->addAction(tr("&Open project..."), QKeySequence::Open, this, &MainWindow::openProjectDialog);
  m_recentMenu = file->addMenu(tr("Recent projects"));
  updateRecentMenu();
  file->addSeparator();
  auto* importAction =
      file->addAction(tr("&Import survey data..."), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importData);
  file->addAction(tr("Add background &raster..."), this, [this] { addBackground(true); });
  file->addAction(tr("Add background &vector..."), this, [this] { addBackground(false); });
  file->addSeparator();
  auto* exportAction = file->addAction(tr("&Export map as PNG..."), this, &MainWindow::exportPngDialog);
  file->addAction(tr("Export &layer..."), this, [this] {
    if (!m_document->isOpen()) return;
    ExportDialog dialog(m_document, this);
    dialog.exec();
  });
  file->addAction(tr("&Reports..."), QKeySequence(tr("Ctrl+R")), this, [this] {
    if (!m_document->isOpen()) return;
    ReportDialog dialog(m_document, this);
    dialog.exec();
  });
  file->addAction(tr("Switch &user..."), this, &MainWindow::switchUserDialog);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

  auto* edit = menuBar()->addMenu(tr("&Edit"));
  auto* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  auto* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
  redo->setShortcut(QKeySequence::Redo);
  edit->addAction(undo);
  edit->addAction(redo);

  auto* view = menuBar()->addMenu(tr("&View"));
  auto* full = view->addAction(tr("&Full extent"), QKeySequence(Qt::Key_Home), m_canvas, &MapCanvas::zoomToFullExtent);
  auto* zoomIn = view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, this, [this] { m_canvas->zoomBy(1.5); });
  auto* zoomOut = view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, this, [this] { m_canvas->zoomBy(1 / 1.5); });
  m_districtMenu = view->addMenu(tr("Zoom to &district"));

  auto* tools = menuBar()->addMenu(tr("&Tools"));
  auto* group = new QActionGroup(this);
  auto tool = [&](const QString& text, MapCanvas::Tool canvasTool, FindingsTools::Mode mode) {
    auto* action = tools->addAction(text);
    action->setCheckable(true);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, canvasTool, mode] {
      m_tools->setMode(mode);
      m_canvas->setTool(canvasTool);
    });
    return action;
  };
  auto* pan = tool(tr("&Pan and identify"), MapCanvas::Tool::Pan, FindingsTools::Mode::None);
  pan->setChecked(true);
  auto* box = tool(tr("&Zoom box"), MapCanvas::Tool::ZoomBox, FindingsTools::Mode::None);
  tools->addSeparator();
  auto* defect = tool(tr("Record &defect"), MapCanvas::Tool::Point, FindingsTools::Mode::RecordDefect);
  auto* misconnection =
      tool(tr("Record &misconnection point"), MapCanvas::Tool::Point, FindingsTools::Mode::RecordMisconnection);
  tools->addSeparator();
  auto* down = tool(tr("Trace do&wnstream"), MapCanvas::Tool::Point, FindingsTools::Mode::TraceDown);
  auto* up = tool(tr("Trace &upstream"), MapCanvas::Tool::Point, FindingsTools::Mode::TraceUp);
  tools->addAction(tr("&Clear trace"), m_tools, &FindingsTools::clearTrace);
  tools->addSeparator();
  auto* drawArea = tool(tr("Draw community &area"), MapCanvas::Tool::Point, FindingsTools::Mode::None);
  connect(group, &QActionGroup::triggered, this, [this, drawArea](QAction* chosen) {
    if (chosen == drawArea) {
      m_planning->startDrawing();
    } else {
      m_planning->stopDrawing();
    }
  });

  m_orderWork->addMenu(menuBar()->addMenu(tr("&Orders")));
  m_planning->addMenu(menuBar()->addMenu(tr("&Planning")));

  auto* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About PipeWard"), this, [this] {
    QMessageBox::about(this, tr("About PipeWard"),
                       tr("PipeWard (管网卫士): the drainage network, its defects, misconnections and rectification "
                          "orders, district by district."));
  });

  auto* bar = addToolBar(tr("Map"));
  bar->setObjectName(QStringLiteral("maptools"));
  bar->addAction(importAction);
  bar->addSeparator();
  bar->addAction(pan);
  bar->addAction(box);
  bar->addAction(full);
  bar->addAction(zoomIn);
  bar->addAction(zoomOut);
  bar->addAction(exportAction);
  bar->addSeparator();
  bar->addAction(undo);
  bar->addAction(redo);
  bar->addAction(defect);
  bar->addAction(misconnection);
  bar->addAction(down);
  bar->addAction(up);
  bar->addSeparator();
  m_search = new QLineEdit(this);
  m_search->setPlaceholderText(tr("Find pipe or manhole id"));
  m_search->setClearButtonEnabled(true);
  m_search->setMaximumWidth(240);
  bar->addWidget(m_search);
  connect(m_search, &QLineEdit::returnPressed, this, [this] { searchFeature(m_search->text().trimmed()); });
}

bool MainWindow::openProject(const QString& path, bool quiet) {
  try {
    m_document->open(path);
    rememberRecent(QFileInfo(path).absoluteFilePath());
    return true;
  } catch (const Error& e) {
    if (quiet) {
      std::fprintf(stderr, "%s\n", i18n::errorText(e).toLocal8Bit().constData());
    } else {
      QMessageBox::warning(this, tr("Open project"), i18n::errorText(e));
    }
    return false;
  }
}

void MainWindow::newProject() {
  const QString path = files::saveFileName(this, tr("New project"), QString(), tr("PipeWard project (*.sqlite)"));
  if (path.isEmpty()) return;
  bool ok = false;
  const QString crs = QInputDialog::getText(this, tr("New project"),
                                            tr("Project CRS (EPSG code, empty to take it from the first import):"),
                                            QLineEdit::Normal, QStringLiteral("EPSG:4549"), &ok);
  if (!ok) return;
  try {
    std::optional<int> epsg;
    if (!crs.trimmed().isEmpty()) epsg = crs::parseEpsg(crs.trimmed().toStdString());
    m_document->create(path, epsg);
    rememberRecent(QFileInfo(path).absoluteFilePath());
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("New project"), i18n::errorText(e));
  }
}

void MainWindow::openProjectDialog() {
  const QString path =
      files::openFileName(this, tr("Open project"), QString(), tr("PipeWard project (*.sqlite);;All files (*)"));
  if (!path.isEmpty()) openProject(path);
}

void MainWindow::importData() {
  if (!m_document->isOpen()) {
    QMessageBox::information(this, tr("Import"), tr("Open or create a project first."));
    return;
  }
  auto* wizard = new ImportWizard(m_document, this);
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  connect(wizard, &ImportWizard::issueActivated, this, [this](double x, double y) { zoomAround({x, y}, 30); });
  wizard->open();
}

void MainWindow::addBackground(bool raster) {
  if (!m_document->isOpen() || !m_document->epsg()) {
    QMessageBox::information(this, tr("Background"), tr("Open a project with a CRS first."));
    return;
  }
  const QString path =
      files::openFileName(this, raster ? tr("Add background raster") : tr("Add background vector"), QString(),
                          raster ? tr("Images (*.tif *.tiff *.jpg *.png *.img *.vrt);;All files (*)")
                                 : tr("Vector data (*.dxf *.shp *.gpkg *.geojson *.kml);;All files (*)"));
  if (path.isEmpty()) return;
  try {
    raster ? m_document->addRasterBackground(path) : m_document->addVectorBackground(path);
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("Background"), i18n::errorText(e));
  }
}

void MainWindow::exportPng(const QString& path) {
  render::savePng(m_canvas->renderImage(m_canvas->size()), path.toStdString());
}

void MainWindow::exportPngDialog() {
  const QString path = files::saveFileName(this, tr("Export map"), QStringLiteral("map.png"), tr("PNG image (*.png)"));
  if (path.isEmpty()) return;
  try {
    exportPng(path);
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("Export map"), i18n::errorText(e));
  }
}

bool MainWindow::searchFeature(const QString& code) {
  if (!m_document->isOpen() || code.isEmpty()) return false;
  const auto ref = findFeatureByCode(m_document->project(), code.toStdString());
  if (!ref) {
    statusBar()->showMessage(tr("No pipe or manhole with the id %1").arg(code), 5000);
    return false;
  }
  m_canvas->zoomToBox(ref->box, 0.1);
  selectFeature(ref);
  return true;
}

void MainWindow::selectFeature(const std::optional<FeatureRef>& feature) { m_document->select(feature); }

void MainWindow::onMapClicked(const std::optional<FeatureRef>& feature, Point at) {
  if (m_planning->handleClick(at)) return;
  if (m_tools->handleClick(feature, at)) return;
  if (m_orderWork->pickOrder(at, m_canvas->view().metresPerPixel())) return;
  if (m_tools->pickFinding(at, 6 * m_canvas->view().metresPerPixel())) return;
  selectFeature(feature);
}

void MainWindow::zoomAround(Point at, double halfSize) {
  Box box;
  box.add(at.x - halfSize, at.y - halfSize);
  box.add(at.x + halfSize, at.y + halfSize);
  m_canvas->zoomToBox(box);
}

void MainWindow::showCursorPosition(double x, double y) {
  m_coordinates->setText(tr("X %1  Y %2 (EPSG:%3)").arg(x, 0, 'f', 2).arg(y, 0, 'f', 2).arg(m_document->epsg()));
  if (m_toLonLat) {
    std::vector<double> xy{x, y};
    try {
      m_toLonLat->transform(xy);
      m_lonLat->setText(tr("E %1°  N %2°").arg(xy[0], 0, 'f', 6).arg(xy[1], 0, 'f', 6));
    } catch (const Error&) {
      m_lonLat->clear();
    }
  }
}

void MainWindow::updateRecentMenu() {
  m_recentMenu->clear();
  const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
  for (const auto& path : recent) m_recentMenu->addAction(path, this, [this, path] { openProject(path); });
  m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QString& path) {
  QSettings settings;
  QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > 8) recent.removeLast();
  settings.setValue(QStringLiteral("recentProjects"), recent);
  updateRecentMenu();
}

QString MainWindow::roleName(UserRole role) {
  switch (role) {
    case UserRole::FieldTeam: return tr("field team");
    case UserRole::DistrictManager: return tr("district manager");
    case UserRole::Planner: return tr("housing bureau planner");
    case UserRole::CityAdmin: return tr("city administrator");
  }
  return {};
}

void MainWindow::updateUserLabel() {
  if (!m_document->isOpen()) {
    m_userLabel->clear();
    return;
  }
  const auto user = UserStore(m_document->project()).find(m_document->userName().toStdString());
  QString where;
  if (user && user->role == UserRole::FieldTeam) where = i18n::qs(user->team);
  if (user && user->role == UserRole::DistrictManager) where = i18n::qs(user->districtName);
  m_userLabel->setText(user ? tr("User: %1 (%2%3)")
                                  .arg(m_document->userName(), roleName(user->role),
                                       where.isEmpty() ? QString() : QStringLiteral(", ") + where)
                            : tr("User: %1").arg(m_document->userName()));
}

void MainWindow::switchUserDialog() {
  if (!m_document->isOpen()) return;
  QStringList names;
  for (const auto& u : UserStore(m_document->project()).list()) {
    if (u.active) names << i18n::qs(u.name);
  }
  bool ok = false;
  const QString name =
      QInputDialog::getItem(this, tr("Switch user"), tr("Work as (this attributes your work; it is not a login):"),
                            names, std::max(0, static_cast<int>(names.indexOf(m_document->userName()))), false, &ok);
  if (!ok) return;
  try {
    m_document->setUserName(name);
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("Switch user"), i18n::errorText(e));
  }
}

void MainWindow::updateTitle() {
  if (!m_document->isOpen()) {
    setWindowTitle(tr("PipeWard"));
    return;
  }
  const QString name = QFileInfo(m_document->path()).fileName();
  // A project in a read-only place opens for reading; its edits are refused with the reason.
  setWindowTitle(m_document->project().isReadOnly() ? tr("%1 (read-only) - PipeWard").arg(name)
                                                    : tr("%1 - PipeWard").arg(name));
}

}  // namespace pw::desktop
