#include "layers_panel.h"

#include <QFileInfo>
#include <QPainter>
#include <QPixmap>

#include "project_document.h"

namespace pw::desktop {
namespace {
enum Role { ClassRole = Qt::UserRole + 1, BackgroundIndexRole };
}

QIcon legendIcon(const QColor& colour, int kind) {
  QPixmap pixmap(28, 16);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  switch (kind) {
    case 0:  // line
      p.setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
      p.drawLine(3, 8, 25, 8);
      break;
    case 1:  // circle
      p.setPen(QPen(colour, 1.5));
      p.setBrush(Qt::white);
      p.drawEllipse(QPointF(14, 8), 4.5, 4.5);
      break;
    case 2: {  // triangle
      QPolygonF t;
      t << QPointF(14, 1) << QPointF(22, 15) << QPointF(6, 15);
      p.setPen(Qt::NoPen);
      p.setBrush(colour);
      p.drawPolygon(t);
      break;
    }
    default:  // dashed outline
      p.setPen(QPen(colour, 1.5, Qt::DashLine));
      p.drawRect(4, 2, 20, 12);
  }
  return QIcon(pixmap);
}

LayersPanel::LayersPanel(ProjectDocument* document, QWidget* parent) : QTreeWidget(parent), m_document(document) {
  setHeaderHidden(true);
  setRootIsDecorated(true);
  setIconSize(QSize(28, 16));
  rebuild();
  connect(this, &QTreeWidget::itemChanged, this, &LayersPanel::onItemChanged);
  connect(m_document, &ProjectDocument::backgroundChanged, this, &LayersPanel::rebuild);
  connect(m_document, &ProjectDocument::opened, this, &LayersPanel::rebuild);
}

void LayersPanel::rebuild() {
  m_updating = true;
  clear();
  auto checkable = [](QTreeWidgetItem* item, bool on) {
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
  };
  m_issues = new QTreeWidgetItem(this, {tr("Import issues")});
  m_issues->setIcon(0, legendIcon(m_style.issueError, 2));
  checkable(m_issues, m_style.issuesVisible);
  m_manholes = new QTreeWidgetItem(this, {tr("Manholes")});
  m_manholes->setIcon(0, legendIcon(m_style.pipeColour[1], 1));
  checkable(m_manholes, m_style.manholesVisible);
  m_pipes = new QTreeWidgetItem(this, {tr("Pipes")});
  const QString names[kDrainageClasses] = {tr("Rain"), tr("Sewage"), tr("Combined"), tr("Unknown type")};
  for (int c = 0; c < kDrainageClasses; ++c) {
    auto* item = new QTreeWidgetItem(m_pipes, {names[c]});
    item->setIcon(0, legendIcon(m_style.pipeColour[static_cast<std::size_t>(c)], 0));
    item->setData(0, ClassRole, c);
    checkable(item, m_style.pipeVisible[static_cast<std::size_t>(c)]);
    m_pipeClasses[c] = item;
  }
  m_pipes->setExpanded(true);
  m_districts = new QTreeWidgetItem(this, {tr("Districts")});
  m_districts->setIcon(0, legendIcon(m_style.districtOutline, 3));
  checkable(m_districts, m_style.districtsVisible);
  m_background = new QTreeWidgetItem(this, {tr("Background")});
  checkable(m_background, m_style.backgroundVisible);
  if (auto set = m_document->background()) {
    for (std::size_t i = 0; i < set->layers.size(); ++i) {
      auto* item = new QTreeWidgetItem(m_background, {QFileInfo(QString::fromStdString(set->layers[i].layer->path())).fileName()});
      item->setToolTip(0, QString::fromStdString(set->layers[i].layer->path()));
      item->setData(0, BackgroundIndexRole, static_cast<int>(i));
      checkable(item, set->layers[i].visible);
    }
  }
  m_background->setExpanded(true);
  m_updating = false;
}

void LayersPanel::setStyle(const render::MapStyle& style) {
  m_style = style;
  rebuild();
}

void LayersPanel::onItemChanged(QTreeWidgetItem* item, int) {
  if (m_updating) return;
  const bool on = item->checkState(0) == Qt::Checked;
  if (item == m_issues) {
    m_style.issuesVisible = on;
  } else if (item == m_manholes) {
    m_style.manholesVisible = on;
  } else if (item == m_districts) {
    m_style.districtsVisible = on;
  } else if (item == m_background) {
    m_style.backgroundVisible = on;
  } else if (item->parent() == m_pipes) {
    m_style.pipeVisible[static_cast<std::size_t>(item->data(0, ClassRole).toInt())] = on;
  } else if (item->parent() == m_background) {
    m_document->setBackgroundVisible(item->data(0, BackgroundIndexRole).toInt(), on);
    return;
  } else {
    return;
  }
  emit styleChanged(m_style);
}

}  // namespace pw::desktop
