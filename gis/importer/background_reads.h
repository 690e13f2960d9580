#pragma once
// Reads the planned sources one after another on a worker thread, so that reading the next file overlaps writing
// the previous one (the import is CPU-bound on both sides). The writer takes each layer when it needs it.
#include <future>
#include <thread>
#include <vector>

#include "core/feedback.h"
#include "importer/read_layer.h"

namespace pw {

class BackgroundReads {
public:
  BackgroundReads(std::vector<ImportPlan>& plans, int projectEpsg, Feedback& feedback);
  /// Cancels what is still being read and waits for the worker.
  ~BackgroundReads();
  BackgroundReads(const BackgroundReads&) = delete;
  BackgroundReads& operator=(const BackgroundReads&) = delete;

  /// The read of plan `index`, waiting for it if needed; rethrows the error that stopped the reading.
  LayerRead take(std::size_t index);

private:
  Feedback m_feedback;
  std::vector<std::promise<LayerRead>> m_promises;
  std::vector<std::future<LayerRead>> m_futures;
  std::thread m_thread;
};

}  // namespace pw
