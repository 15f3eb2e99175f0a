#include "core/api/ApiParsers.h"
#include "core/api/WebhookParser.h"

#include "tests/support/TestFixtures.h"

#include <QDir>
#include <QTest>

#include <functional>

// Hostile and odd input for every parser: each must answer with a value or an Error, never
// crash, and keep what it can.
using namespace crmlens;
using namespace crmlens::api;
using crmlens::test::readFixture;

namespace {

struct Outcome
{
    bool ok = false;
    Error error;
    qsizetype items = 0;
};

template <typename T> Outcome outcomeOf(const Result<T>& result, qsizetype items)
{
    return Outcome{result.ok(), result.ok() ? Error{} : result.error(), items};
}

using Parser = std::function<Outcome(const QByteArray&)>;

QMap<QString, Parser> allParsers()
{
    return {
        {QStringLiteral("contacts"),
         [](const QByteArray& b) {
             const auto r = parseContactsPage(b);
             return outcomeOf(r, r.ok() ? r->items.size() : 0);
         }},
        {QStringLiteral("search"),
         [](const QByteArray& b) {
             const auto r = parseContactSearch(b);
             return outcomeOf(r, r.ok() ? r->size() : 0);
         }},
        {QStringLiteral("campaigns"),
         [](const QByteArray& b) {
             const auto r = parseCampaignsPage(b);
             return outcomeOf(r, r.ok() ? r->items.size() : 0);
         }},
        {QStringLiteral("report"),
         [](const QByteArray& b) {
             const auto r = parseCampaignReport(b);
             return outcomeOf(r, r.ok() ? 1 : 0);
         }},
        {QStringLiteral("messages"),
         [](const QByteArray& b) {
             const auto r = parseMessagesPage(b);
             return outcomeOf(r, r.ok() ? r->items.size() : 0);
         }},
        {QStringLiteral("definitions"),
         [](const QByteArray& b) {
             const auto r = parseCustomFieldDefinitions(b);
             return outcomeOf(r, r.ok() ? r->size() : 0);
         }},
        {QStringLiteral("chat fields"),
         [](const QByteArray& b) {
             const auto r = parseChatCustomFields(b);
             return outcomeOf(r, r.ok() ? r->size() : 0);
         }},
        {QStringLiteral("webhook"),
         [](const QByteArray& b) {
             const auto r = parseWebhookEvents(b);
             return outcomeOf(r, r.ok() ? r->messages.size() + r->statuses.size() : 0);
         }},
    };
}

// Which parser reads which fixture, and how many records it holds.
struct FixtureUse
{
    const char* file;
    const char* parser;
    int items;
};

const FixtureUse kFixtures[] = {
    {"contacts-page.json", "contacts", 3},
    {"contacts-page-variant.json", "contacts", 1},
    {"campaigns-page.json", "campaigns", 2},
    {"campaign-report.json", "report", 1},
    {"campaign-report-wrapped.json", "report", 1},
    {"messages-page.json", "messages", 4},
    {"custom-field-definitions.json", "definitions", 2},
    {"chat-custom-fields.json", "chat fields", 2},
    {"webhook-message.json", "webhook", 1},
    {"webhook-status.json", "webhook", 1},
    {"error-200-success-false.json", "contacts", -1},
    {"error-401.json", "messages", -1},
    {"error-404.json", "report", -1},
    {"error-422.json", "campaigns", -1},
    {"error-429.json", "search", -1},
    {"error-500-title.json", "definitions", -1},
};

QByteArray repeated(const QByteArray& unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

} // namespace

class TestApiParsersHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFixtureIsCovered();
    void fixturesThroughEveryParser_data();
    void fixturesThroughEveryParser();
    void truncatedAtEveryByte_data();
    void truncatedAtEveryByte();
    void degenerateBodies_data();
    void degenerateBodies();
    void arraysWhereObjectsExpected_data();
    void arraysWhereObjectsExpected();
    void wrongTypeForEveryField_data();
    void wrongTypeForEveryField();
    void hugeStrings();
    void manyRecords();
    void deepNesting();
    void duplicateKeys();
    void unicodeEdges();
};

void TestApiParsersHostile::everyFixtureIsCovered()
{
    // A fixture added later must be added to the table above too.
    const QStringList files =
        QDir(crmlens::test::fixturePath(QString())).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& file : files) {
        bool listed = false;
        for (const FixtureUse& use : kFixtures)
            listed = listed || file == QLatin1String(use.file);
        QVERIFY2(listed, qPrintable(file));
    }
}

