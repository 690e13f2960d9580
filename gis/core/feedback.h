#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace pw {

/// Progress and cancellation for long operations (QgsFeedback's idea, without Qt). The worker calls progress()
/// now and then and checks cancelled(); another thread may call cancel() at any time.
class Feedback {
public:
  using ProgressFn = std::function<void(const std::string& stage, std::int64_t done, std::int64_t total)>;

  Feedback() = default;
  explicit Feedback(ProgressFn fn) : m_progress(std::move(fn)) {}

  void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
  bool cancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }

  /// Reports progress; throws Error(Cancelled) if cancel() was called, so workers need no extra checks.
  void progress(const std::string& stage, std::int64_t done, std::int64_t total);

private:
  ProgressFn m_progress;
  std::atomic<bool> m_cancelled{false};
};

}  // namespace pw
