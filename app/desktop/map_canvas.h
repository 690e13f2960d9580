#pragma once
// The map canvas: shows the last finished frame, moves or scales it at once while a new frame for the current view
// is drawn on a worker thread, and turns mouse and keys into view changes and picks.
#include <optional>

#include <QImage>
#include <QPoint>
#include <QWidget>

#include "map/map_view.h"
#include "map_renderer.h"
#include "map_style.h"
#include "queries/feature_info.h"

namespace pw::desktop {

class ProjectDocument;
class RenderScheduler;

class MapCanvas : public QWidget {
  Q_OBJECT
public:
  /// Pan: drag moves the map, a click identifies. ZoomBox: drag a box to zoom into. Point: like Pan with a
  /// cross-hair cursor, for tools that act on the clicked spot (recording findings, tracing).
  enum class Tool { Pan, ZoomBox, Point };

  explicit MapCanvas(ProjectDocument* document, QWidget* parent = nullptr);

  void setTool(Tool tool);
  Tool tool() const { return m_tool; }
  const MapView& view() const { return m_view; }
  void setView(const MapView& view);
  void zoomToFullExtent();
  /// Shows `box` whole, but not closer than `minMetresPerPixel`.
  void zoomToBox(const Box& box, double minMetresPerPixel = 0.05);
  void zoomBy(double factor);

  const render::MapStyle& style() const { return m_style; }
  void setStyle(const render::MapStyle& style);
  void setHighlightedPipes(std::vector<std::uint32_t> items);
  /// A shape being drawn (world points), shown over the map until cleared.
  void setSketch(std::vector<Point> points);

  /// The finished frame on screen and whether it shows the current view.
  const QImage& frame() const { return m_frame; }
  bool frameIsCurrent() const;
  double lastFrameMilliseconds() const { return m_lastFrameMs; }
  /// Draws the current view synchronously at `size` with scale bar, north arrow and legend (PNG export).
  QImage renderImage(QSize size) const;
  /// The pipe or manhole at a widget pixel, as the identify click sees it.
  std::optional<FeatureRef> featureAt(const QPoint& pixel) const;

signals:
  void cursorMoved(double x, double y);
  void viewChanged();
  /// A click (press and release without moving): the pipe or manhole under it, and the map position.
  void clicked(std::optional<pw::FeatureRef> feature, pw::Point at);
  void frameShown();

protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

private:
  void requestFrame();
  void onFrame(const QImage& image, const MapView& view, double ms);
  render::RenderRequest makeRequest(const MapView& view) const;

  ProjectDocument* m_document;
  RenderScheduler* m_scheduler;
  MapView m_view;
  render::MapStyle m_style;
  std::vector<std::uint32_t> m_highlighted;
  std::vector<Point> m_sketch;
  Tool m_tool = Tool::Pan;
  QImage m_frame;
  MapView m_frameView;
  double m_lastFrameMs = 0;
  bool m_dragging = false;
  bool m_moved = false;
  QPoint m_pressAt;
  QPoint m_lastAt;
  MapView m_viewAtPress;
  bool m_haveView = false;
};

}  // namespace pw::desktop
