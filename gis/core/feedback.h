#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace pw {

/// Progress and cancellation for long operations (QgsFeedback's idea, without Qt). Workers call progress() now and
/// then; another thread may call cancel() at any time. A child feedback (for a helper thread) reports through its
/// parent and is cancelled with it. progress() may be called from several threads.
class Feedback {
public:
  using ProgressFn = std::function<void(const std::string& stage, std::int64_t done, std::int64_t total)>;

  Feedback() = default;
  explicit Feedback(ProgressFn fn) : m_progress(std::move(fn)) {}
  explicit Feedback(Feedback& parent) : m_parent(&parent) {}
  Feedback(const Feedback&) = delete;
  Feedback& operator=(const Feedback&) = delete;

  void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
  bool cancelled() const noexcept {
    return m_cancelled.load(std::memory_order_relaxed) || (m_parent && m_parent->cancelled());
  }

  /// Reports progress; throws Error(Cancelled) if cancel() was called, so workers need no extra checks.
  void progress(const std::string& stage, std::int64_t done, std::int64_t total);

private:
  ProgressFn m_progress;
  Feedback* m_parent = nullptr;
  std::atomic<bool> m_cancelled{false};
  std::mutex m_mutex;  // one report at a time, whatever the thread
};

}  // namespace pw