void TestApiParsersHostile::fixturesThroughEveryParser_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("parser");
    QTest::addColumn<int>("items"); // for the fixture's own parser; -1: an API error; -2: any outcome
    const auto parsers = allParsers();
    for (const FixtureUse& use : kFixtures) {
        for (auto it = parsers.begin(); it != parsers.end(); ++it) {
            const bool own = it.key() == QLatin1String(use.parser);
            QTest::addRow("%s via %s", use.file, qPrintable(it.key()))
                << QString::fromUtf8(use.file) << it.key() << (own ? use.items : -2);
        }
    }
}

void TestApiParsersHostile::fixturesThroughEveryParser()
{
    QFETCH(QString, fixture);
    QFETCH(QString, parser);
    QFETCH(int, items);
    const QByteArray body = readFixture(fixture);
    const Outcome outcome = allParsers().value(parser)(body);
    if (items >= 0) {
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.items, qsizetype(items));
    } else if (items == -1) {
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.kind != Error::Kind::Malformed);
        QCOMPARE(outcome.error.message, parseApiError(200, body).message);
    } else if (!outcome.ok) {
        // A parser given another endpoint's body says so in words, or passes on the API's error.
        QVERIFY(outcome.error.isError());
        QVERIFY(!outcome.error.message.isEmpty());
        QVERIFY(outcome.error.message.size() < 300);
    }
}

void TestApiParsersHostile::truncatedAtEveryByte_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("parser");
    for (const FixtureUse& use : kFixtures)
        QTest::newRow(use.file) << QString::fromUtf8(use.file) << QString::fromUtf8(use.parser);
}

void TestApiParsersHostile::truncatedAtEveryByte()
{
    QFETCH(QString, fixture);
    QFETCH(QString, parser);
    const QByteArray body = readFixture(fixture);
    const Parser parse = allParsers().value(parser);
    const QByteArray whole = body.trimmed();
    int cuts = 0;
    for (qsizetype cut = 0; cut < body.size(); ++cut) {
        const QByteArray part = body.left(cut);
        if (part.trimmed() == whole)
            continue; // only trailing whitespace was cut
        const Outcome outcome = parse(part);
        QVERIFY2(!outcome.ok, qPrintable(QStringLiteral("cut at %1 parsed").arg(cut)));
        QCOMPARE(outcome.error.kind, Error::Kind::Malformed);
        QVERIFY(outcome.error.message.size() < 200);
        // An error status with this body still gives a readable message.
        const Error error = parseApiError(502, part);
        QCOMPARE(error.kind, Error::Kind::Server);
        QVERIFY(error.message.startsWith(QStringLiteral("HTTP 502 Bad Gateway with an")));
        ++cuts;
    }
    QCOMPARE(cuts, int(whole.size()));
}

void TestApiParsersHostile::degenerateBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("  \n\t ");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("true") << QByteArray("true");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("string") << QByteArray(R"("data")");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("nested empty") << QByteArray(R"({"data":{}})");
    QTest::newRow("array of null") << QByteArray("[null]");
    QTest::newRow("nul bytes") << QByteArray("\0\0\0", 3);
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("two documents") << QByteArray(R"({"data":[]}{"data":[]})");
    QTest::newRow("single quotes") << QByteArray("{'data':[]}");
    QTest::newRow("trailing comma") << QByteArray(R"({"data":[{"chat_id":"a"},]})");
    QTest::newRow("NaN") << QByteArray(R"({"data":[],"count":NaN})");
    QTest::newRow("comment") << QByteArray("{\"data\":[] // comment\n}");
}

void TestApiParsersHostile::degenerateBodies()
{
    QFETCH(QByteArray, body);
    const auto parsers = allParsers();
    for (auto it = parsers.begin(); it != parsers.end(); ++it) {
        const Outcome outcome = it.value()(body);
        if (outcome.ok) {
            // Only the bare-array search and the chat fields (which accept an object of name -> value)
            // may accept one of these, and they find nothing usable in it.
            QVERIFY2(it.key() == QLatin1String("search") || it.key() == QLatin1String("chat fields"),
                     qPrintable(it.key()));
            QCOMPARE(outcome.items, qsizetype(0));
            continue;
        }
        QVERIFY2(outcome.error.kind == Error::Kind::Malformed, qPrintable(it.key()));
        QVERIFY(!outcome.error.message.isEmpty());
    }
}

