#pragma once

#include <QByteArray>
#include <QString>

namespace crmlens::test {

// Captured API responses live in tests/fixtures (copied from the shared API notes).
QString fixturePath(const QString& name);
QByteArray readFixture(const QString& name);
// Paths of built executables (crmlens-sim, crmlens-cli) for end-to-end tests.
QString executablePath(const QString& name);

} // namespace crmlens::test
