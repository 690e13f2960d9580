#include "importer/background_reads.h"

#include "core/error.h"
#include "crs/proj.h"
#include "io/profile.h"

namespace pw {
namespace {

LayerRead takeRows(LayerRead& from) {
  LayerRead part;
  part.pipes = std::move(from.pipes);
  part.manholes = std::move(from.manholes);
  part.districts = std::move(from.districts);
  part.issues = std::move(from.issues);
  from.pipes.clear();
  from.manholes.clear();
  from.districts.clear();
  from.issues.clear();
  return part;
}

}  // namespace

BackgroundReads::BackgroundReads(std::vector<ImportPlan>& plans, int projectEpsg, Feedback& feedback)
    : m_feedback(feedback), m_channels(plans.size()) {
  const auto& vocabulary = defaultVocabulary();  // loaded here: its errors belong to the caller's thread
  m_thread = std::thread([this, &plans, projectEpsg, &vocabulary] {
    for (std::size_t i = 0; i < plans.size(); ++i) {
      try {
        auto& plan = plans[i];
        // PROJ objects belong to the thread that made them: the transformer is created here.
        const proj::Transformer toProject(plan.source->info().crs->definition, "EPSG:" + std::to_string(projectEpsg));
        m_feedback.progress("read " + plan.path, 0, plan.source->info().featureCount);
        LayerRead rest = readLayer(plan, toProject, vocabulary, &m_feedback, [this, i](LayerRead& chunk) {
          push(i, Chunk{takeRows(chunk), false});
        });
        push(i, Chunk{std::move(rest), true});
      } catch (...) {
        // This source and every one after it fail with the same error.
        std::lock_guard lock(m_mutex);
        for (std::size_t k = i; k < m_channels.size(); ++k) m_channels[k].error = std::current_exception();
        m_changed.notify_all();
        return;
      }
    }
  });
}

BackgroundReads::~BackgroundReads() {
  m_feedback.cancel();
  {
    std::lock_guard lock(m_mutex);
    m_changed.notify_all();
  }
  if (m_thread.joinable()) m_thread.join();
}

void BackgroundReads::push(std::size_t index, Chunk chunk) {
  std::unique_lock lock(m_mutex);
  m_changed.wait(lock, [&] { return m_channels[index].queue.size() < kMaxQueued || m_feedback.cancelled(); });
  if (m_feedback.cancelled()) {
    throw Error(ErrorKind::Cancelled, PW_TR("The operation was cancelled; nothing was changed."));
  }
  m_channels[index].queue.push_back(std::move(chunk));
  m_changed.notify_all();
}

BackgroundReads::Chunk BackgroundReads::next(std::size_t index) {
  std::unique_lock lock(m_mutex);
  auto& channel = m_channels[index];
  m_changed.wait(lock, [&] { return !channel.queue.empty() || channel.error; });
  if (channel.queue.empty()) std::rethrow_exception(channel.error);
  Chunk chunk = std::move(channel.queue.front());
  channel.queue.pop_front();
  m_changed.notify_all();
  return chunk;
}

}  // namespace pw
