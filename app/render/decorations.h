#pragma once
// Map furniture drawn over a frame: scale bar, north arrow and legend (exports and the canvas overlay).
#include <QPainter>

#include "map/map_view.h"
#include "map_style.h"

namespace pw::render {

/// A round length for a scale bar of about `maxPixels` at the view's scale, in metres.
double niceScaleLength(double metresPerPixel, double maxPixels);

void drawScaleBar(QPainter& p, const MapView& view, const QPointF& bottomLeft);
void drawNorthArrow(QPainter& p, const QPointF& centre);
void drawLegend(QPainter& p, const MapStyle& style, const QPointF& topLeft);
/// Scale bar bottom left, north arrow top right, legend bottom right.
void drawDecorations(QPainter& p, const MapView& view, const MapStyle& style);

}  // namespace pw::render
