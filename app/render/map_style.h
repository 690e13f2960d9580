#pragma once
// How the map looks: colours a drainage engineer reads at a glance, widths by diameter class, which layers show,
// and from which scale details appear.
#include <array>
#include <cstdint>

#include <QColor>

#include "map/network_snapshot.h"

namespace pw::render {

/// What the pipe colour shows.
enum class PipeTheme { Drainage, RepairGrade, MaintenanceGrade };

struct MapStyle {
  PipeTheme theme = PipeTheme::Drainage;
  /// Grade colours (not inspected, I, II, III, IV), for pipes by RI or MI and for defects by grade.
  std::array<QColor, 5> gradeColour{QColor(0xb8, 0xb8, 0xb8), QColor(0x2e, 0x9e, 0x44), QColor(0xe6, 0xc2, 0x29),
                                    QColor(0xf0, 0x8c, 0x00), QColor(0xd0, 0x10, 0x10)};
  /// Misconnection degree colours (not graded, slight, moderate, severe).
  std::array<QColor, 4> degreeColour{QColor(0x90, 0x90, 0x90), QColor(0xe6, 0xc2, 0x29), QColor(0xf0, 0x8c, 0x00),
                                     QColor(0xd0, 0x10, 0x10)};
  bool defectsVisible = true;
  bool misconnectionsVisible = true;
  bool ordersVisible = true;
  /// Order state colours (draft, issued, accepted, in progress, submitted, returned, suspended, closed, cancelled);
  /// overdue orders get a thick red ring on top.
  std::array<QColor, 9> orderColour{QColor(0x9e, 0x9e, 0x9e), QColor(0x1e, 0x63, 0xc8), QColor(0x00, 0x8b, 0x8b),
                                    QColor(0x6a, 0x3d, 0xb8), QColor(0xe0, 0xa8, 0x00), QColor(0xe0, 0x60, 0x00),
                                    QColor(0x8d, 0x6e, 0x63), QColor(0x2e, 0x9e, 0x44), QColor(0xbd, 0xbd, 0xbd)};
  QColor overdue = QColor(0xe0, 0x00, 0x00);
  std::array<QColor, kDrainageClasses> pipeColour{QColor(0x1f, 0x6f, 0xd1), QColor(0x9a, 0x4b, 0x16),
                                                  QColor(0x8e, 0x2d, 0xa8), QColor(0x80, 0x80, 0x80)};
  std::array<bool, kDrainageClasses> pipeVisible{true, true, true, true};
  bool districtsVisible = true;
  bool communitiesVisible = true;
  QColor communityOutline = QColor(0x2e, 0x8b, 0x57);
  QColor communityFill = QColor(0x2e, 0x8b, 0x57, 0x22);
  double communityNameMetresPerPixel = 3.0;  ///< community names from this scale on
  bool manholesVisible = true;
  bool issuesVisible = true;
  bool backgroundVisible = true;
  QColor background = QColor(0xf7, 0xf5, 0xf0);
  QColor districtOutline = QColor(0x55, 0x55, 0x55);
  QColor districtLabel = QColor(0x33, 0x33, 0x33);
  QColor selection = QColor(0xff, 0xd4, 0x00);
  QColor traced = QColor(0x00, 0xc8, 0xc8, 0xc8);  ///< pipes of a trace
  QColor issueError = QColor(0xd0, 0x10, 0x10);
  QColor issueWarning = QColor(0xf0, 0x8c, 0x00);

  /// Below this many metres per pixel pipes are drawn with widths, antialiasing and manhole symbols; above it
  /// each pipe is a one-pixel line rasterised directly (the level of detail for the whole city).
  double detailMetresPerPixel = 1.5;
  double arrowMetresPerPixel = 0.4;    ///< flow arrows from this scale on
  double labelMetresPerPixel = 0.2;    ///< pipe id and diameter labels from this scale on
  double manholeMetresPerPixel = 1.0;  ///< manholes from this scale on

  /// Line width in pixels for a diameter (mm) at detailed scales.
  static double widthForDiameter(std::uint16_t diameterMm);
  bool pipeClassVisible(DrainageClass c) const { return pipeVisible[static_cast<std::size_t>(c)]; }
  /// The colour of pipe `i` under the current theme.
  const QColor& pipeColourOf(const LineLayer& pipes, std::size_t i) const {
    switch (theme) {
      case PipeTheme::RepairGrade: return gradeColour[pipes.riGrade[i]];
      case PipeTheme::MaintenanceGrade: return gradeColour[pipes.miGrade[i]];
      case PipeTheme::Drainage: break;
    }
    return pipeColour[static_cast<std::size_t>(pipes.drainage[i])];
  }
};

}  // namespace pw::render
