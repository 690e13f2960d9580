#include "core/feedback.h"

#include "core/error.h"

namespace pw {

void Feedback::progress(const std::string& stage, std::int64_t done, std::int64_t total) {
  if (cancelled()) throw Error(ErrorKind::Cancelled, PW_TR("The operation was cancelled; nothing was changed."));
  if (m_parent) {
    m_parent->progress(stage, done, total);
    return;
  }
  if (m_progress) {
    std::lock_guard lock(m_mutex);
    m_progress(stage, done, total);
  }
}

}  // namespace pw
