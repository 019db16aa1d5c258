#pragma once
// The evaluation table: one row per finding plus the macro average, with AUROC, weighted F1,
// accuracy and threshold of the report, and — once a baseline report (the current model) is
// set — the change against it, so "is the new model better, and where?" reads off one table.

#include <QAbstractTableModel>
#include <optional>

#include "core/evaluation/evaluation_report.h"

namespace ctlite::widgets {

// new − baseline for each metric; empty where either side is undefined (one-class finding) or
// the baseline lacks the finding.
struct MetricDelta {
  std::optional<double> auroc, weighted_f1, accuracy;
};
MetricDelta finding_delta(const core::EvaluationReport& report, const core::EvaluationReport& baseline,
                          const std::string& finding);
MetricDelta macro_delta(const core::EvaluationReport& report, const core::EvaluationReport& baseline);

class EvaluationTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Finding, Positives, Auroc, WeightedF1, Accuracy, Threshold, DeltaAuroc, DeltaWeightedF1, DeltaAccuracy };
  // Raw numbers (double, or invalid QVariant when undefined) for sorting and tests.
  static constexpr int kValueRole = Qt::UserRole + 1;

  explicit EvaluationTableModel(QObject* parent = nullptr);

  void setReport(std::optional<core::EvaluationReport> report);
  void setBaseline(std::optional<core::EvaluationReport> baseline);
  bool hasBaseline() const { return baseline_.has_value(); }
  // Row of the macro average (the last one); -1 without a report.
  int macroRow() const;
  // The finding of a row; empty for the macro row.
  QString findingAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::optional<double> value(int row, int column) const;

  std::optional<core::EvaluationReport> report_;
  std::optional<core::EvaluationReport> baseline_;
};

}  // namespace ctlite::widgets
