#pragma once
// Runs map frames on worker threads. A new request cancels the frame still being drawn, so the interface never
// waits and stale frames never arrive.
#include <atomic>
#include <memory>

#include <QImage>
#include <QObject>

#include "map_renderer.h"

namespace pw::desktop {

class RenderScheduler : public QObject {
  Q_OBJECT
public:
  explicit RenderScheduler(QObject* parent = nullptr);
  ~RenderScheduler() override;

  /// Starts drawing `request` (its cancel flag is set here) and cancels the previous frame.
  void request(render::RenderRequest request);
  bool busy() const { return m_pending > 0; }

signals:
  /// A finished frame for `view`, drawn in `milliseconds`.
  void frameReady(const QImage& image, const pw::MapView& view, double milliseconds);

private:
  std::shared_ptr<std::atomic<bool>> m_cancel;
  std::uint64_t m_generation = 0;
  int m_pending = 0;
};

}  // namespace pw::desktop
