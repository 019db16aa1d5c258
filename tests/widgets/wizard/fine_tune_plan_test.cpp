// The wizard's page validation and the engine command lines it builds (no widgets, no engine).
#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "widgets/wizard/fine_tune_model.h"
#include "widgets/wizard/fine_tune_plan.h"

namespace ctlite::widgets {
namespace {

const QString kDemo = QStringLiteral(CTLITE_SOURCE_DIR "/models/ctlite-demo");

QString value_after(const QStringList& arguments, const QString& option) {
  const qsizetype at = arguments.indexOf(option);
  return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : QString();
}

TEST(FineTunePlan, DemoTeacherFactsComeFromItsManifest) {
  const TeacherFacts facts = read_teacher_facts(kDemo, {});
  ASSERT_TRUE(facts.problem.isEmpty()) << facts.problem.toStdString();
  EXPECT_TRUE(facts.is_bundle);
  EXPECT_EQ(facts.dim, 64);
  EXPECT_EQ(facts.tokenPositions(), 64);  // (64 / 8)²
  EXPECT_EQ(facts.temporal_patch_size, 4);
  EXPECT_EQ(facts.latent_size, 64);
}

TEST(FineTunePlan, TeacherProblemsNameTheFile) {
  QTemporaryDir scratch;
  FineTuneSettings s;
  s.teacher_path = scratch.filePath(QStringLiteral("ctclip.bin"));
  TeacherFacts facts = read_teacher_facts(s.teacher_path, {});
  EXPECT_TRUE(facts.problem.contains(QStringLiteral("ctclip.bin"))) << facts.problem.toStdString();

  QFile weights(scratch.filePath(QStringLiteral("ctclip.pt")));
  ASSERT_TRUE(weights.open(QIODevice::WriteOnly));
  weights.close();
  s.teacher_path = weights.fileName();
  facts = read_teacher_facts(s.teacher_path, {});
  EXPECT_TRUE(facts.problem.isEmpty());
  EXPECT_EQ(facts.dim, 512);  // CT-CLIP's CT-ViT without a config
  s.stages = TrainingStages::FastThenSfp;
  const QStringList problems = teacher_problems(s, facts);
  ASSERT_EQ(problems.size(), 1);
  EXPECT_TRUE(problems[0].contains(QStringLiteral("SFP stage needs a CT-Lite bundle")));
  s.stages = TrainingStages::Fast;
  EXPECT_TRUE(teacher_problems(s, facts).isEmpty());

  s.teacher_path = kDemo;
  s.stages = TrainingStages::Sfp;
  s.student_path = scratch.path();  // no model.json
  const QStringList no_student = teacher_problems(s, read_teacher_facts(kDemo, {}));
  ASSERT_EQ(no_student.size(), 1);
  EXPECT_TRUE(no_student[0].startsWith(scratch.path()));
}

TEST(FineTunePlan, HyperparameterProblemsCatchWhatTheEngineWouldRefuse) {
  const TeacherFacts demo = read_teacher_facts(kDemo, {});
  FineTuneSettings s;
  s.slices = 32;
  EXPECT_TRUE(hyperparameter_problems(s, demo, false).isEmpty()) << hyperparameter_problems(s, demo, false).join('\n').toStdString();
  auto problems_with = [&](auto change) {
    FineTuneSettings changed = s;
    change(changed);
    return hyperparameter_problems(changed, demo, false).join('\n');
  };
  EXPECT_TRUE(problems_with([](FineTuneSettings& x) { x.rank = 9; }).contains(QStringLiteral("rank 9: use 1 to 8")));
  EXPECT_TRUE(problems_with([](FineTuneSettings& x) { x.sfp_batch_size = 1; }).contains(QStringLiteral("SigLIP")));
  EXPECT_TRUE(problems_with([](FineTuneSettings& x) { x.slices = 30; }).contains(QStringLiteral("temporal patch size 4")));
  EXPECT_TRUE(problems_with([](FineTuneSettings& x) { x.device = QStringLiteral("cuda"); }).contains(QStringLiteral("no CUDA")));
  EXPECT_TRUE(problems_with([](FineTuneSettings& x) { x.learning_rate = 0; }).contains(QStringLiteral("learning rate")));
  // Only the chosen stages are checked: a one-pair batch is fine when SFP does not run.
  EXPECT_TRUE(problems_with([](FineTuneSettings& x) {
                x.stages = TrainingStages::Fast;
                x.sfp_batch_size = 1;
              }).isEmpty());
  FineTuneSettings gpu = s;
  gpu.device = QStringLiteral("cuda");
  EXPECT_TRUE(hyperparameter_problems(gpu, demo, true).isEmpty());
}

TEST(FineTunePlan, FastThenSfpChainsTheStudentAndEvaluatesTheBundle) {
  FineTuneModel model(QStringLiteral("/opt/ctlite/bin/ctlite"), kDemo, false);
  FineTuneSettings& s = model.settings();
  s.data_folder = QStringLiteral("/data/ct-rate");
  s.fast_steps = 7;
  s.sfp_steps = 5;
  s.rank = 2;
  s.slices = 32;
  s.mup = false;
  s.processes = 2;
  const TrainingJob job = model.makeJob(QStringLiteral("/jobs/j1"));
  ASSERT_EQ(job.steps.size(), 3);
  const QStringList fast = job.steps[0].arguments;
  const QStringList sfp = job.steps[1].arguments;
  EXPECT_EQ(fast.mid(0, 2), (QStringList{QStringLiteral("train"), QStringLiteral("fast")}));
  EXPECT_EQ(value_after(fast, QStringLiteral("--steps")), QStringLiteral("7"));
  EXPECT_EQ(value_after(fast, QStringLiteral("--teacher")), kDemo);
  EXPECT_EQ(value_after(fast, QStringLiteral("--out")), QStringLiteral("/jobs/j1/fast"));
  EXPECT_EQ(value_after(fast, QStringLiteral("--nproc")), QStringLiteral("2"));
  EXPECT_TRUE(fast.contains(QStringLiteral("--no-mup")));
  EXPECT_EQ(value_after(sfp, QStringLiteral("--student")), QStringLiteral("/jobs/j1/fast"));
  EXPECT_EQ(value_after(sfp, QStringLiteral("--rank")), QStringLiteral("2"));
  EXPECT_EQ(value_after(sfp, QStringLiteral("--steps")), QStringLiteral("5"));
  EXPECT_EQ(value_after(sfp, QStringLiteral("--slices")), QStringLiteral("32"));
  EXPECT_EQ(job.steps[1].completion_path, QStringLiteral("/jobs/j1/sfp/model"));
  EXPECT_EQ(job.steps[2].name, QStringLiteral("evaluate"));
  EXPECT_EQ(value_after(job.steps[2].arguments, QStringLiteral("--model")), QStringLiteral("/jobs/j1/sfp/model"));
  EXPECT_EQ(value_after(job.steps[2].arguments, QStringLiteral("--out")), QStringLiteral("/jobs/j1/eval.json"));
  EXPECT_EQ(job.engine, QStringLiteral("/opt/ctlite/bin/ctlite"));

  model.setBaselineModel(QStringLiteral("/models/current"));
  const TrainingJob compared = model.makeJob(QStringLiteral("/jobs/j1"));
  ASSERT_EQ(compared.steps.size(), 4);
  EXPECT_TRUE(compared.steps[3].optional) << "a baseline that cannot be evaluated costs only the comparison";
  EXPECT_EQ(value_after(compared.steps[3].arguments, QStringLiteral("--model")), QStringLiteral("/models/current"));
  EXPECT_EQ(value_after(compared.steps[3].arguments, QStringLiteral("--out")), QStringLiteral("/jobs/j1/baseline.json"));

  s.has_validation_split = false;  // nothing to calibrate thresholds on or evaluate with
  const TrainingJob unvalidated = model.makeJob(QStringLiteral("/jobs/j3"));
  ASSERT_EQ(unvalidated.steps.size(), 2);
  EXPECT_EQ(value_after(unvalidated.steps[1].arguments, QStringLiteral("--calibration-split")), QStringLiteral("none"));
  s.has_validation_split = true;

  s.stages = TrainingStages::Fast;  // a student encoder only: no bundle, nothing to evaluate
  EXPECT_EQ(model.makeJob(QStringLiteral("/jobs/j2")).steps.size(), 1);
  EXPECT_EQ(resumed(resumed(fast)).count(QStringLiteral("--resume")), 1);
}

TEST(FineTunePlan, DataPageCompletesOnlyForTheValidatedFolder) {
  FineTuneModel model(QStringLiteral("ctlite"), kDemo, false);
  EXPECT_FALSE(model.dataComplete());
  model.settings().data_folder = QStringLiteral("/data/a");
  core::TrainingDataValidation clean;
  clean.splits.push_back({});
  model.setValidation(QStringLiteral("/data/a"), clean);
  EXPECT_TRUE(model.dataComplete());
  model.settings().data_folder = QStringLiteral("/data/b");  // typed on: the result is stale
  EXPECT_FALSE(model.dataComplete());
  core::TrainingDataValidation broken;
  broken.messages.push_back({core::ValidationSeverity::Error, "/data/b/x.csv", "missing"});
  model.setValidation(QStringLiteral("/data/b"), broken);
  EXPECT_FALSE(model.dataComplete());
  EXPECT_TRUE(model.validationSummaryHtml().contains(QStringLiteral("/data/b/x.csv: missing")));
}

TEST(FineTunePlan, LiveHintsShowTheSfpCostAndTheMupRates) {
  FineTuneModel model(QStringLiteral("ctlite"), kDemo, false);
  model.settings().rank = 2;
  model.settings().learning_rate = 1e-3;
  // Demo: k = 64, block 64 → (8, 8), latent 64 → (8, 8): 64·2·(64·8 + 8·64) = 131072 vs 262144.
  EXPECT_TRUE(model.headCostText().contains(QStringLiteral("0.500"))) << model.headCostText().toStdString();
  // W1: 1e-3·64/8 = 0.008; W2: 1e-3·64/(2·64·8) = 6.25e-05.
  EXPECT_TRUE(model.learningRateText().contains(QStringLiteral("0.008"))) << model.learningRateText().toStdString();
  EXPECT_TRUE(model.learningRateText().contains(QStringLiteral("6.25e-05")));
}

}  // namespace
}  // namespace ctlite::widgets
