#pragma once
// Reads the planned sources one after another on a worker thread and hands their rows over in chunks, so reading
// overlaps writing, also within one large file (the import is CPU-bound on both sides). At most a few chunks wait,
// which bounds the memory a large import needs.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "core/feedback.h"
#include "importer/read_layer.h"

namespace pw {

class BackgroundReads {
public:
  struct Chunk {
    LayerRead read;  ///< rows and issues; the final chunk also carries the totals and notes
    bool final = false;
  };

  BackgroundReads(std::vector<ImportPlan>& plans, int projectEpsg, Feedback& feedback);
  /// Cancels what is still being read and waits for the worker.
  ~BackgroundReads();
  BackgroundReads(const BackgroundReads&) = delete;
  BackgroundReads& operator=(const BackgroundReads&) = delete;

  /// The next chunk of plan `index`, waiting for it; rethrows the error that stopped the reading.
  Chunk next(std::size_t index);

private:
  static constexpr std::size_t kMaxQueued = 25;  // up to 500,000 rows read ahead
  struct Channel {
    std::deque<Chunk> queue;
    std::exception_ptr error;
  };
  void push(std::size_t index, Chunk chunk);

  Feedback m_feedback;
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::vector<Channel> m_channels;
  std::thread m_thread;
};

}  // namespace pw
