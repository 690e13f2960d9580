#include "layers_panel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

#include "core/error.h"
#include "findings_dialogs.h"
#include "order_names.h"
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
    case 4:  // square (structural defect)
      p.setPen(QPen(Qt::white, 1));
      p.setBrush(colour);
      p.drawRect(QRectF(9.5, 3.5, 9, 9));
      break;
    case 5:  // round (functional defect)
      p.setPen(QPen(Qt::white, 1));
      p.setBrush(colour);
      p.drawEllipse(QPointF(14, 8), 4.5, 4.5);
      break;
    case 6: {  // diamond (misconnection point)
      const QPolygonF d{QPointF(14, 1), QPointF(21, 8), QPointF(14, 15), QPointF(7, 8)};
      p.setPen(QPen(Qt::black, 1));
      p.setBrush(colour);
      p.drawPolygon(d);
      break;
    }
    case 7:  // rounded square (order)
      p.setPen(QPen(Qt::white, 1.5));
      p.setBrush(colour);
      p.drawRoundedRect(QRectF(8.5, 2.5, 11, 11), 2, 2);
      break;
    case 9:  // filled outline (community area)
      p.setPen(QPen(colour, 1.4));
      p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 0x40));
      p.drawRect(QRectF(5.5, 2.5, 17, 11));
      break;
    case 8:  // ring (overdue)
      p.setPen(QPen(colour, 2.5));
      p.setBrush(Qt::NoBrush);
      p.drawEllipse(QPointF(14, 8), 6, 6);
      break;
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
  auto legend = [](QTreeWidgetItem* parent, const QString& text, const QColor& colour, int kind) {
    auto* item = new QTreeWidgetItem(parent, {text});
    item->setIcon(0, legendIcon(colour, kind));
    item->setFlags(Qt::ItemIsEnabled);
    return item;
  };
  auto* themeItem = new QTreeWidgetItem(this);
  themeItem->setFlags(Qt::ItemIsEnabled);
  auto* themeRow = new QWidget;
  auto* themeLayout = new QHBoxLayout(themeRow);
  themeLayout->setContentsMargins(0, 0, 0, 0);
  themeLayout->addWidget(new QLabel(tr("Colour pipes by"), themeRow));
  m_theme = new QComboBox(themeRow);
  m_theme->addItem(tr("Drainage type"), static_cast<int>(render::PipeTheme::Drainage));
  m_theme->addItem(tr("Repair index (RI) grade"), static_cast<int>(render::PipeTheme::RepairGrade));
  m_theme->addItem(tr("Maintenance index (MI) grade"), static_cast<int>(render::PipeTheme::MaintenanceGrade));
  m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(m_style.theme)));
  themeLayout->addWidget(m_theme, 1);
  setItemWidget(themeItem, 0, themeRow);
  connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
    if (m_updating) return;
    setTheme(static_cast<render::PipeTheme>(m_theme->currentData().toInt()));
  });
  m_orders = new QTreeWidgetItem(this, {tr("Rectification orders")});
  m_orders->setIcon(0, legendIcon(m_style.orderColour[1], 7));
  checkable(m_orders, m_style.ordersVisible);
  legend(m_orders, tr("Overdue"), m_style.overdue, 8);
  for (const auto state : allOrderStates()) {
    if (state == OrderState::Cancelled) continue;  // not drawn
    legend(m_orders, orderStateName(state), m_style.orderColour[static_cast<std::size_t>(state)], 7);
  }
  m_misconnections = new QTreeWidgetItem(this, {tr("Misconnection points")});
  m_misconnections->setIcon(0, legendIcon(m_style.degreeColour[3], 6));
  checkable(m_misconnections, m_style.misconnectionsVisible);
  if (m_document->isOpen()) {  // the degrees as the project's grading table names them
    try {
      const auto& catalogue = m_document->catalogues().misconnections;
      for (std::size_t d = 3; d >= 1; --d) {
        if (const auto* level = catalogue.level(static_cast<int>(d))) {
          legend(m_misconnections, catalogueName(level->name, level->nameEn), m_style.degreeColour[d], 6);
        }
      }
    } catch (const Error&) {  // a broken catalogue is reported where findings are used
    }
  }
  legend(m_misconnections, tr("Not graded yet"), m_style.degreeColour[0], 6);
  m_defects = new QTreeWidgetItem(this, {tr("Defects (latest inspection)")});
  m_defects->setIcon(0, legendIcon(m_style.gradeColour[4], 4));
  checkable(m_defects, m_style.defectsVisible);
  for (int g = 4; g >= 1; --g)
    legend(m_defects, tr("Grade %1").arg(g), m_style.gradeColour[static_cast<std::size_t>(g)], 4);
  legend(m_defects, tr("Structural (square)"), Qt::darkGray, 4);
  legend(m_defects, tr("Functional (round)"), Qt::darkGray, 5);
  m_issues = new QTreeWidgetItem(this, {tr("Import issues")});
  m_issues->setIcon(0, legendIcon(m_style.issueError, 2));
  checkable(m_issues, m_style.issuesVisible);
  m_manholes = new QTreeWidgetItem(this, {tr("Manholes")});
  m_manholes->setIcon(0, legendIcon(m_style.pipeColour[1], 1));
  checkable(m_manholes, m_style.manholesVisible);
  m_pipes = new QTreeWidgetItem(this, {tr("Pipes")});
  const QString names[kDrainageClasses] = {tr("Rain"), tr("Sewage"), tr("Combined"), tr("Unknown type")};
  const bool byGrade = m_style.theme != render::PipeTheme::Drainage;
  for (int c = 0; c < kDrainageClasses; ++c) {
    auto* item = new QTreeWidgetItem(m_pipes, {names[c]});
    item->setIcon(0, legendIcon(byGrade ? Qt::darkGray : m_style.pipeColour[static_cast<std::size_t>(c)], 0));
    item->setData(0, ClassRole, c);
    checkable(item, m_style.pipeVisible[static_cast<std::size_t>(c)]);
    m_pipeClasses[c] = item;
  }
  if (byGrade) {
    const bool repair = m_style.theme == render::PipeTheme::RepairGrade;
    const QString grades[5] = {tr("Not inspected"), repair ? tr("RI grade I") : tr("MI grade I"),
                               repair ? tr("RI grade II") : tr("MI grade II"),
                               repair ? tr("RI grade III") : tr("MI grade III"),
                               repair ? tr("RI grade IV") : tr("MI grade IV")};
    for (std::size_t g = 5; g-- > 0;) legend(m_pipes, grades[g], m_style.gradeColour[g], 0);
  }
  m_pipes->setExpanded(true);
  m_communities = new QTreeWidgetItem(this, {tr("Community areas")});
  m_communities->setIcon(0, legendIcon(m_style.communityOutline, 9));
  checkable(m_communities, m_style.communitiesVisible);
  m_districts = new QTreeWidgetItem(this, {tr("Districts")});
  m_districts->setIcon(0, legendIcon(m_style.districtOutline, 3));
  checkable(m_districts, m_style.districtsVisible);
  m_background = new QTreeWidgetItem(this, {tr("Background")});
  checkable(m_background, m_style.backgroundVisible);
  if (auto set = m_document->background()) {
    for (std::size_t i = 0; i < set->layers.size(); ++i) {
      auto* item = new QTreeWidgetItem(m_background,
                                       {QFileInfo(QString::fromStdString(set->layers[i].layer->path())).fileName()});
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

void LayersPanel::setTheme(render::PipeTheme theme) {
  m_style.theme = theme;
  QMetaObject::invokeMethod(
      this, [this] { rebuild(); }, Qt::QueuedConnection);  // not while the combo box signals
  emit styleChanged(m_style);
}

void LayersPanel::onItemChanged(QTreeWidgetItem* item, int) {
  if (m_updating) return;
  const bool on = item->checkState(0) == Qt::Checked;
  if (item == m_issues) {
    m_style.issuesVisible = on;
  } else if (item == m_defects) {
    m_style.defectsVisible = on;
  } else if (item == m_misconnections) {
    m_style.misconnectionsVisible = on;
  } else if (item == m_orders) {
    m_style.ordersVisible = on;
  } else if (item == m_manholes) {
    m_style.manholesVisible = on;
  } else if (item == m_communities) {
    m_style.communitiesVisible = on;
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