void TestApiParsersHostile::arraysWhereObjectsExpected_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items"); // -1: Malformed

    QTest::newRow("contact records as lists") << "contacts" << QByteArray(R"({"data":[[1],["chat_id","x"]]})") << 0;
    QTest::newRow("messages as list of lists") << "messages" << QByteArray(R"({"data":{"messages":[[]]}})") << 0;
    QTest::newRow("data as list of lists for report") << "report" << QByteArray(R"({"data":[[]]})") << -1;
    QTest::newRow("metrics as list") << "report" << QByteArray(R"({"campaign_id":"c","metrics":[1,2,3]})") << -1;
    QTest::newRow("pagination as list") << "contacts" << QByteArray(R"({"data":[{"chat_id":"a"}],"pagination":[]})")
                                        << 1;
    QTest::newRow("webhook entry as list of lists") << "webhook" << QByteArray(R"({"entry":[[{"changes":[]}]]})") << 0;
    QTest::newRow("webhook changes as object")
        << "webhook" << QByteArray(R"({"entry":[{"changes":{"field":"messages"}}]})") << 0;
    QTest::newRow("webhook value as list")
        << "webhook" << QByteArray(R"({"entry":[{"changes":[{"field":"messages","value":[]}]}]})") << 0;
    QTest::newRow("webhook messages as object")
        << "webhook" << QByteArray(R"({"entry":[{"changes":[{"field":"messages","value":{"messages":{"id":"x"}}}]}]})")
        << 0;
    QTest::newRow("definitions as list of lists") << "definitions" << QByteArray(R"({"data":[["cf_1","name"]]})") << 0;
    QTest::newRow("chat fields as list of lists") << "chat fields" << QByteArray(R"({"data":[["cf_1","v"]]})") << 0;
}

void TestApiParsersHostile::arraysWhereObjectsExpected()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    const Outcome outcome = allParsers().value(parser)(body);
    if (items < 0) {
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Error::Kind::Malformed);
        return;
    }
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(outcome.items, qsizetype(items));
}

void TestApiParsersHostile::wrongTypeForEveryField_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<bool>("noted");

    struct Kind
    {
        const char* parser;
        const char* prefix; // the envelope up to the record's opening brace and id
        const char* suffix;
        QList<const char*> textFields;
        QList<const char*> otherFields; // timestamps, counts, lists: each has its own rule below
    };
    const Kind kinds[] = {
        {"contacts",
         R"({"data":[{"chat_id":"x1")",
         "}]}",
         {"whatsapp_number", "whatsapp", "email", "name", "chat_name", "status", "chat_operator", "assigned_operator"},
         {"created_at", "custom_fields"}},
        {"campaigns",
         R"({"data":[{"campaign_id":"x1")",
         "}]}",
         {"name", "title", "status", "template_name", "template_language"},
         {"created_at", "scheduled_at", "total_recipients", "total_receivers"}},
        {"messages",
         R"({"data":{"messages":[{"message_id":"x1","timestamp":"2026-01-16T08:00:00Z")",
         "}]}}",
         {"type", "content", "direction", "status", "operator", "agent", "campaign_id"},
         {}},
        {"definitions", R"({"data":[{"custom_field_id":"x1")", "}]}", {"name", "type"}, {"required"}},
    };
    const QList<QPair<const char*, QByteArray>> wrongValues = {
        {"object", R"({"a":{"b":[1]}})"},
        {"list", R"([1,"two",null])"},
        {"bool", "true"},
        {"negative", "-12"},
        {"float", "3.75"},
        {"empty", R"("")"},
        {"null", "null"},
        {"huge number", "1e308"},
    };
    for (const Kind& kind : kinds) {
        for (const char* field : kind.textFields) {
            for (const auto& [label, value] : wrongValues) {
                // Text fields take numbers as text; objects, lists and booleans are noted.
                const bool noted = value.startsWith('{') || value.startsWith('[') || value == "true";
                QTest::addRow("%s.%s %s", kind.parser, field, label)
                    << QString::fromUtf8(kind.parser)
                    << QByteArray(kind.prefix) + ",\"" + field + "\":" + value + kind.suffix << true << noted;
            }
        }
        for (const char* field : kind.otherFields) {
            for (const auto& [label, value] : wrongValues) {
                // Every wrong value is noted except null (absent), a positive number for a timestamp
                // (unix seconds) and a boolean for `required`. custom_fields notes the entries it drops.
                const QByteArray name(field);
                bool noted = value != "null";
                if (name.endsWith("_at"))
                    noted = noted && value != "3.75";
                if (name == "required")
                    noted = noted && value != "true";
                QTest::addRow("%s.%s %s", kind.parser, field, label)
                    << QString::fromUtf8(kind.parser)
                    << QByteArray(kind.prefix) + ",\"" + field + "\":" + value + kind.suffix << true << noted;
            }
        }
    }
    // The message timestamp is required: a value that is not one skips the message (3.75 is a
    // unix time, if an early one).
    for (const auto& [label, value] : wrongValues) {
        QTest::addRow("messages.timestamp %s", label)
            << QStringLiteral("messages")
            << QByteArray(R"({"data":{"messages":[{"message_id":"x1","timestamp":)") + value + "}]}}"
            << (value == "3.75") << false;
    }
}

