// The simulator's JSON writer: escaping, nesting, timestamps and streaming to a sink.
#include "core/sim/SimRenderWriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace crmlens::sim;

class tst_SimRenderWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Hello");
        QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\o/");
        QTest::newRow("control") << QString::fromUtf8("line\nbreak\ttab\r\x01\x1f");
        QTest::newRow("emoji") << QStringLiteral("João 🌸 Silva");
        QTest::newRow("arabic") << QStringLiteral("محمد");
        QTest::newRow("devanagari") << QStringLiteral("नमस्ते");
        QTest::newRow("slash") << QStringLiteral("a/b</script>");
        QTest::newRow("empty") << QStringLiteral("");
    }
    void strings()
    {
        QFETCH(QString, text);
        SimRenderWriter w;
        w.beginObject();
        w.member("t", text);
        w.key(text); // keys from data are escaped too
        w.value(true);
        w.endObject();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(w.buffer(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1String("t")).toString(), text);
        QCOMPARE(doc.object().value(text), QJsonValue(true));
        QVERIFY(!w.buffer().contains('\n'));
    }

    void nestingAndTypes()
    {
        SimRenderWriter w;
        w.beginObject();
        w.member("a", std::int64_t{-5});
        w.member("b", false);
        w.nullMember("c");
        w.member("s", QString()); // a null string is null
        w.key("list");
        w.beginArray();
        w.beginObject();
        w.endObject();
        w.beginArray();
        w.endArray();
        w.value(3);
        w.value(2.5);
        w.value("x");
        w.endArray();
        w.timestampMember("when", 0);
        w.endObject();
        QCOMPARE(w.take(),
                 QByteArray(
                     R"({"a":-5,"b":false,"c":null,"s":null,"list":[{},[],3,2.5,"x"],"when":"1970-01-01T00:00:00Z"})"));
    }

    void timestamps_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("before epoch") << qint64(-1);
        QTest::newRow("leap day") << qint64(1709208000);
        QTest::newRow("end of year") << qint64(1798761599);
        QTest::newRow("2026-03-01") << qint64(1772366400);
        QTest::newRow("2100-03-01") << qint64(4107542400);
    }
    void timestamps()
    {
        QFETCH(qint64, secs);
        const QString expected = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(isoTimestamp(secs), expected);
        QVERIFY(expected.endsWith(QLatin1Char('Z')));
    }

    void streamsToASink()
    {
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        SimRenderWriter streamed(&sink);
        SimRenderWriter inMemory;
        for (SimRenderWriter* w : {&streamed, &inMemory}) {
            w->beginArray();
            for (int i = 0; i < 20000; ++i) {
                w->beginObject();
                w->member("i", i);
                w->member("text", QStringLiteral("some words to make the record longer than a few bytes"));
                w->endObject();
            }
            w->endArray();
        }
        // The streamed writer flushed along the way, so little is left in its buffer.
        QVERIFY(sink.data().size() > 0);
        QVERIFY(streamed.buffer().size() < inMemory.buffer().size());
        QVERIFY(streamed.flush());
        QCOMPARE(sink.data(), inMemory.buffer());
        QCOMPARE(QJsonDocument::fromJson(sink.data()).array().size(), 20000);
    }
};

QTEST_GUILESS_MAIN(tst_SimRenderWriter)
#include "tst_SimRenderWriter.moc"
