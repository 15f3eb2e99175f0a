#include "tests/support/TestFixtures.h"

#include <QFile>
#include <QTest>

namespace crmlens::test {

QString fixturePath(const QString& name)
{
    return qEnvironmentVariable("CRMLENS_FIXTURES_DIR") + QLatin1Char('/') + name;
}

QByteArray readFixture(const QString& name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

QString executablePath(const QString& name)
{
    return qEnvironmentVariable("CRMLENS_BINARY_DIR") + QStringLiteral("/app/") + name + QLatin1Char('/') + name;
}

} // namespace crmlens::test
