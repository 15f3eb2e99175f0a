#include "core/api/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>
#include <optional>

using namespace crmlens;
using namespace crmlens::api;

// Runs against the REAL system keychain (Secret Service over D-Bus). Locally:
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; ctest -R
//   tst_KeychainSecretStore'
// Without a keychain every case fails: CRM Lens has no plaintext fallback, so neither does this test.
namespace {

constexpr int kKeychainTimeoutMs = 20000;

// A per-run account so parallel runs and leftovers from a crashed run never collide.
QString account(const QString& name)
{
    return QStringLiteral("https://crm-test-%1.example.com/%2").arg(QCoreApplication::applicationPid()).arg(name);
}

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    Error write(const QString& acct, const QString& secret);
    Result<QString> read(const QString& acct);
    Error remove(const QString& acct);

    KeychainSecretStore m_store;

private Q_SLOTS:
    void serviceName();
    void writeAndReadBack_data();
    void writeAndReadBack();
    void overwrite();
    void accountsAreSeparate();
    void removeThenReadIsNotFound();
    void removingTwiceIsFine();
    void cleanupTestCase();
};

Error tst_KeychainSecretStore::write(const QString& acct, const QString& secret)
{
    auto got = std::make_shared<std::optional<Error>>();
    m_store.writeSecret(acct, secret, [got](Error e) { *got = std::move(e); });
    if (!QTest::qWaitFor([&] { return got->has_value(); }, kKeychainTimeoutMs))
        return Error::make(Error::Kind::Timeout, QStringLiteral("the keychain did not answer"));
    return **got;
}

Result<QString> tst_KeychainSecretStore::read(const QString& acct)
{
    auto got = std::make_shared<std::optional<Result<QString>>>();
    m_store.readSecret(acct, [got](Result<QString> r) { *got = std::move(r); });
    if (!QTest::qWaitFor([&] { return got->has_value(); }, kKeychainTimeoutMs))
        return Error::make(Error::Kind::Timeout, QStringLiteral("the keychain did not answer"));
    return **got;
}

Error tst_KeychainSecretStore::remove(const QString& acct)
{
    auto got = std::make_shared<std::optional<Error>>();
    m_store.removeSecret(acct, [got](Error e) { *got = std::move(e); });
    if (!QTest::qWaitFor([&] { return got->has_value(); }, kKeychainTimeoutMs))
        return Error::make(Error::Kind::Timeout, QStringLiteral("the keychain did not answer"));
    return **got;
}

void tst_KeychainSecretStore::serviceName()
{
    QCOMPARE(m_store.service(), QStringLiteral("CRM Lens"));
}

void tst_KeychainSecretStore::writeAndReadBack_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("plain") << "sk-live-0123456789abcdef";
    QTest::newRow("punctuation") << "k3y/with+slash=and%percent&amp;\"quotes\"";
    QTest::newRow("unicode") << "clé-ñ-ключ-🔑";
    QTest::newRow("long") << QString(4096, QLatin1Char('x'));
}

void tst_KeychainSecretStore::writeAndReadBack()
{
    QFETCH(QString, secret);
    const QString acct = account(QStringLiteral("roundtrip"));
    const Error written = write(acct, secret);
    QVERIFY2(!written.isError(), qPrintable(written.message));
    const Result<QString> got = read(acct);
    QVERIFY2(got.ok(), qPrintable(got.error().message));
    QCOMPARE(got.value(), secret);
    QVERIFY(!remove(acct).isError());
}

void tst_KeychainSecretStore::overwrite()
{
    const QString acct = account(QStringLiteral("overwrite"));
    QVERIFY(!write(acct, QStringLiteral("first-key")).isError());
    QVERIFY(!write(acct, QStringLiteral("second-key")).isError());
    const Result<QString> got = read(acct);
    QVERIFY2(got.ok(), qPrintable(got.error().message));
    QCOMPARE(got.value(), QStringLiteral("second-key"));
    QVERIFY(!remove(acct).isError());
}

void tst_KeychainSecretStore::accountsAreSeparate()
{
    const QString a = account(QStringLiteral("tenant-a"));
    const QString b = account(QStringLiteral("tenant-b"));
    QVERIFY(!write(a, QStringLiteral("key-a")).isError());
    QVERIFY(!write(b, QStringLiteral("key-b")).isError());
    QCOMPARE(read(a).value(), QStringLiteral("key-a"));
    QCOMPARE(read(b).value(), QStringLiteral("key-b"));
    QVERIFY(!remove(a).isError());
    QCOMPARE(read(b).value(), QStringLiteral("key-b"));
    QVERIFY(!remove(b).isError());
}

void tst_KeychainSecretStore::removeThenReadIsNotFound()
{
    const QString acct = account(QStringLiteral("removed"));
    QVERIFY(!write(acct, QStringLiteral("short-lived")).isError());
    const Error removed = remove(acct);
    QVERIFY2(!removed.isError(), qPrintable(removed.message));
    const Result<QString> got = read(acct);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().kind, Error::Kind::NotFound);
    QVERIFY(!got.error().message.contains(QLatin1String("short-lived")));
}

void tst_KeychainSecretStore::removingTwiceIsFine()
{
    const QString acct = account(QStringLiteral("twice"));
    QVERIFY(!write(acct, QStringLiteral("x")).isError());
    QVERIFY(!remove(acct).isError());
    const Error again = remove(acct);
    QVERIFY2(!again.isError(), qPrintable(again.message));
}

void tst_KeychainSecretStore::cleanupTestCase()
{
    for (const char* name : {"roundtrip", "overwrite", "tenant-a", "tenant-b", "removed", "twice"})
        remove(account(QString::fromLatin1(name)));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_KeychainSecretStore.moc"
