#include "core/api/WebhookSignature.h"

#include "tests/support/TestFixtures.h"

#include <QTest>

using namespace crmlens::api;
using crmlens::test::readFixture;

namespace {

const QByteArray kSecret = "test-app-secret";
const QByteArray kMessageSignature = "sha256=b782ce73bfcb2b9fb1fe3989926d29d607be3adad61f2a14536a85f0d34cb04d";
const QByteArray kStatusSignature = "sha256=fab122e536788b6ef475052349079175986aa75824444f5c0e0bc5b74702738a";
const QByteArray kGitHubSecret = "It's a Secret to Everybody";
const QByteArray kGitHubBody = "Hello, World!";
const QByteArray kGitHubSignature = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data();
    void publishedVectors();
    void rejected_data();
    void rejected();
    void everyFlippedBitIsRejected();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestWebhookSignature::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("webhook-message.json")
        << readFixture(QStringLiteral("webhook-message.json")) << kSecret << kMessageSignature;
    QTest::newRow("webhook-status.json") << readFixture(QStringLiteral("webhook-status.json")) << kSecret
                                         << kStatusSignature;
    QTest::newRow("github") << kGitHubBody << kGitHubSecret << kGitHubSignature;
    QTest::newRow("upper-case hex") << kGitHubBody << kGitHubSecret
                                    << QByteArray("sha256=") + kGitHubSignature.mid(7).toUpper();
    QTest::newRow("upper-case prefix") << kGitHubBody << kGitHubSecret
                                       << QByteArray("SHA256=") + kGitHubSignature.mid(7);
    QTest::newRow("surrounding whitespace") << kGitHubBody << kGitHubSecret << " " + kGitHubSignature + "\r\n";
}

void TestWebhookSignature::publishedVectors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, header);
    QVERIFY(verifyWebhookSignature(body, header, secret));
    QCOMPARE(webhookSignatureHeader(body, secret), header.trimmed().toLower());
}

void TestWebhookSignature::rejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("header");

    const QByteArray hex = kGitHubSignature.mid(7);
    QByteArray flippedBody = kGitHubBody;
    flippedBody[0] = 'h';
    QByteArray flippedDigit = kGitHubSignature;
    flippedDigit[20] = flippedDigit[20] == 'a' ? 'b' : 'a';

    QTest::newRow("flipped body byte") << flippedBody << kGitHubSecret << kGitHubSignature;
    QTest::newRow("extra body byte") << kGitHubBody + "\n" << kGitHubSecret << kGitHubSignature;
    QTest::newRow("flipped signature digit") << kGitHubBody << kGitHubSecret << flippedDigit;
    QTest::newRow("wrong secret") << kGitHubBody << QByteArray("It's a secret to everybody") << kGitHubSignature;
    QTest::newRow("empty secret") << kGitHubBody << QByteArray() << kGitHubSignature;
    QTest::newRow("missing prefix") << kGitHubBody << kGitHubSecret << hex;
    QTest::newRow("sha1 prefix") << kGitHubBody << kGitHubSecret << "sha1=" + hex;
    QTest::newRow("prefix without digits") << kGitHubBody << kGitHubSecret << QByteArray("sha256=");
    QTest::newRow("empty header") << kGitHubBody << kGitHubSecret << QByteArray();
    QTest::newRow("one digit short") << kGitHubBody << kGitHubSecret << kGitHubSignature.chopped(1);
    QTest::newRow("one digit long") << kGitHubBody << kGitHubSecret << kGitHubSignature + "0";
    QTest::newRow("doubled") << kGitHubBody << kGitHubSecret << kGitHubSignature + kGitHubSignature.mid(7);
    QTest::newRow("non-hex digit") << kGitHubBody << kGitHubSecret << kGitHubSignature.chopped(1) + "g";
    QTest::newRow("space inside") << kGitHubBody << kGitHubSecret << "sha256= " + hex.chopped(1);
    QTest::newRow("base64 digest") << kGitHubBody << kGitHubSecret << "sha256=" + QByteArray::fromHex(hex).toBase64();
    QTest::newRow("the secret as signature") << kGitHubBody << kGitHubSecret << "sha256=" + kGitHubSecret;
    QTest::newRow("message vector on status body")
        << readFixture(QStringLiteral("webhook-status.json")) << kSecret << kMessageSignature;
    QTest::newRow("fixture with a trailing newline") << readFixture(QStringLiteral("webhook-message.json")) + "\n"
                                                     << kSecret << kMessageSignature;
}

void TestWebhookSignature::rejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, header);
    QVERIFY(!verifyWebhookSignature(body, header, secret));
}

void TestWebhookSignature::everyFlippedBitIsRejected()
{
    const QByteArray body = readFixture(QStringLiteral("webhook-message.json"));
    for (qsizetype i = 0; i < body.size(); i += 7) {
        QByteArray changed = body;
        changed[i] = static_cast<char>(changed[i] ^ 0x01);
        QVERIFY2(!verifyWebhookSignature(changed, kMessageSignature, kSecret), qPrintable(QString::number(i)));
    }
    const QByteArray digits = kMessageSignature.mid(7);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        QByteArray changed = digits;
        changed[i] = changed[i] == '0' ? '1' : '0';
        QVERIFY(!verifyWebhookSignature(body, "sha256=" + changed, kSecret));
    }
}

void TestWebhookSignature::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("equal") << QByteArray("token-123") << QByteArray("token-123") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte") << QByteArray("token-123") << QByteArray("token-124") << false;
    QTest::newRow("first byte") << QByteArray("token-123") << QByteArray("Token-123") << false;
    QTest::newRow("prefix") << QByteArray("token") << QByteArray("token-123") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("embedded nul") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestWebhookSignature::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(crmlens::api::constantTimeEquals(a, b), equal);
    QCOMPARE(crmlens::api::constantTimeEquals(b, a), equal);
}

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_WebhookSignature.moc"
