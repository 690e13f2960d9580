#include "planning_work.h"

#include <cmath>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>

#include "core/error.h"
#include "file_dialogs.h"
#include "i18n.h"
#include "map_canvas.h"
#include "message_style.h"
#include "plan/communities.h"
#include "plan/community_import.h"
#include "planning_panel.h"
#include "project_document.h"

namespace pw::desktop {

PlanningWork::PlanningWork(QMainWindow* window, ProjectDocument* document, MapCanvas* canvas)
    : QObject(window), m_window(window), m_document(document), m_canvas(canvas) {
  m_panel = new PlanningPanel(document, window);
  m_dock = new QDockWidget(tr("Separation planning"), window);
  m_dock->setObjectName(QStringLiteral("planning"));
  m_dock->setWidget(m_panel);
  window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
  if (auto* first = window->findChild<QDockWidget*>(QStringLiteral("issues"))) window->tabifyDockWidget(first, m_dock);
  connect(m_panel, &PlanningPanel::areaRequested, this, [this](std::int64_t id) {
    if (const auto snapshot = m_document->snapshot()) {
      for (const auto& a : snapshot->communities) {
        if (a.id == id) m_canvas->zoomToBox(a.box, 0.2);
      }
    }
  });
  connect(m_document, &ProjectDocument::closed, this, &PlanningWork::stopDrawing);
}

void PlanningWork::addMenu(QMenu* menu) {
  menu->addAction(tr("&Separation planning"), this, [this] {
    m_dock->show();
    m_dock->raise();
  });
  menu->addAction(tr("&Import community areas..."), this, [this] {
    const QString path = files::openFileName(m_window, tr("Import community areas"), QString(),
                                             tr("Polygon files (*.shp *.gpkg *.geojson *.json)"));
    if (!path.isEmpty()) importAreas(path);
  });
}

void PlanningWork::startDrawing() {
  m_drawing = true;
  m_sketch.clear();
  m_canvas->setSketch({});
  emit message(tr("Click the corners of the area; click the first corner again to close it"));
}

void PlanningWork::stopDrawing() {
  m_drawing = false;
  m_sketch.clear();
  m_canvas->setSketch({});
}

bool PlanningWork::handleClick(Point at) {
  if (!m_drawing || !m_document->isOpen()) return false;
  const double closeWithin = 8 * m_canvas->view().metresPerPixel();
  if (m_sketch.size() >= 3 && std::hypot(at.x - m_sketch.front().x, at.y - m_sketch.front().y) <= closeWithin) {
    if (finishArea()) {
      m_sketch.clear();
      m_canvas->setSketch({});
    }
    return true;
  }
  m_sketch.push_back(at);
  m_canvas->setSketch(m_sketch);
  return true;
}

std::int64_t PlanningWork::finishArea() {
  if (m_sketch.size() < 3) return 0;
  QDialog dialog(m_window);
  dialog.setWindowTitle(tr("New community area"));
  auto* form = new QFormLayout(&dialog);
  auto* name = new QLineEdit(&dialog);
  name->setObjectName(QStringLiteral("areaName"));
  auto* kind = new QComboBox(&dialog);
  kind->addItem(tr("old residential community"), QStringLiteral("old_residential"));
  kind->addItem(tr("campus"), QStringLiteral("campus"));
  kind->addItem(tr("street block"), QStringLiteral("block"));
  auto* address = new QLineEdit(&dialog);
  auto* year = new QSpinBox(&dialog);
  year->setRange(0, 2100);
  year->setSpecialValueText(tr("unknown"));
  auto* households = new QSpinBox(&dialog);
  households->setRange(-1, 1000000);
  households->setValue(-1);
  households->setSpecialValueText(tr("unknown"));
  auto* error = makeErrorLabel(&dialog);
  form->addRow(tr("Name"), name);
  form->addRow(tr("Kind"), kind);
  form->addRow(tr("Address"), address);
  form->addRow(tr("Build year"), year);
  form->addRow(tr("Households"), households);
  form->addRow(error);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  form->addRow(buttons);
  std::int64_t created = 0;
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
    Community c;
    c.name = name->text().trimmed().toStdString();
    c.kind = kind->currentData().toString().toStdString();
    if (!address->text().trimmed().isEmpty()) c.address = address->text().trimmed().toStdString();
    if (year->value() > 0) c.buildYear = year->value();
    if (households->value() >= 0) c.households = households->value();
    Polygon polygon;
    std::vector<Point> ring = m_sketch;
    ring.push_back(m_sketch.front());
    polygon.rings.push_back(std::move(ring));
    c.polygons.push_back(std::move(polygon));
    try {
      created = CommunityStore(m_document->project()).add(c, m_document->userName().toStdString());
      dialog.accept();
    } catch (const Error& e) {
      error->setText(i18n::errorText(e));
    }
  });
  if (dialog.exec() != QDialog::Accepted) return 0;
  emit message(tr("Community area %1 added").arg(name->text().trimmed()));
  m_document->findingsChanged();  // the map's areas and the planning lists follow
  return created;
}

bool PlanningWork::importAreas(const QString& path) {
  try {
    const auto report =
        importCommunities(m_document->project(), path.toStdString(), {}, m_document->userName().toStdString());
    emit message(tr("%1: %2 areas added, %3 updated (%4, %5)")
                     .arg(path)
                     .arg(report.inserted)
                     .arg(report.updated)
                     .arg(i18n::qs(report.encoding), i18n::qs(report.crs)));
  } catch (const Error& e) {
    QMessageBox::warning(m_window, tr("Import community areas"), i18n::errorText(e));
    return false;
  }
  m_document->findingsChanged();
  m_dock->show();
  m_dock->raise();
  return true;
}

}  // namespace pw::desktop
