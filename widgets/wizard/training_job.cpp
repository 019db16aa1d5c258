#include "widgets/wizard/training_job.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <csignal>
#include <sys/types.h>

namespace ctlite::widgets {
namespace {

constexpr qint64 kMaxJobFileBytes = 16 * 1024 * 1024;

const QVector<QPair<JobState, QString>>& state_names() {
  static const QVector<QPair<JobState, QString>> names = {
      {JobState::Running, QStringLiteral("running")},     {JobState::Paused, QStringLiteral("paused")},
      {JobState::Cancelled, QStringLiteral("cancelled")}, {JobState::Finished, QStringLiteral("finished")},
      {JobState::Failed, QStringLiteral("failed")}};
  return names;
}

std::optional<JobState> state_from_name(const QString& name) {
  for (const auto& [state, text] : state_names())
    if (text == name) return state;
  return std::nullopt;
}

QString job_file(const QString& folder) { return QDir(folder).filePath(QStringLiteral("job.json")); }

QByteArray proc_cmdline(qint64 pid) {
  QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

// A zombie (exited, not yet reaped by its parent) still answers kill(pid, 0).
bool is_zombie(qint64 pid) {
  QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
  if (!file.open(QIODevice::ReadOnly)) return true;
  const QByteArray stat = file.readAll();
  const int close = stat.lastIndexOf(')');
  return close < 0 || stat.mid(close + 2, 1) == "Z";
}

}  // namespace

QString job_state_name(JobState state) {
  for (const auto& [s, text] : state_names())
    if (s == state) return text;
  return QStringLiteral("unknown");
}

QString TrainingJob::logPath(int step) const {
  return QDir(folder).filePath(QStringLiteral("%1-%2.log").arg(step + 1).arg(steps.value(step).name));
}

QString TrainingJob::evaluationPath() const { return QDir(folder).filePath(QStringLiteral("eval.json")); }

QString TrainingJob::baselinePath() const { return QDir(folder).filePath(QStringLiteral("baseline.json")); }

QString job_bundle_folder(const TrainingJob& job) {
  for (auto step = job.steps.crbegin(); step != job.steps.crend(); ++step)
    if (step->name == QLatin1String("sfp") && QFileInfo(step->completion_path).isDir()) return step->completion_path;
  return {};
}

core::ModelLineage job_lineage(const TrainingJob& job) {
  core::ModelLineage lineage;
  for (const JobStep& step : job.steps) {
    if (step.output_folder.isEmpty()) continue;  // evaluations
    lineage.stages.push_back(step.name.toStdString());
    const qsizetype teacher = step.arguments.indexOf(QStringLiteral("--teacher"));
    if (teacher >= 0 && teacher + 1 < step.arguments.size()) lineage.teacher = step.arguments[teacher + 1].toStdString();
  }
  lineage.data_path = job.data_folder.toStdString();
  const QFileInfo bundle(job_bundle_folder(job));
  if (bundle.exists())
    lineage.trained = bundle.lastModified().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toStdString();
  return lineage;
}

QString default_jobs_folder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("jobs"));
}

QString create_job_folder(const QString& jobs_folder, QString* error) {
  if (!QDir().mkpath(jobs_folder)) {
    if (error) *error = QStringLiteral("%1: cannot create the jobs folder").arg(jobs_folder);
    return {};
  }
  const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  for (int attempt = 0; attempt < 100; ++attempt) {
    const QString name = attempt == 0 ? stamp : QStringLiteral("%1-%2").arg(stamp).arg(attempt);
    // mkdir (not mkpath) fails when the folder exists: two wizards never share a job.
    // Absolute: the engine runs with the job folder as its working directory.
    if (QDir(jobs_folder).mkdir(name)) return QDir(jobs_folder).absoluteFilePath(name);
  }
  if (error) *error = QStringLiteral("%1: cannot create a job folder").arg(jobs_folder);
  return {};
}

QStringList list_job_folders(const QString& jobs_folder) {
  QStringList folders;
  const QDir root(jobs_folder);
  for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed))
    if (QFileInfo(job_file(root.filePath(name))).isFile()) folders << root.filePath(name);
  return folders;
}

bool write_job(const TrainingJob& job, QString* error) {
  QJsonArray steps;
  for (const JobStep& step : job.steps)
    steps.append(QJsonObject{{QStringLiteral("name"), step.name},
                             {QStringLiteral("arguments"), QJsonArray::fromStringList(step.arguments)},
                             {QStringLiteral("output_folder"), step.output_folder},
                             {QStringLiteral("completion_path"), step.completion_path},
                             {QStringLiteral("optional"), step.optional}});
  const QJsonObject object{{QStringLiteral("format"), QStringLiteral("ctlite-training-job")},
                           {QStringLiteral("engine"), job.engine},
                           {QStringLiteral("created"), job.created},
                           {QStringLiteral("data"), job.data_folder},
                           {QStringLiteral("steps"), steps},
                           {QStringLiteral("current_step"), job.current},
                           {QStringLiteral("pid"), job.pid},
                           {QStringLiteral("state"), job_state_name(job.state)},
                           {QStringLiteral("message"), job.message}};
  QSaveFile file(job_file(job.folder));
  if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
    if (error) *error = QStringLiteral("%1: cannot write (%2)").arg(file.fileName(), file.errorString());
    return false;
  }
  return true;
}

