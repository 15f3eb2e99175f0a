#include "core/api/EnvironmentSecretStore.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace crmlens;
using namespace crmlens::api;

class tst_EnvironmentSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheVariable_data();
    void readsTheVariable();
    void refusesToWriteOrRemove();
};

void tst_EnvironmentSecretStore::readsTheVariable_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("set");
    QTest::addColumn<QString>("expected"); // empty: NotFound
    QTest::newRow("set") << QByteArray("env-key-123") << true << "env-key-123";
    QTest::newRow("trimmed") << QByteArray("  env-key-123\n") << true << "env-key-123";
    QTest::newRow("empty") << QByteArray("") << true << "";
    QTest::newRow("unset") << QByteArray() << false << "";
}

void tst_EnvironmentSecretStore::readsTheVariable()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, set);
    QFETCH(QString, expected);
    const char* name = "CRMLENS_TEST_API_KEY";
    if (set)
        qputenv(name, value);
    else
        qunsetenv(name);
    EnvironmentSecretStore store(name);
    auto got = std::make_shared<std::optional<Result<QString>>>();
    store.readSecret(QStringLiteral("https://crm.example.com"), [got](Result<QString> r) { *got = std::move(r); });
    QVERIFY(!got->has_value()); // asynchronous, like the keychain
    QTRY_VERIFY(got->has_value());
    if (expected.isEmpty()) {
        QVERIFY(!(*got)->ok());
        QCOMPARE((*got)->error().kind, Error::Kind::NotFound);
        QVERIFY((*got)->error().message.contains(QLatin1String("CRMLENS_TEST_API_KEY")));
    } else {
        QVERIFY((*got)->ok());
        QCOMPARE((*got)->value(), expected);
    }
    qunsetenv(name);
}

void tst_EnvironmentSecretStore::refusesToWriteOrRemove()
{
    EnvironmentSecretStore store;
    auto written = std::make_shared<std::optional<Error>>();
    auto removed = std::make_shared<std::optional<Error>>();
    store.writeSecret(QStringLiteral("acct"), QStringLiteral("new-secret"), [written](Error e) { *written = e; });
    store.removeSecret(QStringLiteral("acct"), [removed](Error e) { *removed = e; });
    QTRY_VERIFY(written->has_value() && removed->has_value());
    QCOMPARE((*written)->kind, Error::Kind::Configuration);
    QCOMPARE((*removed)->kind, Error::Kind::Configuration);
    QVERIFY(!(*written)->message.contains(QLatin1String("new-secret")));
}

QTEST_GUILESS_MAIN(tst_EnvironmentSecretStore)
#include "tst_EnvironmentSecretStore.moc"
