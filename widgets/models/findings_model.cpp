#include "widgets/models/findings_model.h"

#include <algorithm>

namespace ctlite::widgets {

FindingsModel::FindingsModel(QObject* parent) : QObject(parent) {}

void FindingsModel::setResult(const ScoreResult& result) {
  result_ = result;
  sorted_ = result.findings;
  std::stable_sort(sorted_.begin(), sorted_.end(), [](const Finding& a, const Finding& b) {
    return (a.score - a.threshold) > (b.score - b.threshold);
  });
  active_ = -1;
  emit findingsChanged();
  emit activeChanged(active_);
}

void FindingsModel::clear() {
  if (!result_) return;
  result_.reset();
  sorted_.clear();
  active_ = -1;
  emit findingsChanged();
  emit activeChanged(active_);
}

int FindingsModel::presentCount() const {
  return static_cast<int>(std::count_if(sorted_.begin(), sorted_.end(), [](const Finding& f) { return f.present; }));
}

std::optional<ModelIdentity> FindingsModel::modelIdentity() const {
  if (!result_) return std::nullopt;
  return result_->model;
}

void FindingsModel::activate(int sorted_index) {
  if (sorted_index < 0 || sorted_index >= sorted_.size()) return;
  active_ = sorted_index;
  emit activeChanged(active_);
  const Finding& finding = sorted_[sorted_index];
  if (finding.evidence_voxel) emit evidenceRequested(*finding.evidence_voxel, finding.name);
}

}  // namespace ctlite::widgets
