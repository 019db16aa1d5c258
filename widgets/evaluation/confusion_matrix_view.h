#pragma once
// One finding's 2×2 confusion matrix at its decision threshold (rows: the label, columns: the
// call), drawn for the new model and, beside it, the current one. Cells are shaded by the share
// of their row, so sensitivity and specificity read as colour and the counts stay exact.

#include <QWidget>
#include <optional>

#include "core/evaluation/evaluation_report.h"

namespace ctlite::widgets {

class ConfusionMatrixView : public QWidget {
  Q_OBJECT

 public:
  explicit ConfusionMatrixView(QWidget* parent = nullptr);

  struct Matrix {
    QString title;
    core::ConfusionCounts counts;
    double threshold = 0.0;
  };
  void setMatrices(const QString& finding, std::optional<Matrix> evaluated, std::optional<Matrix> baseline);

  QSize minimumSizeHint() const override { return {260, 200}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void paintMatrix(class QPainter& painter, const QRectF& area, const Matrix& matrix, const QColor& accent) const;

  QString finding_;
  std::optional<Matrix> evaluated_;
  std::optional<Matrix> baseline_;
};

}  // namespace ctlite::widgets
