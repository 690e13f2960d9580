#include "map_canvas.h"

#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "decorations.h"
#include "map_renderer.h"
#include "project_document.h"
#include "render_scheduler.h"

namespace pw::desktop {

MapCanvas::MapCanvas(ProjectDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_scheduler(new RenderScheduler(this)) {
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setMinimumSize(200, 150);
  setAttribute(Qt::WA_OpaquePaintEvent);
  connect(m_scheduler, &RenderScheduler::frameReady, this, &MapCanvas::onFrame);
  connect(m_document, &ProjectDocument::snapshotChanged, this, [this] {
    if (!m_haveView) {
      zoomToFullExtent();
    } else {
      requestFrame();
    }
  });
  connect(m_document, &ProjectDocument::backgroundChanged, this, &MapCanvas::requestFrame);
  connect(m_document, &ProjectDocument::selectionChanged, this, &MapCanvas::requestFrame);
  connect(m_document, &ProjectDocument::closed, this, [this] {
    m_haveView = false;
    m_frame = QImage();
    update();
  });
}

bool MapCanvas::frameIsCurrent() const { return !m_frame.isNull() && m_frameView == m_view && !m_scheduler->busy(); }

void MapCanvas::setTool(Tool tool) {
  m_tool = tool;
  setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
}

void MapCanvas::setView(const MapView& view) {
  m_view = view.resized(width(), height());
  m_haveView = true;
  emit viewChanged();
  requestFrame();
  update();
}

void MapCanvas::zoomToFullExtent() {
  const auto snapshot = m_document->snapshot();
  if (!snapshot || snapshot->bounds.empty()) return;
  setView(MapView::fit(snapshot->bounds, width(), height()));
}

void MapCanvas::zoomToBox(const Box& box, double minMetresPerPixel) {
  MapView v = MapView::fit(box, width(), height(), 0.15);
  if (v.metresPerPixel() < minMetresPerPixel)
    v = MapView(v.centreX(), v.centreY(), minMetresPerPixel, width(), height());
  setView(v);
}

void MapCanvas::zoomBy(double factor) { setView(m_view.zoomedAt(width() / 2.0, height() / 2.0, factor)); }

void MapCanvas::setStyle(const render::MapStyle& style) {
  m_style = style;
  requestFrame();
}

void MapCanvas::setHighlightedPipes(std::vector<std::uint32_t> items) {
  m_highlighted = std::move(items);
  requestFrame();
}

render::RenderRequest MapCanvas::makeRequest(const MapView& view) const {
  render::RenderRequest r;
  r.snapshot = m_document->snapshot();
  r.background = m_document->background();
  r.view = view;
  r.style = m_style;
  r.highlightedPipes = m_highlighted;
  if (auto sel = m_document->selection(); sel && r.snapshot) {
    if (sel->layer == FeatureLayer::Pipe) {
      r.selectedPipe = findLineById(r.snapshot->pipes, sel->id);
    } else {
      r.selectedManhole = findPointById(r.snapshot->manholes, sel->id);
    }
  }
  return r;
}

void MapCanvas::requestFrame() {
  if (!m_haveView || !m_document->snapshot()) return;
  m_scheduler->request(makeRequest(m_view));
}

void MapCanvas::onFrame(const QImage& image, const MapView& view, double ms) {
  m_frame = image;
  m_frameView = view;
  m_lastFrameMs = ms;
  update();
  emit frameShown();
}

QImage MapCanvas::renderImage(QSize size) const {
  const MapView view = m_view.resized(size.width(), size.height());
  auto r = makeRequest(view);
  r.decorations = true;
  return render::renderMap(r);
}

std::optional<FeatureRef> MapCanvas::featureAt(const QPoint& pixel) const {
  const auto snapshot = m_document->snapshot();
  if (!snapshot) return std::nullopt;
  const Point w = m_view.toWorld(pixel.x(), pixel.y());
  const double mpp = m_view.metresPerPixel();
  if (m_style.manholesVisible && mpp <= m_style.manholeMetresPerPixel) {
    if (auto item = pickPoint(snapshot->manholes, w.x, w.y, 5 * mpp)) {
      const auto& m = snapshot->manholes;
      Box b;
      b.add(m.originX + m.xy[2 * *item], m.originY + m.xy[2 * *item + 1]);
      return FeatureRef{FeatureLayer::Manhole, m.ids[*item], {}, b};
    }
  }
  std::vector<bool> visible(kDrainageClasses);
  for (int c = 0; c < kDrainageClasses; ++c)
    visible[static_cast<std::size_t>(c)] = m_style.pipeVisible[static_cast<std::size_t>(c)];
  if (auto item = pickLine(snapshot->pipes, w.x, w.y, 5 * mpp, &visible)) {
    const auto& p = snapshot->pipes;
    return FeatureRef{FeatureLayer::Pipe, p.ids[*item], std::string(p.label(*item)), lineBox(p, *item)};
  }
  return std::nullopt;
}

void MapCanvas::setSketch(std::vector<Point> points) {
  m_sketch = std::move(points);
  update();
}

void MapCanvas::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), m_style.background);
  if (!m_frame.isNull()) {
    if (m_frameView == m_view) {
      p.drawImage(0, 0, m_frame);
    } else {
      // Move and scale the last frame to where its content now is, until the new frame arrives.
      const Box e = m_frameView.extent();
      const Point tl = m_view.toScreen(e.minX, e.maxY);
      const Point br = m_view.toScreen(e.maxX, e.minY);
      p.setRenderHint(QPainter::SmoothPixmapTransform, false);
      p.drawImage(QRectF(QPointF(tl.x, tl.y), QPointF(br.x, br.y)), m_frame);
    }
  }
  if (m_dragging && m_tool == Tool::ZoomBox) {
    p.setPen(QPen(QColor(30, 90, 200), 1.5, Qt::DashLine));
    p.setBrush(QColor(30, 90, 200, 40));
    p.drawRect(QRect(m_pressAt, m_lastAt).normalized());
  }
  if (!m_sketch.empty()) {
    QPolygonF outline;
    for (const auto& pt : m_sketch) {
      const Point s = m_view.toScreen(pt.x, pt.y);
      outline << QPointF(s.x, s.y);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(m_style.communityOutline, 2));
    p.setBrush(m_style.communityFill);
    p.drawPolygon(outline);
    p.setBrush(Qt::white);
    for (const auto& corner : outline) p.drawEllipse(corner, 4, 4);
  }
  if (m_haveView) {
    render::drawScaleBar(p, m_view, QPointF(16, height() - 14));
    render::drawNorthArrow(p, QPointF(width() - 34, 36));
  }
}