std::optional<TrainingJob> read_job(const QString& folder, QString* error) {
  const auto fail = [error](const QString& message) -> std::optional<TrainingJob> {
    if (error) *error = message;
    return std::nullopt;
  };
  QFile file(job_file(folder));
  if (file.size() > kMaxJobFileBytes) return fail(QStringLiteral("%1: too large for a job file").arg(file.fileName()));
  if (!file.open(QIODevice::ReadOnly)) return fail(QStringLiteral("%1: cannot read (%2)").arg(file.fileName(), file.errorString()));
  QJsonParseError parse{};
  const QJsonObject object = QJsonDocument::fromJson(file.readAll(), &parse).object();
  if (object.value(QLatin1String("format")).toString() != QLatin1String("ctlite-training-job"))
    return fail(QStringLiteral("%1: not a CT-Lite training job (%2)").arg(file.fileName(), parse.errorString()));
  TrainingJob job;
  job.folder = folder;
  job.engine = object.value(QLatin1String("engine")).toString();
  job.created = object.value(QLatin1String("created")).toString();
  job.data_folder = object.value(QLatin1String("data")).toString();
  for (const QJsonValue& value : object.value(QLatin1String("steps")).toArray()) {
    const QJsonObject step = value.toObject();
    QStringList arguments;
    for (const QJsonValue& argument : step.value(QLatin1String("arguments")).toArray()) arguments << argument.toString();
    job.steps.push_back({step.value(QLatin1String("name")).toString(), arguments,
                         step.value(QLatin1String("output_folder")).toString(),
                         step.value(QLatin1String("completion_path")).toString(),
                         step.value(QLatin1String("optional")).toBool()});
  }
  job.current = object.value(QLatin1String("current_step")).toInt();
  job.pid = object.value(QLatin1String("pid")).toInteger();
  job.message = object.value(QLatin1String("message")).toString();
  const auto state = state_from_name(object.value(QLatin1String("state")).toString());
  if (job.engine.isEmpty() || job.steps.isEmpty() || !state || job.current < 0 || job.current >= job.steps.size())
    return fail(QStringLiteral("%1: incomplete job description (engine, steps, state or current step)").arg(file.fileName()));
  job.state = *state;
  return job;
}

bool step_process_alive(const TrainingJob& job) {
  const JobStep* step = job.currentStep();
  if (job.pid <= 0 || !step || ::kill(static_cast<pid_t>(job.pid), 0) != 0 || is_zombie(job.pid)) return false;
  // The id may have been reused since: ours names the step's output file or folder.
  const QString marker = step->output_folder.isEmpty() ? step->completion_path : step->output_folder;
  return proc_cmdline(job.pid).contains(marker.toLocal8Bit());
}

bool start_current_step(TrainingJob& job, bool resume, QString* error) {
  const JobStep* step = job.currentStep();
  if (!step) {
    if (error) *error = QStringLiteral("%1: no step left to run").arg(job.folder);
    return false;
  }
  QStringList arguments = step->arguments;
  if (resume && !step->output_folder.isEmpty() &&
      QFileInfo(QDir(step->output_folder).filePath(QStringLiteral("checkpoints"))).isDir())
    arguments << QStringLiteral("--resume");
  QProcess process;
  process.setProgram(job.engine);
  process.setArguments(arguments);
  process.setWorkingDirectory(job.folder);
  process.setStandardInputFile(QProcess::nullDevice());
  process.setStandardOutputFile(job.logPath(job.current), QIODevice::Append);
  process.setStandardErrorFile(job.logPath(job.current), QIODevice::Append);
  qint64 pid = 0;
  if (!process.startDetached(&pid) || pid <= 0) {
    job.state = JobState::Failed;
    job.message = QStringLiteral("%1: cannot start the engine (%2)").arg(job.engine, process.errorString());
    if (error) *error = job.message;
    return false;
  }
  job.pid = pid;
  job.state = JobState::Running;
  job.message.clear();
  return true;
}

qint64 step_process_memory_bytes(const TrainingJob& job) {
  if (!step_process_alive(job)) return 0;
  QFile file(QStringLiteral("/proc/%1/status").arg(job.pid));
  if (!file.open(QIODevice::ReadOnly)) return 0;
  for (const QByteArray& line : file.readAll().split('\n'))
    if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;  // "123 kB"
  return 0;
}

bool interrupt_current_step(const TrainingJob& job) {
  return step_process_alive(job) && ::kill(static_cast<pid_t>(job.pid), SIGINT) == 0;
}

bool advance_after_exit(TrainingJob& job) {
  const JobStep* step = job.currentStep();
  if (!step) return false;
  const bool completed = QFileInfo::exists(step->completion_path);
  if (!completed && step->optional && job.state == JobState::Running) {
    job.message = QStringLiteral("%1 did not complete (see %2); carrying on").arg(step->name, job.logPath(job.current));
  } else if (!completed) {
    // Paused or cancelled on purpose: the checkpoint is where resume starts.
    if (job.state == JobState::Running) {
      job.state = JobState::Failed;
      job.message = QStringLiteral("%1 stopped without writing %2; see %3")
                        .arg(step->name, step->completion_path, job.logPath(job.current));
    }
    return false;
  }
  if (job.state == JobState::Cancelled) return false;
  if (job.current + 1 < job.steps.size()) {
    ++job.current;
    job.pid = 0;
    return true;
  }
  job.state = JobState::Finished;
  if (completed) job.message.clear();
  return false;
}

}  // namespace ctlite::widgets
