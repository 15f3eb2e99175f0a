#pragma once

#include "core/common/Error.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace crmlens::sim {

// Runs the crmlens-sim executable as a child process on a free loopback port and reports the
// base URL it prints as its first line. Used by the demo workspace and by end-to-end tests; the
// child is stopped when this object goes away, so no simulator outlives its owner.
class SimulatorProcess : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorProcess(QObject* parent = nullptr);
    ~SimulatorProcess() override;

    // Next to the running executable first (installed layout), then the build tree's layout.
    static QString locateExecutable();

    // Starts `program` (default: locateExecutable()) with `arguments` plus `--port 0` and the
    // key the simulator should accept.
    void start(const QStringList& arguments, const QString& apiKey, const QString& program = {});
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }

    // For tests and the command line: runs the event loop until ready or failed.
    bool waitUntilReady(int timeoutMs);

Q_SIGNALS:
    void ready(const QUrl& baseUrl);
    void failed(const crmlens::Error& error);

private:
    void readFirstLine();
    void fail(const QString& message);

    QProcess m_process;
    QByteArray m_stdoutBuffer;
    QUrl m_baseUrl;
    bool m_failed = false;
};

} // namespace crmlens::sim
