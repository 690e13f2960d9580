#include "render_scheduler.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace pw::desktop {

RenderScheduler::RenderScheduler(QObject* parent) : QObject(parent) {}

RenderScheduler::~RenderScheduler() {
  if (m_cancel) m_cancel->store(true);
  QThreadPool::globalInstance()->waitForDone();
}

void RenderScheduler::request(render::RenderRequest r) {
  if (m_cancel) m_cancel->store(true);
  m_cancel = std::make_shared<std::atomic<bool>>(false);
  auto cancel = m_cancel;
  r.cancel = cancel.get();
  const std::uint64_t generation = ++m_generation;
  ++m_pending;
  QPointer<RenderScheduler> self(this);
  // The request (and the snapshot it shares) travels by value: the worker needs nothing from the GUI thread.
  (void)QtConcurrent::run([self, r = std::move(r), cancel, generation] {
    QElapsedTimer timer;
    timer.start();
    QImage image = render::renderMap(r);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const MapView view = r.view;
    if (!self) return;
    QMetaObject::invokeMethod(
        self,
        [self, image = std::move(image), view, ms, generation] {
          if (!self) return;
          --self->m_pending;
          if (generation != self->m_generation || image.isNull()) return;
          emit self->frameReady(image, view, ms);
        },
        Qt::QueuedConnection);
  });
}

}  // namespace pw::desktop
