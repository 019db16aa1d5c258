#pragma once
// The engine's latest scores for the loaded volume, ordered for reading: the strongest evidence
// first (score minus its threshold), so present findings lead and near-misses follow.

#include <QObject>
#include <optional>

#include "widgets/engine/engine_protocol.h"

namespace ctlite::widgets {

class FindingsModel : public QObject {
  Q_OBJECT

 public:
  explicit FindingsModel(QObject* parent = nullptr);

  void setResult(const ScoreResult& result);
  void clear();
  bool hasResult() const { return result_.has_value(); }
  const std::optional<ScoreResult>& result() const { return result_; }

  // Findings sorted by (score - threshold), descending; ties keep the engine's CT-RATE order.
  const QVector<Finding>& sortedFindings() const { return sorted_; }
  int presentCount() const;

  // The model identity shown with every result ("trained on synthetic phantoms" notice).
  std::optional<ModelIdentity> modelIdentity() const;

  // Selects a finding (index into sortedFindings()); emits evidenceRequested when it has an
  // evidence voxel.
  void activate(int sorted_index);
  int activeIndex() const { return active_; }

 signals:
  void findingsChanged();
  void activeChanged(int sorted_index);
  void evidenceRequested(const std::array<int, 3>& voxel, const QString& finding_name);

 private:
  std::optional<ScoreResult> result_;
  QVector<Finding> sorted_;
  int active_ = -1;
};

}  // namespace ctlite::widgets
