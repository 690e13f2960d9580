#include "map_renderer.h"

#include <cmath>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "background.h"
#include "decorations.h"
#include "line_raster.h"

namespace pw::render {
namespace {

bool cancelled(const RenderRequest& r) { return r.cancel && r.cancel->load(std::memory_order_relaxed); }

/// Screen transform for a layer stored as float offsets from an origin.
struct LayerTransform {
  double scale, ox, oy;
  LayerTransform(const MapView& v, double originX, double originY)
      : scale(1.0 / v.metresPerPixel()),
        ox((originX - v.centreX()) / v.metresPerPixel() + v.width() / 2.0),
        oy(v.height() / 2.0 - (originY - v.centreY()) / v.metresPerPixel()) {}
  double x(float fx) const { return ox + fx * scale; }
  double y(float fy) const { return oy - fy * scale; }
};

BoxF layerWindow(const MapView& v, double originX, double originY, double marginPixels) {
  const Box e = v.extent();
  const double m = marginPixels * v.metresPerPixel();
  return {static_cast<float>(e.minX - originX - m), static_cast<float>(e.minY - originY - m),
          static_cast<float>(e.maxX - originX + m), static_cast<float>(e.maxY - originY + m)};
}

/// Outlines (and a fill) of named areas: districts, community areas.
void drawAreas(QPainter& p, const RenderRequest& r, const std::vector<DistrictShapeItem>& areas, const QPen& pen,
               const QBrush& brush) {
  const auto& view = r.view;
  const Box extent = view.extent();
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setPen(pen);
  p.setBrush(brush);
  for (const auto& d : areas) {
    if (!d.box.intersects(extent)) continue;
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto& polygon : d.polygons) {
      for (const auto& ring : polygon.rings) {
        QPolygonF poly;
        poly.reserve(static_cast<qsizetype>(ring.size()));
        for (const auto& pt : ring) {
          const Point s = view.toScreen(pt.x, pt.y);
          poly << QPointF(s.x, s.y);
        }
        path.addPolygon(poly);
        path.closeSubpath();
      }
    }
    p.drawPath(path);
  }
}

void drawDistricts(QPainter& p, const RenderRequest& r) {
  drawAreas(p, r, r.snapshot->districts, QPen(r.style.districtOutline, 1.6, Qt::DashLine), Qt::NoBrush);
}

void drawCommunities(QPainter& p, const RenderRequest& r) {
  drawAreas(p, r, r.snapshot->communities, QPen(r.style.communityOutline, 1.4), r.style.communityFill);
}

/// Names of areas at their label points, with a white halo.
void drawAreaNames(QPainter& p, const RenderRequest& r, const std::vector<DistrictShapeItem>& areas, int pixelSize,
                   const QColor& colour) {
  QFont font = p.font();
  font.setPixelSize(pixelSize);
  font.setBold(true);
  p.setFont(font);
  const QFontMetricsF fm(font);
  for (const auto& d : areas) {
    const Point s = r.view.toScreen(d.labelAt.x, d.labelAt.y);
    const QString name = QString::fromStdString(d.name);
    const QRectF rect(s.x - fm.horizontalAdvance(name) / 2 - 4, s.y - fm.height() / 2, fm.horizontalAdvance(name) + 8,
                      fm.height());
    if (!rect.intersects(QRectF(0, 0, r.view.width(), r.view.height()))) continue;
    // A halo keeps the name readable over the network.
    QPainterPath text;
    text.addText(rect.left() + 4, rect.top() + fm.ascent(), font, name);
    p.setPen(QPen(QColor(255, 255, 255, 220), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(text);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(text);
  }
}

void drawDistrictNames(QPainter& p, const RenderRequest& r) {
  drawAreaNames(p, r, r.snapshot->districts, 18, r.style.districtLabel);
}

void drawCommunityNames(QPainter& p, const RenderRequest& r) {
  if (r.view.metresPerPixel() > r.style.communityNameMetresPerPixel) return;
  drawAreaNames(p, r, r.snapshot->communities, 12, r.style.communityOutline.darker(130));
}

/// Whole-city frames: each visible pipe as one-pixel segments, straight into the image.
std::size_t drawPipesFast(QImage& image, const RenderRequest& r) {
  const auto& pipes = r.snapshot->pipes;
  const LayerTransform t(r.view, pipes.originX, pipes.originY);
  LineRaster raster(image);
  std::array<std::uint32_t, kDrainageClasses> colours{};
  for (std::size_t c = 0; c < colours.size(); ++c) colours[c] = r.style.pipeColour[c].rgba();
  std::array<std::uint32_t, 5> gradeColours{};
  for (std::size_t g = 0; g < gradeColours.size(); ++g) gradeColours[g] = r.style.gradeColour[g].rgba();
  const auto* grades = r.style.theme == PipeTheme::RepairGrade        ? &pipes.riGrade
                       : r.style.theme == PipeTheme::MaintenanceGrade ? &pipes.miGrade
                                                                      : nullptr;
  std::size_t drawn = 0;
  bool stop = false;
  pipes.index.query(layerWindow(r.view, pipes.originX, pipes.originY, 2), [&](std::uint32_t first, std::uint32_t last) {
    if (stop) return;
    if (cancelled(r)) {
      stop = true;
      return;
    }
    for (std::uint32_t i = first; i < last; ++i) {
      const auto cls = pipes.drainage[i];
      if (!r.style.pipeClassVisible(cls)) continue;
      const float* v = pipes.xy.data() + 2 * static_cast<std::size_t>(pipes.first[i]);
      const std::uint32_t n = pipes.vertexCount(i);
      const std::uint32_t colour = grades ? gradeColours[(*grades)[i]] : colours[static_cast<std::size_t>(cls)];
      double px = t.x(v[0]);
      double py = t.y(v[1]);
      for (std::uint32_t k = 1; k < n; ++k) {
        const double qx = t.x(v[2 * k]);
        const double qy = t.y(v[2 * k + 1]);
        raster.line(px, py, qx, qy, colour);
        px = qx;
        py = qy;
      }
      ++drawn;
    }
  });
  return drawn;
}

QPolygonF screenLine(const LineLayer& pipes, const LayerTransform& t, std::uint32_t i) {
  QPolygonF poly;
  const float* v = pipes.xy.data() + 2 * static_cast<std::size_t>(pipes.first[i]);
  const std::uint32_t n = pipes.vertexCount(i);
  poly.reserve(static_cast<qsizetype>(n));
  for (std::uint32_t k = 0; k < n; ++k) poly << QPointF(t.x(v[2 * k]), t.y(v[2 * k + 1]));
  return poly;
}

void drawArrow(QPainter& p, const QPolygonF& line, const QColor& colour, double lineWidth) {
  // At a third of the line's length (the label sits at the middle), pointing downstream: from the upstream end.
  double total = 0;
  for (qsizetype k = 1; k < line.size(); ++k) total += QLineF(line[k - 1], line[k]).length();
  if (total < 40) return;
  const double target = total / 3;
  double walked = 0;
  for (qsizetype k = 1; k < line.size(); ++k) {
    const QLineF seg(line[k - 1], line[k]);
    if (walked + seg.length() >= target) {
      const QPointF at = seg.pointAt((target - walked) / std::max(seg.length(), 1e-9));
      const double angle = std::atan2(seg.dy(), seg.dx());
      const double s = 5.0 + lineWidth;
      QPolygonF head;
      head << at + QPointF(std::cos(angle) * s, std::sin(angle) * s)
           << at + QPointF(std::cos(angle + 2.4) * s, std::sin(angle + 2.4) * s)
           << at + QPointF(std::cos(angle - 2.4) * s, std::sin(angle - 2.4) * s);
      p.setPen(QPen(Qt::white, 1.2));
      p.setBrush(colour);
      p.drawPolygon(head);
      return;
    }
    walked += seg.length();
  }
}

void drawLabels(QPainter& p, const RenderRequest& r, const std::vector<std::uint32_t>& items, const LayerTransform& t) {
  const auto& pipes = r.snapshot->pipes;
  QFont font = p.font();
  font.setPixelSize(11);
  p.setFont(font);
  const QFontMetricsF fm(font);
  std::vector<QRectF> placed;
  for (const std::uint32_t i : items) {
    const QPolygonF line = screenLine(pipes, t, i);
    if (line.size() < 2) continue;
    // Along the longest segment, upright.
    QLineF seg(line[0], line[1]);
    for (qsizetype k = 2; k < line.size(); ++k) {
      if (QLineF(line[k - 1], line[k]).length() > seg.length()) seg = QLineF(line[k - 1], line[k]);
    }
    QString text = QString::fromUtf8(pipes.label(i).data(), static_cast<qsizetype>(pipes.label(i).size()));
    if (pipes.diameter[i]) text += QStringLiteral(" DN%1").arg(pipes.diameter[i]);
    const double width = fm.horizontalAdvance(text);
    if (width + 8 > seg.length()) continue;
    double angle = seg.angle();  // counter-clockwise degrees
    if (angle > 90 && angle <= 270) angle -= 180;
    const QPointF mid = seg.center();
    const QRectF box(mid.x() - width / 2 - 2, mid.y() - fm.height(), width + 4, fm.height() * 2);
    bool clash = false;
    for (const auto& other : placed) clash = clash || other.intersects(box);
    if (clash) continue;
    placed.push_back(box);
    p.save();
    p.translate(mid);
    p.rotate(-angle);
    p.setPen(QColor(255, 255, 255, 230));
    for (const auto& d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)}) {
      p.drawText(QPointF(-width / 2, -4) + d, text);
    }
    p.setPen(r.style.pipeColourOf(pipes, i).darker(140));
    p.drawText(QPointF(-width / 2, -4), text);
    p.restore();
  }
}

/// Street-level frames: widths by diameter, antialiasing, flow arrows and labels when close.
std::size_t drawPipesDetailed(QPainter& p, const RenderRequest& r) {
  const auto& pipes = r.snapshot->pipes;
  const LayerTransform t(r.view, pipes.originX, pipes.originY);
  const BoxF window = layerWindow(r.view, pipes.originX, pipes.originY, 8);
  std::vector<std::uint32_t> visible;
  pipes.index.query(window, [&](std::uint32_t first, std::uint32_t last) {
    for (std::uint32_t i = first; i < last; ++i) {
      if (r.style.pipeClassVisible(pipes.drainage[i])) visible.push_back(i);
    }
  });
  if (cancelled(r)) return 0;
  // Draw wide pipes last so trunks stay on top, and keep pen changes few.
  std::sort(visible.begin(), visible.end(), [&](std::uint32_t a, std::uint32_t b) {
    return std::tie(pipes.diameter[a], pipes.drainage[a]) < std::tie(pipes.diameter[b], pipes.drainage[b]);
  });
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setBrush(Qt::NoBrush);
  const double widthScale = std::clamp(0.5 / r.view.metresPerPixel(), 1.0, 3.0);
  QPolygonF line;
  std::pair<int, double> penKey{-1, 0};
  for (std::size_t n = 0; n < visible.size(); ++n) {
    if (n % 4096 == 0 && cancelled(r)) return n;
    const std::uint32_t i = visible[n];
    const QColor& colour = r.style.pipeColourOf(pipes, i);
    const int colourKey = static_cast<int>(colour.rgba() & 0xffffff);
    const double width = MapStyle::widthForDiameter(pipes.diameter[i]) * widthScale;
    if (penKey != std::pair{colourKey, width}) {  // the pen changes only between groups
      penKey = {colourKey, width};
      // Flat caps and bevel joins: Qt strokes them markedly faster than round ones, and at pipe widths they look alike.
      p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    }
    line.clear();
    const float* v = pipes.xy.data() + 2 * static_cast<std::size_t>(pipes.first[i]);
    for (std::uint32_t k = 0; k < pipes.vertexCount(i); ++k) line << QPointF(t.x(v[2 * k]), t.y(v[2 * k + 1]));
    p.drawPolyline(line);
  }
  if (r.view.metresPerPixel() <= r.style.arrowMetresPerPixel) {
    for (const std::uint32_t i : visible) {
      drawArrow(p, screenLine(pipes, t, i), r.style.pipeColourOf(pipes, i).darker(150),
                MapStyle::widthForDiameter(pipes.diameter[i]) * widthScale);
    }
  }
  if (r.view.metresPerPixel() <= r.style.labelMetresPerPixel) drawLabels(p, r, visible, t);
  return visible.size();
}

void drawHighlights(QPainter& p, const RenderRequest& r) {
  const auto& pipes = r.snapshot->pipes;
  const LayerTransform t(r.view, pipes.originX, pipes.originY);
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setBrush(Qt::NoBrush);
  if (!r.highlightedPipes.empty()) {
    p.setPen(QPen(r.style.traced, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const std::uint32_t i : r.highlightedPipes) {
      if (i < pipes.size()) p.drawPolyline(screenLine(pipes, t, i));
    }
  }
  if (r.selectedPipe && *r.selectedPipe < pipes.size()) {
    const QPolygonF line = screenLine(pipes, t, *r.selectedPipe);
    p.setPen(QPen(r.style.selection, 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
    const QColor& c = r.style.pipeColourOf(pipes, *r.selectedPipe);
    p.setPen(QPen(c, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
  }
  const auto& manholes = r.snapshot->manholes;
  if (r.selectedManhole && *r.selectedManhole < manholes.size()) {
    const LayerTransform mt(r.view, manholes.originX, manholes.originY);
    const QPointF at(mt.x(manholes.xy[2 * *r.selectedManhole]), mt.y(manholes.xy[2 * *r.selectedManhole + 1]));
    p.setPen(QPen(r.style.selection, 3));
    p.drawEllipse(at, 8, 8);
  }
}

/// Calls fn(i, screen position) for each point of `layer` within the view (plus a margin in pixels).
template <class Layer, class Fn>
void forEachVisiblePoint(const RenderRequest& r, const Layer& layer, double marginPx, Fn fn) {
  const LayerTransform t(r.view, layer.originX, layer.originY);
  layer.index.query(layerWindow(r.view, layer.originX, layer.originY, marginPx),
                    [&](std::uint32_t first, std::uint32_t last) {
                      for (std::uint32_t i = first; i < last; ++i)
                        fn(i, QPointF(t.x(layer.xy[2 * i]), t.y(layer.xy[2 * i + 1])));
                    });
}

void drawManholes(QPainter& p, const RenderRequest& r) {
  const auto& m = r.snapshot->manholes;
  const double radius = std::clamp(0.6 / r.view.metresPerPixel(), 2.5, 6.0);
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setBrush(Qt::white);
  forEachVisiblePoint(r, m, 8, [&](std::uint32_t i, QPointF at) {
    const auto cls = static_cast<DrainageClass>(m.kind[i]);
    if (!r.style.pipeClassVisible(cls)) return;
    p.setPen(QPen(r.style.pipeColour[static_cast<std::size_t>(cls)], 1.2));
    p.drawEllipse(at, radius, radius);
  });
}

void drawDefects(QPainter& p, const RenderRequest& r) {
  const auto& d = r.snapshot->defects;
  const double size = r.view.metresPerPixel() <= r.style.detailMetresPerPixel ? 4.5 : 2.5;
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setPen(QPen(Qt::white, 1));
  forEachVisiblePoint(r, d, 8, [&](std::uint32_t i, QPointF at) {
    const bool functional = d.kind[i] > 4;
    const int grade = functional ? d.kind[i] - 4 : d.kind[i];
    p.setBrush(r.style.gradeColour[static_cast<std::size_t>(std::clamp(grade, 0, 4))]);
    if (functional) {  // round
      p.drawEllipse(at, size, size);
    } else {  // structural: square
      p.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size));
    }
  });
}

void drawMisconnections(QPainter& p, const RenderRequest& r) {
  const auto& m = r.snapshot->misconnections;
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setPen(QPen(Qt::black, 1.2));
  forEachVisiblePoint(r, m, 10, [&](std::uint32_t i, QPointF at) {
    const QPolygonF diamond{at + QPointF(0, -7), at + QPointF(7, 0), at + QPointF(0, 7), at + QPointF(-7, 0)};
    p.setBrush(r.style.degreeColour[std::min<std::size_t>(m.kind[i], 3)]);
    p.drawPolygon(diamond);
  });
}

void drawOrders(QPainter& p, const RenderRequest& r) {
  const auto& o = r.snapshot->orders;
  p.setRenderHint(QPainter::Antialiasing, true);
  forEachVisiblePoint(r, o, 14, [&](std::uint32_t i, QPointF at) {
    const bool overdue = o.kind[i] & kOrderOverdueFlag;
    const auto state = static_cast<std::size_t>(o.kind[i] & (kOrderOverdueFlag - 1));
    const QPointF centre = at + QPointF(9, -9);  // beside the finding, like a flag
    if (overdue) {
      p.setPen(QPen(r.style.overdue, 3));
      p.setBrush(Qt::NoBrush);
      p.drawEllipse(centre, 9.5, 9.5);
    }
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(r.style.orderColour[std::min<std::size_t>(state, r.style.orderColour.size() - 1)]);
    p.drawRoundedRect(QRectF(centre.x() - 6, centre.y() - 6, 12, 12), 2.5, 2.5);
    p.setPen(QPen(Qt::white, 1.6));
    p.drawLine(centre + QPointF(-3, -1.5), centre + QPointF(3, -1.5));  // a work-order sheet
    p.drawLine(centre + QPointF(-3, 1.5), centre + QPointF(3, 1.5));
  });
}

void drawIssues(QPainter& p, const RenderRequest& r) {
  const auto& is = r.snapshot->issues;
  p.setRenderHint(QPainter::Antialiasing, true);
  forEachVisiblePoint(r, is, 10, [&](std::uint32_t i, QPointF at) {
    const QPolygonF triangle{at + QPointF(0, -9), at + QPointF(8, 6), at + QPointF(-8, 6)};
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(is.kind[i] ? r.style.issueError : r.style.issueWarning);
    p.drawPolygon(triangle);
    p.setPen(QPen(Qt::white, 1.6));
    p.drawLine(at + QPointF(0, -4), at + QPointF(0, 1));
    p.drawPoint(at + QPointF(0, 3.5));
  });
}

}  // namespace

QImage renderMap(const RenderRequest& r, RenderStats* stats) {
  QImage image(r.view.width(), r.view.height(), QImage::Format_ARGB32_Premultiplied);
  image.fill(r.style.background);
  if (!r.snapshot) return image;
  QPainter p(&image);
  if (r.background && r.style.backgroundVisible) {
    r.background->draw(p, r.view, r.cancel);
    if (cancelled(r)) return {};
  }
  if (r.style.communitiesVisible) drawCommunities(p, r);
  if (r.style.districtsVisible) drawDistricts(p, r);
  const bool detailed = r.view.metresPerPixel() <= r.style.detailMetresPerPixel;
  std::size_t drawn = 0;
  if (detailed) {
    drawn = drawPipesDetailed(p, r);
  } else {
    p.end();  // the raster writes pixels directly; reopen the painter afterwards
    drawn = drawPipesFast(image, r);
    p.begin(&image);
  }
  if (cancelled(r)) return {};
  if (r.style.manholesVisible && r.view.metresPerPixel() <= r.style.manholeMetresPerPixel) drawManholes(p, r);
  drawHighlights(p, r);
  if (r.style.defectsVisible) drawDefects(p, r);
  if (r.style.misconnectionsVisible) drawMisconnections(p, r);
  if (r.style.ordersVisible) drawOrders(p, r);
  if (r.style.issuesVisible) drawIssues(p, r);
  if (r.style.communitiesVisible) drawCommunityNames(p, r);
  if (r.style.districtsVisible) drawDistrictNames(p, r);
  if (r.decorations) drawDecorations(p, r.view, r.style);
  if (stats) {
    stats->pipesDrawn = drawn;
    stats->detailed = detailed;
  }
  return cancelled(r) ? QImage() : image;
}

}  // namespace pw::render