void TestApiParsersHostile::wrongTypeForEveryField()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QFETCH(bool, kept);
    QFETCH(bool, noted);

    ParseNotes notes;
    qsizetype items = 0;
    if (parser == QLatin1String("contacts")) {
        const auto r = parseContactsPage(body);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        items = r->items.size();
        notes = {r->skipped, r->fieldIssues};
    } else if (parser == QLatin1String("campaigns")) {
        const auto r = parseCampaignsPage(body);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        items = r->items.size();
        notes = {r->skipped, r->fieldIssues};
    } else if (parser == QLatin1String("messages")) {
        const auto r = parseMessagesPage(body);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        items = r->items.size();
        notes = {r->skipped, r->fieldIssues};
    } else {
        const auto r = parseCustomFieldDefinitions(body, &notes);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        items = r->size();
    }
    QCOMPARE(items, qsizetype(kept ? 1 : 0));
    QCOMPARE(notes.skipped.size(), kept ? 0 : 1);
    QCOMPARE(!notes.fieldIssues.isEmpty(), noted);
}

void TestApiParsersHostile::hugeStrings()
{
    const int size = 5 * 1024 * 1024;
    // A 5 MB name of a multi-byte character survives intact.
    const QByteArray nameUnit = "\xD8\xB9"; // U+0639 ARABIC LETTER AIN
    const QByteArray hugeName = repeated(nameUnit, size / 2);
    const auto contacts = parseContactsPage(R"({"data":[{"chat_id":"big","name":")" + hugeName + R"(",
        "created_at":")" + QByteArray(size, '9') +
                                            R"(","custom_fields":{"note":")" + QByteArray(size, 'n') + R"("}}]})");
    QVERIFY(contacts.ok());
    QCOMPARE(contacts->items.size(), 1);
    QCOMPARE(contacts->items.first().name.size(), qsizetype(size / 2));
    QCOMPARE(contacts->items.first().name.at(12345), QChar(0x0639));
    QCOMPARE(contacts->items.first().customFields.first().value.size(), qsizetype(size));
    QVERIFY(!contacts->items.first().createdAt.isValid());
    QCOMPARE(contacts->fieldIssues.size(), 1);
    QVERIFY(contacts->fieldIssues.first().reason.size() < 100); // the reason quotes, it does not copy

    // A 5 MB message and a 5 MB id.
    const QByteArray hugeContent = repeated("\xF0\x9F\x8C\xB8", size / 4); // U+1F338
    const auto messages = parseMessagesPage(R"({"data":{"messages":[{"message_id":")" + QByteArray(size, 'i') + R"(",
        "timestamp":1768553000,"content":")" +
                                            hugeContent + R"("}]}})");
    QVERIFY(messages.ok());
    QCOMPARE(messages->items.size(), 1);
    QCOMPARE(messages->items.first().messageId.size(), qsizetype(size));
    QCOMPARE(messages->items.first().content.size(), qsizetype(size / 2));
    QVERIFY(messages->items.first().content.at(1).isLowSurrogate());

    // A 5 MB timestamp on a message skips it with a short reason.
    const auto skipped = parseMessagesPage(R"({"data":{"messages":[{"message_id":"m","timestamp":")" +
                                           QByteArray(size, '2') + R"("}]}})");
    QVERIFY(skipped.ok());
    QCOMPARE(skipped->skipped.size(), 1);
    QVERIFY(skipped->skipped.first().reason.size() < 100);
}

