#pragma once
// Renders a network snapshot for a view into an image. Pure function of its request, so it runs on a worker thread;
// it checks the cancel flag often and returns a null image when a newer frame made this one useless.
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <QImage>

#include "map/map_view.h"
#include "map/network_snapshot.h"
#include "map_style.h"

namespace pw::render {

class BackgroundSet;

struct RenderRequest {
  std::shared_ptr<const NetworkSnapshot> snapshot;
  std::shared_ptr<const BackgroundSet> background;  ///< may be null
  MapView view;
  MapStyle style;
  std::optional<std::uint32_t> selectedPipe;     ///< item index in snapshot->pipes
  std::optional<std::uint32_t> selectedManhole;  ///< item index in snapshot->manholes
  std::vector<std::uint32_t> highlightedPipes;   ///< e.g. a trace
  const std::atomic<bool>* cancel = nullptr;
  bool decorations = false;  ///< draw scale bar, north arrow and legend (exports)
};

/// What a frame drew, for tests and benchmarks.
struct RenderStats {
  std::size_t pipesDrawn = 0;
  bool detailed = false;
};

QImage renderMap(const RenderRequest& request, RenderStats* stats = nullptr);

}  // namespace pw::render
