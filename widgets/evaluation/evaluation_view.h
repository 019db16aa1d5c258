#pragma once
// The evaluation page: per-finding table (AUROC, weighted F1, accuracy, threshold, and the
// change against the current model), ROC curves of the selected findings, a radar of
// per-finding AUROC, the focused finding's confusion matrices, and the t-SNE map of image and
// prompt latents. The fine-tuning wizard embeds it after each stage; `ctlite-viewer
// --show-evaluation` shows it alone. Selecting table rows picks the ROC curves; the current
// row is the focused finding of the confusion matrix and the t-SNE colouring.

#include <QWidget>

#include "core/evaluation/evaluation_report.h"

class QCustomPlot;
class QLabel;
class QTableView;

namespace ctlite::widgets {

class ConfusionMatrixView;
class EvaluationChartModel;
class EvaluationTableModel;

class EvaluationView : public QWidget {
  Q_OBJECT

 public:
  explicit EvaluationView(QWidget* parent = nullptr);

  // The evaluated (new) model's report (`ctlite evaluate --out`).
  void setReport(const core::EvaluationReport& report);
  // The model it is compared with (usually the active one); adds Δ columns and second curves.
  void setBaseline(const core::EvaluationReport& baseline);
  void clearBaseline();
  // Focus one finding (English CT-RATE name) and draw its ROC curve.
  void focusFinding(const QString& finding);

  EvaluationTableModel* tableModel() const { return table_model_; }
  EvaluationChartModel* chartModel() const { return chart_model_; }

 private:
  void rebuildHeader();
  void rebuildRoc();
  void rebuildRadar();
  void rebuildConfusion();
  void rebuildTsne();
  void keepRadarRound();
  void onSelectionChanged();
  QString reportLabel(bool baseline) const;

  EvaluationTableModel* table_model_;
  EvaluationChartModel* chart_model_;
  QLabel* title_ = nullptr;
  QLabel* summary_ = nullptr;
  QLabel* notice_ = nullptr;
  QTableView* table_ = nullptr;
  QCustomPlot* roc_plot_ = nullptr;
  QCustomPlot* radar_plot_ = nullptr;
  QCustomPlot* tsne_plot_ = nullptr;
  QLabel* tsne_caption_ = nullptr;
  ConfusionMatrixView* confusion_ = nullptr;
};

}  // namespace ctlite::widgets