void TestApiParsersHostile::manyRecords()
{
    const int count = 20000;
    QByteArray body = R"({"data":[)";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"chat_id":"c)" + QByteArray::number(i) + R"(","name":"N","custom_fields":{"a":"1","b":2}})";
    }
    body += R"(],"pagination":{"page":1,"limit":20000,"total":20000}})";
    const auto parsed = parseContactsPage(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items.size(), count);
    QCOMPARE(parsed->items.last().chatId, QStringLiteral("c19999"));
}

void TestApiParsersHostile::deepNesting()
{
    // Deep but within the JSON reader's limit, inside an unknown field: ignored.
    const int depth = 500;
    const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
    const auto ok =
        parseContactsPage(R"({"data":[{"chat_id":"a","extra":)" + deep + R"(,"custom_fields":{"x":)" + deep + "}}]}");
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(ok->items.size(), 1);
    QCOMPARE(ok->items.first().customFields.size(), 0); // a list of lists is not a value
    QCOMPARE(ok->fieldIssues.size(), 1);

    // Beyond it: Malformed with a short reason, for every parser.
    const int tooDeep = 100000;
    const QByteArray bomb =
        R"({"data":[{"chat_id":"a","x":)" + QByteArray(tooDeep, '[') + QByteArray(tooDeep, ']') + "}]}";
    const auto parsers = allParsers();
    for (auto it = parsers.begin(); it != parsers.end(); ++it) {
        const Outcome outcome = it.value()(bomb);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Error::Kind::Malformed);
        QVERIFY(outcome.error.message.size() < 200);
    }
    const auto objects = parseMessagesPage(repeated(R"({"a":)", tooDeep) + "1" + QByteArray(tooDeep, '}'));
    QCOMPARE(objects.error().kind, Error::Kind::Malformed);
}

void TestApiParsersHostile::duplicateKeys()
{
    // The JSON reader keeps the last of duplicate keys (as JavaScript's JSON.parse does).
    const auto contacts = parseContactsPage(
        R"({"data":[{"chat_id":"first","chat_id":"second","name":"A","name":"B"}],"data":[{"chat_id":"z"}]})");
    QVERIFY(contacts.ok());
    QCOMPARE(contacts->items.size(), 1);
    QCOMPARE(contacts->items.first().chatId, QStringLiteral("z"));

    const auto one = parseContactsPage(R"({"data":[{"chat_id":"first","chat_id":"second","name":"A","name":"B"}]})");
    QVERIFY(one.ok());
    QCOMPARE(one->items.first().chatId, QStringLiteral("second"));
    QCOMPARE(one->items.first().name, QStringLiteral("B"));

    // A duplicate success flag: the last one decides.
    QVERIFY(!parseContactsPage(R"({"success":true,"success":false,"data":[]})").ok());
    QVERIFY(parseContactsPage(R"({"success":false,"success":true,"data":[]})").ok());
}

void TestApiParsersHostile::unicodeEdges()
{
    // Bidi controls, zero-width joiners, NUL and lone surrogates from escapes pass through.
    const auto parsed = parseContactsPage(
        R"({"data":[{"chat_id":"a","name":"\u202Bمرحبا\u202C \u200D\u0000end"},
        {"chat_id":"b","name":"\ud800 lone"},
        {"chat_id":"\u0915\u094D\u0937","name":"क्ष"}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items.size(), 3);
    const QString name = parsed->items.at(0).name;
    QCOMPARE(name.at(0), QChar(0x202B));
    QVERIFY(name.contains(QChar(0x200D)));
    QVERIFY(name.contains(QChar(0)));
    QVERIFY(name.endsWith(QStringLiteral("end")));
    QCOMPARE(parsed->items.at(1).name.at(0), QChar(0xD800));
    QCOMPARE(parsed->items.at(2).chatId, QString::fromUtf8("क्ष"));
    QCOMPARE(parsed->items.at(2).name, parsed->items.at(2).chatId);

    // A byte-order mark before the JSON is accepted; invalid UTF-8 is not JSON.
    QVERIFY(parseContactsPage("\xEF\xBB\xBF{\"data\":[]}").ok());
    const auto invalid = parseContactsPage("{\"data\":[{\"chat_id\":\"a\",\"name\":\"\xC3\x28\"}]}");
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().kind, Error::Kind::Malformed);
}

QTEST_GUILESS_MAIN(TestApiParsersHostile)
#include "tst_ApiParsersHostile.moc"