void MapCanvas::resizeEvent(QResizeEvent*) {
  if (!m_haveView) {
    zoomToFullExtent();
    return;
  }
  m_view = m_view.resized(width(), height());
  emit viewChanged();
  requestFrame();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  m_dragging = true;
  m_moved = false;
  m_pressAt = m_lastAt = event->position().toPoint();
  m_viewAtPress = m_view;
  if (m_tool == Tool::Pan) setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  const QPoint at = event->position().toPoint();
  const Point w = m_view.toWorld(at.x(), at.y());
  emit cursorMoved(w.x, w.y);
  if (!m_dragging) return;
  if ((at - m_pressAt).manhattanLength() > 3) m_moved = true;
  m_lastAt = at;
  if (m_tool != Tool::ZoomBox && m_moved) {
    m_view = m_viewAtPress.pannedBy(at.x() - m_pressAt.x(), at.y() - m_pressAt.y());
    emit viewChanged();
    requestFrame();
  }
  update();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !m_dragging) return;
  m_dragging = false;
  const QPoint at = event->position().toPoint();
  if (m_tool == Tool::Pan) setCursor(Qt::OpenHandCursor);
  if (m_tool == Tool::Point) setCursor(Qt::CrossCursor);
  if (!m_moved) {
    emit clicked(featureAt(at), m_view.toWorld(at.x(), at.y()));
    return;
  }
  if (m_tool == Tool::ZoomBox) setView(m_view.zoomedToRect(m_pressAt.x(), m_pressAt.y(), at.x(), at.y()));
  update();
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0) return;
  const QPointF at = event->position();
  setView(m_view.zoomedAt(at.x(), at.y(), std::pow(1.25, steps)));
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
  const double step = 0.25;
  switch (event->key()) {
    case Qt::Key_Left: setView(m_view.pannedBy(width() * step, 0)); break;
    case Qt::Key_Right: setView(m_view.pannedBy(-width() * step, 0)); break;
    case Qt::Key_Up: setView(m_view.pannedBy(0, height() * step)); break;
    case Qt::Key_Down: setView(m_view.pannedBy(0, -height() * step)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5); break;
    case Qt::Key_Minus: zoomBy(1 / 1.5); break;
    case Qt::Key_Home: zoomToFullExtent(); break;
    default: QWidget::keyPressEvent(event);
  }
}

}  // namespace pw::desktop
