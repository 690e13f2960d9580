#include "trace_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "findings_dialogs.h"
#include "i18n.h"
#include "inspect/misconnection_grading.h"
#include "project_document.h"

namespace pw::desktop {
namespace {
enum Role { PipeRole = Qt::UserRole + 1, XRole, YRole };
}

TracePanel::TracePanel(ProjectDocument* document, QWidget* parent) : QWidget(parent), m_document(document) {
  auto* layout = new QVBoxLayout(this);
  m_summary = new QLabel(tr("Choose Trace downstream or Trace upstream and click a pipe or manhole."), this);
  m_summary->setWordWrap(true);
  layout->addWidget(m_summary);
  m_findings = new QTreeWidget(this);
  m_findings->setColumnCount(4);
  m_findings->setHeaderLabels({tr("Finding"), tr("Where"), tr("Grade or degree"), tr("Status")});
  m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  layout->addWidget(m_findings, 1);
  m_clear = new QPushButton(tr("Clear trace"), this);
  layout->addWidget(m_clear, 0, Qt::AlignRight);
  connect(m_clear, &QPushButton::clicked, this, [this] {
    clear();
    emit cleared();
  });
  connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
    if (item->data(0, XRole).isValid()) {
      emit locateRequested({item->data(0, XRole).toDouble(), item->data(0, YRole).toDouble()});
    } else if (item->data(0, PipeRole).isValid()) {
      emit locatePipeRequested(item->data(0, PipeRole).toLongLong());
    }
  });
  connect(m_document, &ProjectDocument::closed, this, &TracePanel::clear);
}

void TracePanel::clear() {
  m_findings->clear();
  m_summary->setText(tr("Choose Trace downstream or Trace upstream and click a pipe or manhole."));
}

void TracePanel::showTrace(const TraceReport& report, NetworkGraph::Direction direction, const QString& startLabel) {
  m_findings->clear();
  QStringList ends;
  for (const auto& c : report.endCodes) ends << i18n::qs(c);
  QString text = (direction == NetworkGraph::Direction::Down ? tr("Downstream of %1: %2 pipes, %3 m, ending at %4")
                                                             : tr("Upstream of %1: %2 pipes, %3 m, starting from %4"))
                     .arg(startLabel)
                     .arg(report.trace.pipes.size())
                     .arg(report.trace.length, 0, 'f', 1)
                     .arg(ends.join(QStringLiteral(", ")));
  if (report.trace.loop) text += QLatin1Char('\n') + tr("Note: the recorded flow forms a loop along this trace.");
  m_summary->setText(text);

  const auto& catalogues = m_document->catalogues();
  auto* misconnections =
      new QTreeWidgetItem(m_findings, {tr("Misconnection points (%1)").arg(report.misconnections.size())});
  for (const auto& m : report.misconnections) {
    const auto& r = m.record;
    const auto* type = MisconnectionCatalogue::find(catalogues.misconnections.types(), r.kind);
    const auto grade =
        gradeMisconnection(catalogues.misconnections, {r.inflowDiameterMm, r.flowM3d, r.nh3nMgL, r.codMgL});
    const auto* level = catalogues.misconnections.level(grade.level);
    const auto* status = MisconnectionCatalogue::find(catalogues.misconnections.statuses(), r.status);
    auto* item = new QTreeWidgetItem(
        misconnections,
        {QStringLiteral("#%1 %2").arg(r.id).arg(type ? catalogueName(type->name, type->nameEn) : i18n::qs(r.kind)),
         i18n::qs(m.at), level ? catalogueName(level->name, level->nameEn) : tr("not graded"),
         status ? catalogueName(status->name, status->nameEn) : i18n::qs(r.status)});
    if (r.location) {
      item->setData(0, XRole, r.location->x);
      item->setData(0, YRole, r.location->y);
    }
  }
  auto* defects = new QTreeWidgetItem(m_findings, {tr("Defects (%1)").arg(report.defects.size())});
  for (const auto& d : report.defects) {
    const auto* type = catalogues.defects.type(d.defect.code);
    auto* item = new QTreeWidgetItem(
        defects, {QStringLiteral("%1 %2").arg(i18n::qs(d.defect.code),
                                              type ? catalogueName(type->name, type->nameEn) : QString()),
                  tr("%1 at %2 m").arg(i18n::qs(d.pipeCode)).arg(d.defect.distance, 0, 'f', 1),
                  tr("Grade %1").arg(d.defect.grade), QString()});
    item->setData(0, PipeRole, QVariant::fromValue<qlonglong>(d.pipeId));
  }
  m_findings->expandAll();
}

}  // namespace pw::desktop
