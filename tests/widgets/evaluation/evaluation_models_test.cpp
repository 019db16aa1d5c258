// The evaluation view's models: table rows and comparison deltas, ROC and radar data, t-SNE
// groups, and the view binding them (rows select ROC curves and the focused finding).

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <cmath>

#include "tests/common/evaluation_report_json.h"
#include "widgets/evaluation/evaluation_chart_model.h"
#include "widgets/evaluation/evaluation_table_model.h"
#include "widgets/evaluation/evaluation_view.h"

namespace ctlite::widgets {
namespace {

core::EvaluationReport report(const std::string& id = "new-model", double auroc = 0.75) {
  return core::parse_evaluation_report(test_support::evaluation_report_json(id, auroc), id + ".json");
}

QString text(const EvaluationTableModel& model, int row, int column) {
  return model.data(model.index(row, column)).toString();
}

TEST(EvaluationTableModel, RowsPerFindingPlusMacroAndDeltasAgainstTheBaseline) {
  EvaluationTableModel model;
  EXPECT_EQ(model.rowCount(), 0);
  model.setReport(report());
  ASSERT_EQ(model.rowCount(), 3);
  EXPECT_EQ(model.columnCount(), EvaluationTableModel::Threshold + 1);
  EXPECT_EQ(model.macroRow(), 2);
  EXPECT_EQ(model.findingAt(0), QStringLiteral("Emphysema"));
  EXPECT_TRUE(model.findingAt(2).isEmpty());
  EXPECT_EQ(text(model, 0, EvaluationTableModel::Auroc), QStringLiteral("0.750"));
  EXPECT_EQ(text(model, 0, EvaluationTableModel::Positives), QStringLiteral("2 / 4"));
  EXPECT_EQ(text(model, 1, EvaluationTableModel::Auroc), QStringLiteral("–"));  // one-class finding
  EXPECT_FALSE(model.data(model.index(1, EvaluationTableModel::Auroc), EvaluationTableModel::kValueRole).isValid());
  EXPECT_EQ(text(model, 2, EvaluationTableModel::Accuracy), QStringLiteral("0.625"));

  model.setBaseline(report("current-model", 0.6));
  ASSERT_EQ(model.columnCount(), EvaluationTableModel::DeltaAccuracy + 1);
  EXPECT_EQ(text(model, 0, EvaluationTableModel::DeltaAuroc), QStringLiteral("+0.150"));
  EXPECT_NEAR(model.data(model.index(2, EvaluationTableModel::DeltaAuroc), EvaluationTableModel::kValueRole).toDouble(),
              0.15, 1e-12);
  EXPECT_EQ(text(model, 0, EvaluationTableModel::DeltaWeightedF1), QStringLiteral("±0.000"));
  EXPECT_EQ(text(model, 1, EvaluationTableModel::DeltaAuroc), QStringLiteral("–"));
}

TEST(EvaluationDeltas, UndefinedOrMissingFindingsHaveNoDelta) {
  const core::EvaluationReport now = report("a", 0.8), before = report("b", 0.7);
  const MetricDelta emphysema = finding_delta(now, before, "Emphysema");
  ASSERT_TRUE(emphysema.auroc);
  EXPECT_NEAR(*emphysema.auroc, 0.1, 1e-12);
  EXPECT_FALSE(finding_delta(now, before, "Atelectasis").auroc);
  EXPECT_FALSE(finding_delta(now, before, "Cardiomegaly").accuracy);
  EXPECT_NEAR(*macro_delta(now, before).auroc, 0.1, 1e-12);
}

TEST(EvaluationChartModel, RocRadarConfusionAndTsneComeFromTheReports) {
  EvaluationChartModel model;
  QSignalSpy changed(&model, &EvaluationChartModel::reportsChanged);
  model.setReport(report());
  EXPECT_EQ(changed.count(), 1);
  // The finding with the best AUROC is focused, and its ROC curve drawn.
  EXPECT_EQ(model.focusedFinding(), QStringLiteral("Emphysema"));
  EXPECT_EQ(model.rocFindings(), QStringList{QStringLiteral("Emphysema")});
  const QVector<QPointF> roc = model.rocCurve(QStringLiteral("Emphysema"));
  ASSERT_EQ(roc.size(), 4);
  EXPECT_EQ(roc[1], QPointF(0.0, 0.5));
  EXPECT_TRUE(model.rocCurve(QStringLiteral("Atelectasis")).isEmpty());
  EXPECT_TRUE(model.rocCurve(QStringLiteral("Emphysema"), true).isEmpty());  // no baseline yet

  // Radar: closed, one vertex per finding, the undefined AUROC a gap (NaN), not a value.
  const QVector<QPointF> radar = model.radarPolygon();
  ASSERT_EQ(radar.size(), 3);
  EXPECT_NEAR(radar[0].x(), 0.0, 1e-12);
  EXPECT_NEAR(radar[0].y(), 0.75, 1e-12);  // first axis points up, radius = AUROC
  EXPECT_TRUE(std::isnan(radar[1].x()));
  EXPECT_EQ(radar[2], radar[0]);
  EXPECT_NEAR(radar_point(1, 4, 1.0).x(), 1.0, 1e-12);  // clockwise: the second of four axes is to the right

  ASSERT_TRUE(model.confusion(QStringLiteral("Emphysema")));
  EXPECT_EQ(model.confusion(QStringLiteral("Emphysema"))->true_positive, 1);

  const TsneGroups groups = model.tsneGroups();
  EXPECT_EQ(groups.positive_cases.size(), 2);
  EXPECT_EQ(groups.negative_cases.size(), 2);
  ASSERT_TRUE(groups.present_prompt);
  EXPECT_EQ(*groups.present_prompt, QPointF(1.2, 2.2));
  EXPECT_EQ(groups.other_prompts.size(), 2);
  model.setFocusedFinding(QStringLiteral("Atelectasis"));
  EXPECT_EQ(model.tsneGroups().positive_cases.size(), 0);
  model.setFocusedFinding(QStringLiteral("Not a finding"));
  EXPECT_EQ(model.focusedFinding(), QStringLiteral("Atelectasis"));

  model.setBaseline(report("current", 0.6));
  EXPECT_EQ(model.rocCurve(QStringLiteral("Emphysema"), true).size(), 4);
  EXPECT_NEAR(model.radarPolygon(true)[0].y(), 0.6, 1e-12);
}

TEST(EvaluationView, TableSelectionDrivesTheCharts) {
  EvaluationView view;
  view.setReport(report());
  view.setBaseline(report("current", 0.6));
  EXPECT_EQ(view.tableModel()->columnCount(), EvaluationTableModel::DeltaAccuracy + 1);
  view.focusFinding(QStringLiteral("Atelectasis"));
  EXPECT_EQ(view.chartModel()->focusedFinding(), QStringLiteral("Atelectasis"));
  EXPECT_EQ(view.chartModel()->rocFindings(), QStringList{QStringLiteral("Atelectasis")});
  view.clearBaseline();
  EXPECT_EQ(view.tableModel()->columnCount(), EvaluationTableModel::Threshold + 1);
}

}  // namespace
}  // namespace ctlite::widgets
