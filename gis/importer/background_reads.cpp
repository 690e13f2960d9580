#include "importer/background_reads.h"

#include "crs/proj.h"
#include "io/profile.h"

namespace pw {

BackgroundReads::BackgroundReads(std::vector<ImportPlan>& plans, int projectEpsg, Feedback& feedback)
    : m_feedback(feedback), m_promises(plans.size()) {
  for (auto& p : m_promises) m_futures.push_back(p.get_future());
  const auto& vocabulary = defaultVocabulary();  // loaded here: its errors belong to the caller's thread
  m_thread = std::thread([this, &plans, projectEpsg, &vocabulary] {
    for (std::size_t i = 0; i < plans.size(); ++i) {
      try {
        auto& plan = plans[i];
        // PROJ objects belong to the thread that made them: the transformer is created here.
        const proj::Transformer toProject(plan.source->info().crs->definition, "EPSG:" + std::to_string(projectEpsg));
        m_feedback.progress("read " + plan.path, 0, plan.source->info().featureCount);
        m_promises[i].set_value(readLayer(plan, toProject, vocabulary, &m_feedback));
      } catch (...) {
        // This source and all after it fail with the same error.
        for (std::size_t k = i; k < plans.size(); ++k) m_promises[k].set_exception(std::current_exception());
        return;
      }
    }
  });
}

BackgroundReads::~BackgroundReads() {
  m_feedback.cancel();
  if (m_thread.joinable()) m_thread.join();
}

LayerRead BackgroundReads::take(std::size_t index) { return m_futures[index].get(); }

}  // namespace pw
