#include "findings_tools.h"

#include <QMessageBox>
#include <QWidget>

#include "core/error.h"
#include "edit_commands.h"
#include "findings_dialogs.h"
#include "i18n.h"
#include "inspect/linear_ref.h"
#include "map/network_snapshot.h"
#include "map_canvas.h"
#include "network/features.h"
#include "project_document.h"
#include "report/trace_report.h"
#include "store/project.h"
#include "trace_panel.h"

namespace pw::desktop {
namespace {

/// How far along the pipe (from its upstream end) the point nearest to `at` lies.
double distanceFromUpstream(Project& project, std::int64_t pipeId, Point at) {
  const auto xy = pipeVertices(project, pipeId);
  if (xy.size() < 4) return 0;
  return distanceAlong(xy, at.x, at.y, InspectionDirection::WithFlow);
}

}  // namespace

FindingsTools::FindingsTools(ProjectDocument* document, MapCanvas* canvas, TracePanel* tracePanel, QWidget* window)
    : QObject(window), m_document(document), m_canvas(canvas), m_tracePanel(tracePanel), m_window(window) {
  connect(m_tracePanel, &TracePanel::cleared, this, [this] { m_canvas->setHighlightedPipes({}); });
  connect(m_document, &ProjectDocument::closed, this, [this] { m_canvas->setHighlightedPipes({}); });
}

void FindingsTools::setMode(Mode mode) {
  m_mode = mode;
  m_canvas->setTool(mode == Mode::None ? MapCanvas::Tool::Pan : MapCanvas::Tool::Point);
  switch (mode) {
    case Mode::RecordDefect: emit message(tr("Click on a pipe where the defect is")); break;
    case Mode::RecordMisconnection: emit message(tr("Click on the manhole, pipe or spot of the misconnection")); break;
    case Mode::TraceDown:
    case Mode::TraceUp: emit message(tr("Click on a pipe or manhole to trace from")); break;
    case Mode::None: break;
  }
}

bool FindingsTools::handleClick(const std::optional<FeatureRef>& feature, Point at) {
  if (m_mode == Mode::None || !m_document->isOpen()) return false;
  switch (m_mode) {
    case Mode::RecordDefect:
      if (!feature || feature->layer != FeatureLayer::Pipe) {
        emit message(tr("Click on a pipe to record a defect on it"));
      } else {
        recordDefect(feature->id, at);
      }
      break;
    case Mode::RecordMisconnection: recordMisconnection(feature, at); break;
    case Mode::TraceDown:
    case Mode::TraceUp:
      if (!feature) {
        emit message(tr("Click on a pipe or manhole to trace from"));
      } else {
        trace(*feature, m_mode == Mode::TraceDown ? NetworkGraph::Direction::Down : NetworkGraph::Direction::Up);
      }
      break;
    case Mode::None: break;
  }
  return true;
}

std::optional<std::int64_t> FindingsTools::recordDefect(std::int64_t pipeId, std::optional<Point> at) {
  try {
    const double along = at ? distanceFromUpstream(m_document->project(), pipeId, *at) : 0;
    DefectDialog dialog(m_document, pipeId, along, m_window);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    const auto id = addDefect(*m_document, dialog.draft());
    m_document->select(FeatureRef{FeatureLayer::Pipe, pipeId, {}, {}});
    emit message(tr("Defect recorded"));
    return id;
  } catch (const Error& e) {
    QMessageBox::warning(m_window, tr("Record a defect"), i18n::errorText(e));
    return std::nullopt;
  }
}

std::optional<std::int64_t> FindingsTools::recordMisconnection(const std::optional<FeatureRef>& feature, Point at) {
  try {
    std::optional<std::int64_t> manhole, pipe;
    if (feature && feature->layer == FeatureLayer::Manhole) manhole = feature->id;
    if (feature && feature->layer == FeatureLayer::Pipe) pipe = feature->id;
    MisconnectionDialog dialog(m_document, at, manhole, pipe, m_window);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    const auto id = addMisconnection(*m_document, dialog.draft());
    emit message(tr("Misconnection point recorded"));
    return id;
  } catch (const Error& e) {
    QMessageBox::warning(m_window, tr("Record a misconnection point"), i18n::errorText(e));
    return std::nullopt;
  }
}

bool FindingsTools::pickFinding(Point at, double tolerance) {
  const auto snapshot = m_document->snapshot();
  if (!snapshot || !m_document->isOpen()) return false;
  const auto& style = m_canvas->style();
  if (style.misconnectionsVisible) {
    if (const auto item = pickPoint(snapshot->misconnections, at.x, at.y, tolerance)) {
      editMisconnectionPoint(snapshot->misconnections.ids[*item]);
      return true;
    }
  }
  if (style.defectsVisible) {
    if (const auto item = pickPoint(snapshot->defects, at.x, at.y, tolerance)) {
      const auto defectId = snapshot->defects.ids[*item];
      auto& findings = m_document->findings();
      const auto defect = findings.defect(defectId);
      const auto inspection = defect ? findings.inspection(defect->inspectionId) : std::nullopt;
      const std::int64_t pipeId = inspection ? inspection->pipeId : 0;
      if (pipeId) emit defectPicked(pipeId, defectId);
      return pipeId != 0;
    }
  }
  return false;
}

bool FindingsTools::editMisconnectionPoint(std::int64_t id) {
  try {
    const auto record = m_document->findings().misconnection(id);
    if (!record) return false;
    MisconnectionDialog dialog(m_document, record->location.value_or(Point{}), record->manholeId, record->pipeId,
                               m_window);
    dialog.loadMisconnection(*record);
    if (dialog.exec() != QDialog::Accepted) {
      if (dialog.raiseOrderRequested()) emit raiseOrderRequested({{"misconnection", id}});
      return dialog.raiseOrderRequested();
    }
    if (dialog.deleteRequested()) {
      deleteMisconnection(*m_document, id);
      emit message(tr("Misconnection point deleted"));
    } else {
      editMisconnection(*m_document, dialog.draft().record);
      emit message(tr("Misconnection point saved"));
    }
    return true;
  } catch (const Error& e) {
    QMessageBox::warning(m_window, tr("Misconnection point"), i18n::errorText(e));
    return false;
  }
}

bool FindingsTools::trace(const FeatureRef& from, NetworkGraph::Direction direction) {
  try {
    auto& project = m_document->project();
    const auto& graph = m_document->graph();
    const QString label =
        i18n::qs(from.layer == FeatureLayer::Pipe ? pipeCodeOf(project, from.id) : manholeCodeOf(project, from.id));
    auto trace = from.layer == FeatureLayer::Pipe ? traceFromPipeChecked(project, graph, from.id, direction)
                                                  : graph.traceFromManhole(from.id, direction);
    const auto report = reportTrace(project, m_document->findings(), graph, std::move(trace));
    m_canvas->setHighlightedPipes(m_document->pipeItems(report.trace.pipes));
    m_tracePanel->showTrace(report, direction, label);
    emit message(tr("%1 pipes traced").arg(report.trace.pipes.size()));
    emit traceShown();
    return true;
  } catch (const Error& e) {
    emit message(i18n::errorText(e));
    QMessageBox::information(m_window, tr("Trace"), i18n::errorText(e));
    return false;
  }
}

void FindingsTools::clearTrace() {
  m_tracePanel->clear();
  m_canvas->setHighlightedPipes({});
}

}  // namespace pw::desktop
