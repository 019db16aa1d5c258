#pragma once
// What the evaluation charts draw, computed from the reports so the views only bind: ROC curves
// of the chosen findings (for the new model and the baseline), the radar polygon of per-finding
// AUROC, the confusion counts, and the t-SNE map split into the groups the scatter colours.

#include <QObject>
#include <QPointF>
#include <QStringList>
#include <QVector>
#include <optional>

#include "core/evaluation/evaluation_report.h"

namespace ctlite::widgets {

// The t-SNE map seen from one finding: cases with and without it, that finding's two prompts,
// and every other prompt.
struct TsneGroups {
  QVector<QPointF> positive_cases, negative_cases;
  std::optional<QPointF> present_prompt, absent_prompt;
  QVector<QPointF> other_prompts;
};

// Radar geometry: axis k of n starts at the top and runs clockwise; radius = AUROC (0 … 1).
QPointF radar_point(int axis, int axes, double radius);

class EvaluationChartModel : public QObject {
  Q_OBJECT

 public:
  explicit EvaluationChartModel(QObject* parent = nullptr);

  void setReport(std::optional<core::EvaluationReport> report);
  void setBaseline(std::optional<core::EvaluationReport> baseline);
  const std::optional<core::EvaluationReport>& report() const { return report_; }
  const std::optional<core::EvaluationReport>& baseline() const { return baseline_; }

  // The report's findings in its order (the radar's axes).
  QStringList findings() const;

  // The finding the confusion matrix highlights and the t-SNE colours by; a new report keeps
  // it when the report has it, else takes the finding with the highest AUROC.
  void setFocusedFinding(const QString& finding);
  QString focusedFinding() const { return focused_; }
  // Findings whose ROC curves are drawn (a new report starts with the focused one).
  void setRocFindings(const QStringList& findings);
  QStringList rocFindings() const { return roc_findings_; }

  // (false positive rate, true positive rate) points; empty when that report lacks the finding
  // or its ROC points (a one-class finding has none).
  QVector<QPointF> rocCurve(const QString& finding, bool from_baseline = false) const;
  // Closed polygon over findings(): one vertex per axis, NaN where AUROC is undefined (the
  // curve shows a gap there rather than a made-up value).
  QVector<QPointF> radarPolygon(bool from_baseline = false) const;
  std::optional<core::ConfusionCounts> confusion(const QString& finding, bool from_baseline = false) const;
  bool hasTsne() const { return report_ && report_->tsne; }
  TsneGroups tsneGroups() const;

 signals:
  void reportsChanged();
  void focusChanged();
  void rocFindingsChanged();

 private:
  const core::EvaluationReport* source(bool from_baseline) const;
  void chooseFocus();

  std::optional<core::EvaluationReport> report_;
  std::optional<core::EvaluationReport> baseline_;
  QString focused_;
  QStringList roc_findings_;
};

}  // namespace ctlite::widgets
