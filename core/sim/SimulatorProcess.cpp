#include "core/sim/SimulatorProcess.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace crmlens::sim {

SimulatorProcess::SimulatorProcess(QObject* parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SimulatorProcess::readFirstLine);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        fail(tr("The CRM simulator could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_baseUrl.isEmpty()) {
            const QString detail = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
            fail(tr("The CRM simulator stopped before it was ready (exit code %1). %2").arg(exitCode).arg(detail));
        }
    });
}

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

QString SimulatorProcess::locateExecutable()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        dir + QStringLiteral("/crmlens-sim"),
        dir + QStringLiteral("/../crmlens-sim/crmlens-sim"),
        dir + QStringLiteral("/../app/crmlens-sim/crmlens-sim"),
        dir + QStringLiteral("/../../app/crmlens-sim/crmlens-sim"),
    };
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isExecutable() && info.isFile())
            return info.canonicalFilePath();
    }
    return {};
}

void SimulatorProcess::start(const QStringList& arguments, const QString& apiKey, const QString& program)
{
    m_baseUrl.clear();
    m_stdoutBuffer.clear();
    m_failed = false;
    const QString executable = program.isEmpty() ? locateExecutable() : program;
    if (executable.isEmpty()) {
        // Report asynchronously so callers can connect after start() as with every other outcome.
        QTimer::singleShot(0, this, [this] { fail(tr("The CRM simulator (crmlens-sim) was not found next to CRM Lens.")); });
        return;
    }
    // The simulator's key is a made-up demo or test key, not a user's secret.
    m_process.start(executable, arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                        QStringLiteral("--api-key"), apiKey});
}

void SimulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SimulatorProcess::isRunning() const
{
    return m_process.state() == QProcess::Running && !m_baseUrl.isEmpty();
}

bool SimulatorProcess::waitUntilReady(int timeoutMs)
{
    if (!m_baseUrl.isEmpty())
        return true;
    QEventLoop loop;
    connect(this, &SimulatorProcess::ready, &loop, &QEventLoop::quit);
    connect(this, &SimulatorProcess::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!m_failed)
        loop.exec();
    return !m_baseUrl.isEmpty();
}

void SimulatorProcess::readFirstLine()
{
    if (!m_baseUrl.isEmpty()) {
        m_process.readAllStandardOutput(); // later lines are the simulator's own log
        return;
    }
    m_stdoutBuffer += m_process.readAllStandardOutput();
    const qsizetype newline = m_stdoutBuffer.indexOf('\n');
    if (newline < 0)
        return;
    const QUrl url(QString::fromUtf8(m_stdoutBuffer.left(newline)).trimmed());
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0) {
        fail(tr("The CRM simulator printed an unexpected first line."));
        return;
    }
    m_baseUrl = url;
    qCInfo(lcSim) << "simulator ready at" << url.toString();
    Q_EMIT ready(url);
}

void SimulatorProcess::fail(const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcSim) << message;
    Q_EMIT failed(Error::make(Error::Kind::Configuration, message));
}

} // namespace crmlens::sim
