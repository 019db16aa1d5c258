#include "widgets/wizard/fine_tune_plan.h"

#include <QDir>
#include <QFileInfo>

#include "widgets/wizard/head_cost_estimate.h"

namespace ctlite::widgets {
namespace {

QString number(double value) { return QString::number(value, 'g', 6); }

bool is_fast_output(const QString& path) {
  const QDir folder(path);
  return QFileInfo(folder.filePath(QStringLiteral("model.json"))).isFile() ||
         QFileInfo(folder.filePath(QStringLiteral("model/model.json"))).isFile();
}

// Options every stage shares (trainer_options in the engine's train_command.cpp).
QStringList common_arguments(const FineTuneSettings& s, const QString& out, int steps, int batch, int accumulation) {
  QStringList a = {QStringLiteral("--data"), s.data_folder, QStringLiteral("--out"), out,
                   QStringLiteral("--steps"), QString::number(steps), QStringLiteral("--batch-size"), QString::number(batch),
                   QStringLiteral("--accumulation"), QString::number(accumulation), QStringLiteral("--lr"), number(s.learning_rate),
                   QStringLiteral("--slices"), QString::number(s.slices), QStringLiteral("--device"), s.device,
                   QStringLiteral("--checkpoint-every"), QString::number(s.checkpoint_every),
                   QStringLiteral("--seed"), QString::number(s.seed)};
  if (!s.mup) a << QStringLiteral("--no-mup");
  if (s.processes > 1) a << QStringLiteral("--nproc") << QString::number(s.processes);
  return a;
}

}  // namespace

QStringList teacher_problems(const FineTuneSettings& s, const TeacherFacts& teacher) {
  QStringList problems;
  if (!teacher.problem.isEmpty()) {
    problems << teacher.problem;
    return problems;
  }
  if (s.runsSfp() && !teacher.is_bundle)
    problems << QStringLiteral("%1: the SFP stage needs a CT-Lite bundle as teacher (its text tower and dense head); "
                               "a weights file can only teach FAST")
                    .arg(s.teacher_path);
  if (s.stages == TrainingStages::Sfp && !is_fast_output(s.student_path))
    problems << QStringLiteral("%1: SFP alone needs the output of an earlier FAST stage as student (no model.json)")
                    .arg(s.student_path.isEmpty() ? QStringLiteral("student") : s.student_path);
  return problems;
}

QStringList hyperparameter_problems(const FineTuneSettings& s, const TeacherFacts& teacher, bool cuda_available) {
  QStringList problems;
  if (s.runsSfp()) {
    const HeadCostEstimate cost =
        estimate_sfp_head(teacher.tokenPositions(), teacher.dim, teacher.latent_size, s.rank, s.learning_rate);
    if (s.rank < 1 || (cost.full_rank > 0 && s.rank > cost.full_rank))
      problems << QStringLiteral("rank %1: use 1 to %2 (the full rank of the SFP blocks; higher ranks only add weights)")
                      .arg(s.rank).arg(cost.full_rank);
    if (s.sfp_batch_size < 2)
      problems << QStringLiteral("SFP batch size %1: SigLIP needs at least 2 pairs per batch (in-batch negatives)").arg(s.sfp_batch_size);
    if (s.sfp_steps < 1) problems << QStringLiteral("SFP steps must be at least 1");
    if (s.sfp_accumulation < 1) problems << QStringLiteral("SFP accumulation must be at least 1");
  }
  if (s.runsFast()) {
    if (s.fast_steps < 1) problems << QStringLiteral("FAST steps must be at least 1");
    if (s.fast_batch_size < 1 || s.fast_accumulation < 1)
      problems << QStringLiteral("FAST batch size and accumulation must be at least 1");
  }
  if (!(s.learning_rate > 0 && s.learning_rate < 1))
    problems << QStringLiteral("learning rate %1: use a value between 0 and 1 (the paper: 1e-4)").arg(number(s.learning_rate));
  if (s.slices < 1 || teacher.temporal_patch_size < 1 || s.slices % teacher.temporal_patch_size != 0)
    problems << QStringLiteral("slices %1: must be a positive multiple of the teacher's temporal patch size %2")
                    .arg(s.slices).arg(teacher.temporal_patch_size);
  if (s.device != QLatin1String("cpu") && !(s.device.startsWith(QLatin1String("cuda")) && cuda_available))
    problems << QStringLiteral("device %1: the engine reported no CUDA device; use cpu").arg(s.device);
  if (s.processes < 1) problems << QStringLiteral("processes must be at least 1");
  if (s.checkpoint_every < 1) problems << QStringLiteral("checkpoint interval must be at least 1 step");
  if (s.prompt_fraction < 0 || s.prompt_fraction > 1) problems << QStringLiteral("prompt fraction must lie in [0, 1]");
  return problems;
}

QVector<StageCommand> plan_training_stages(const FineTuneSettings& s, const TeacherFacts& teacher, const QString& job_folder) {
  QVector<StageCommand> stages;
  const QDir job(job_folder);
  const QString teacher_argument = QFileInfo(teacher.is_bundle ? teacher.bundle_folder : s.teacher_path).absoluteFilePath();
  QString student = s.student_path;
  if (s.runsFast()) {
    StageCommand fast{QStringLiteral("fast"), job.filePath(QStringLiteral("fast")), {}};
    fast.arguments << QStringLiteral("train") << QStringLiteral("fast")
                   << common_arguments(s, fast.output_folder, s.fast_steps, s.fast_batch_size, s.fast_accumulation)
                   << QStringLiteral("--teacher") << teacher_argument;
    if (!teacher.is_bundle && !s.ctvit_config.isEmpty()) fast.arguments << QStringLiteral("--config") << s.ctvit_config;
    student = fast.output_folder;
    stages << fast;
  }
  if (s.runsSfp()) {
    StageCommand sfp{QStringLiteral("sfp"), job.filePath(QStringLiteral("sfp")), {}};
    sfp.arguments << QStringLiteral("train") << QStringLiteral("sfp")
                  << common_arguments(s, sfp.output_folder, s.sfp_steps, s.sfp_batch_size, s.sfp_accumulation)
                  << QStringLiteral("--teacher") << teacher_argument << QStringLiteral("--student") << student
                  << QStringLiteral("--rank") << QString::number(s.rank)
                  << QStringLiteral("--prompt-fraction") << number(s.prompt_fraction)
                  << QStringLiteral("--bundle-name")
                  << QStringLiteral("Fine-tuned CT-Lite (%1)").arg(QFileInfo(job_folder).fileName())
                  << QStringLiteral("--data-description") << QStringLiteral("fine-tuned on %1").arg(s.data_folder);
    if (!s.has_validation_split) sfp.arguments << QStringLiteral("--calibration-split") << QStringLiteral("none");
    stages << sfp;
  }
  return stages;
}

QStringList resumed(const QStringList& arguments) {
  if (arguments.contains(QStringLiteral("--resume"))) return arguments;
  return QStringList(arguments) << QStringLiteral("--resume");
}

QStringList evaluation_arguments(const QString& bundle, const FineTuneSettings& s, const QString& out_json) {
  return {QStringLiteral("evaluate"), QStringLiteral("--model"), bundle, QStringLiteral("--data"), s.data_folder,
          QStringLiteral("--split"), QStringLiteral("valid"), QStringLiteral("--slices"), QString::number(s.slices),
          QStringLiteral("--out"), out_json};
}

}  // namespace ctlite::widgets
