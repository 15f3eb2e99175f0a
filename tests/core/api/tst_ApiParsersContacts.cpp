#include "core/api/ApiParsers.h"

#include "tests/support/TestFixtures.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::api;
using crmlens::test::readFixture;

namespace {

QByteArray page(const QByteArray& records)
{
    return R"({"success":true,"data":[)" + records + R"(],"pagination":{"page":1,"limit":20,"total":1}})";
}

// One contact parsed from a single record; fails the test when it was not kept.
Contact onlyContact(const QByteArray& record, ContactsPage* out = nullptr)
{
    const Result<ContactsPage> parsed = parseContactsPage(page(record));
    if (!parsed.ok())
        qFatal("contacts page did not parse: %s", qPrintable(parsed.error().message));
    if (out)
        *out = parsed.value();
    if (parsed->items.size() != 1)
        return Contact{};
    return parsed->items.first();
}

QStringList strs(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QString contactField(const Contact& c, const QString& field)
{
    if (field == QLatin1String("chatId"))
        return c.chatId;
    if (field == QLatin1String("whatsappNumber"))
        return c.whatsappNumber;
    if (field == QLatin1String("email"))
        return c.email;
    if (field == QLatin1String("name"))
        return c.name;
    if (field == QLatin1String("status"))
        return c.status;
    if (field == QLatin1String("operatorName"))
        return c.operatorName;
    if (field == QLatin1String("createdAt"))
        return c.createdAt.isValid() ? c.createdAt.toString(Qt::ISODateWithMs) : QStringLiteral("invalid");
    qFatal("unknown field %s", qPrintable(field));
}

QStringList describe(const QList<CustomFieldValue>& values)
{
    QStringList out;
    for (const CustomFieldValue& v : values)
        out.append(v.fieldId + QLatin1Char('|') + v.name + QLatin1Char('|') +
                   (v.value.isNull() ? QStringLiteral("<null>") : v.value));
    return out;
}

} // namespace

class TestApiParsersContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactsFixture();
    void variantFixture();
    void fieldVariants_data();
    void fieldVariants();
    void customFieldVariants_data();
    void customFieldVariants();
    void skippedRecords_data();
    void skippedRecords();
    void badCreatedAtKeepsTheContact();
    void pagination_data();
    void pagination();
    void envelopeProblems_data();
    void envelopeProblems();
    void searchWrappedAndBare_data();
    void searchWrappedAndBare();
    void chatCustomFields();
    void chatCustomFieldsVariants_data();
    void chatCustomFieldsVariants();
    void customFieldDefinitions();
    void customFieldDefinitionVariants();
};

void TestApiParsersContacts::contactsFixture()
{
    const Result<ContactsPage> parsed = parseContactsPage(readFixture(QStringLiteral("contacts-page.json")));
    QVERIFY(parsed.ok());
    const ContactsPage& p = parsed.value();
    QCOMPARE(p.items.size(), 3);
    QVERIFY(p.skipped.isEmpty());
    QVERIFY(p.fieldIssues.isEmpty());
    QCOMPARE(p.info.page, 1);
    QCOMPARE(p.info.limit, 3);
    QCOMPARE(p.info.total, std::optional<qint64>(150));

    const Contact& a = p.items.at(0);
    QCOMPARE(a.chatId, QStringLiteral("chat_abc123"));
    QCOMPARE(a.whatsappNumber, QStringLiteral("+254712345678"));
    QCOMPARE(a.email, QStringLiteral("wanjiru@example.com"));
    QCOMPARE(a.name, QStringLiteral("Wanjiru Kamau"));
    QCOMPARE(a.createdAt, QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC));
    QCOMPARE(a.status, QStringLiteral("open"));
    QCOMPARE(a.operatorName, QStringLiteral("amina@acme.co.ke"));
    QVERIFY(a.customFieldsPresent);
    QCOMPARE(describe(a.customFields), strs({"|city|Nairobi", "|lead_stage|qualified", "|source|instagram"}));

    const Contact& b = p.items.at(1);
    QCOMPARE(b.chatId, QStringLiteral("chat_abc124"));
    QCOMPARE(b.whatsappNumber, QStringLiteral("5511987654321"));
    QVERIFY(b.email.isNull());
    QCOMPARE(b.name, QString::fromUtf8("João 🌸 Silva"));
    QVERIFY(!b.createdAt.isValid());
    QCOMPARE(b.status, QStringLiteral("resolved"));
    QVERIFY(b.operatorName.isEmpty());
    QCOMPARE(describe(b.customFields), strs({"|csat|5", "|lead_stage|won", "|revenue|1250.00"}));

    const Contact& c = p.items.at(2);
    QCOMPARE(c.whatsappNumber, QStringLiteral("+971 50 123 4567"));
    QCOMPARE(c.name, QString::fromUtf8("محمد"));
    QCOMPARE(c.createdAt, QDateTime(QDate(2026, 2, 1), QTime(18, 30, 0, 250), Qt::UTC));
    QVERIFY(!c.customFieldsPresent);
    QVERIFY(c.customFields.isEmpty());
}

void TestApiParsersContacts::variantFixture()
{
    const Result<ContactsPage> parsed = parseContactsPage(readFixture(QStringLiteral("contacts-page-variant.json")));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items.size(), 1);
    const Contact& c = parsed->items.first();
    QCOMPARE(c.chatId, QStringLiteral("c-9001"));
    QCOMPARE(c.whatsappNumber, QStringLiteral("+2348012345678"));
    QCOMPARE(c.name, QStringLiteral("Ngozi Okafor"));
    QCOMPARE(c.email, QStringLiteral("ngozi@example.com"));
    QCOMPARE(c.operatorName, QStringLiteral("brian@acme.co.ke"));
    QCOMPARE(c.status, QStringLiteral("assigned"));
    QVERIFY(c.customFieldsPresent);
    QCOMPARE(describe(c.customFields), strs({"cf_001||facebook", "cf_002||proposal"}));
    QCOMPARE(parsed->info.total, std::optional<qint64>(1));
}

void TestApiParsersContacts::fieldVariants_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("issues");

    QTest::newRow("whatsapp_number") << QByteArray(R"({"chat_id":"c1","whatsapp_number":"+254700000001"})")
                                     << "whatsappNumber"
                                     << "+254700000001" << 0;
    QTest::newRow("whatsapp") << QByteArray(R"({"chat_id":"c1","whatsapp":"+254700000002"})") << "whatsappNumber"
                              << "+254700000002" << 0;
    QTest::newRow("whatsapp_number wins")
        << QByteArray(R"({"chat_id":"c1","whatsapp":"2","whatsapp_number":"1"})") << "whatsappNumber"
        << "1" << 0;
    QTest::newRow("null whatsapp_number falls to whatsapp")
        << QByteArray(R"({"chat_id":"c1","whatsapp_number":null,"whatsapp":"254700000003"})") << "whatsappNumber"
        << "254700000003" << 0;
    QTest::newRow("number as a number") << QByteArray(R"({"chat_id":"c1","whatsapp_number":254712345678})")
                                        << "whatsappNumber"
                                        << "254712345678" << 0;
    QTest::newRow("number trimmed") << QByteArray(R"({"chat_id":"c1","whatsapp_number":"  +254 712 345 678\t"})")
                                    << "whatsappNumber"
                                    << "+254 712 345 678" << 0;
    QTest::newRow("number as object") << QByteArray(R"({"chat_id":"c1","whatsapp_number":{"n":"1"}})")
                                      << "whatsappNumber"
                                      << "" << 1;
    QTest::newRow("name") << QByteArray(R"({"chat_id":"c1","name":"Amina"})") << "name"
                          << "Amina" << 0;
    QTest::newRow("chat_name") << QByteArray(R"({"chat_id":"c1","chat_name":"Baraka"})") << "name"
                               << "Baraka" << 0;
    QTest::newRow("name not trimmed") << QByteArray(R"({"chat_id":"c1","name":" Zawadi "})") << "name"
                                      << " Zawadi " << 0;
    QTest::newRow("name as array") << QByteArray(R"({"chat_id":"c1","name":["A"]})") << "name"
                                   << "" << 1;
    QTest::newRow("name as bool") << QByteArray(R"({"chat_id":"c1","name":true})") << "name"
                                  << "" << 1;
    QTest::newRow("emoji name") << QByteArray(R"({"chat_id":"c1","name":"Mama 👩🏾‍🍳 Njeri"})") << "name"
                                << QString::fromUtf8("Mama 👩🏾‍🍳 Njeri") << 0;
    QTest::newRow("arabic name") << QByteArray(R"({"chat_id":"c1","name":"فاطمة الزهراء"})") << "name"
                                 << QString::fromUtf8("فاطمة الزهراء") << 0;
    QTest::newRow("devanagari name") << QByteArray(R"({"chat_id":"c1","name":"प्रिया शर्मा"})") << "name"
                                     << QString::fromUtf8("प्रिया शर्मा") << 0;
    QTest::newRow("combining marks kept") << QByteArray("{\"chat_id\":\"c1\",\"name\":\"Jose\xcc\x81 N\xcc\x83\"}")
                                          << "name" << QString::fromUtf8("Jose\xcc\x81 N\xcc\x83") << 0;
    QTest::newRow("escaped unicode") << QByteArray(R"({"chat_id":"c1","name":"\u0645\u062d\u0645\u062f \ud83c\udf38"})")
                                     << "name" << QString::fromUtf8("محمد 🌸") << 0;
    QTest::newRow("chat_operator") << QByteArray(R"({"chat_id":"c1","chat_operator":"a@x.co"})") << "operatorName"
                                   << "a@x.co" << 0;
    QTest::newRow("assigned_operator") << QByteArray(R"({"chat_id":"c1","assigned_operator":"Brian"})")
                                       << "operatorName"
                                       << "Brian" << 0;
    QTest::newRow("operator") << QByteArray(R"({"chat_id":"c1","operator":" c@x.co "})") << "operatorName"
                              << "c@x.co" << 0;
    QTest::newRow("chat_operator first")
        << QByteArray(R"({"chat_id":"c1","operator":"3","assigned_operator":"2","chat_operator":"1"})")
        << "operatorName"
        << "1" << 0;
    QTest::newRow("null chat_operator falls through")
        << QByteArray(R"({"chat_id":"c1","chat_operator":null,"assigned_operator":"2"})") << "operatorName"
        << "2" << 0;
    QTest::newRow("operator object email")
        << QByteArray(R"({"chat_id":"c1","operator":{"name":"Ann","email":"ann@x.co"}})") << "operatorName"
        << "ann@x.co" << 0;
    QTest::newRow("operator object name")
        << QByteArray(R"({"chat_id":"c1","operator":{"name":"Ann"}})") << "operatorName"
        << "Ann" << 0;
    QTest::newRow("operator empty object") << QByteArray(R"({"chat_id":"c1","operator":{}})") << "operatorName"
                                           << "" << 1;
    QTest::newRow("operator as list") << QByteArray(R"({"chat_id":"c1","operator":["a"]})") << "operatorName"
                                      << "" << 1;
    QTest::newRow("status trimmed") << QByteArray(R"({"chat_id":"c1","status":" closed "})") << "status"
                                    << "closed" << 0;
    QTest::newRow("status unknown kept") << QByteArray(R"({"chat_id":"c1","status":"snoozed"})") << "status"
                                         << "snoozed" << 0;
    QTest::newRow("status as number") << QByteArray(R"({"chat_id":"c1","status":3})") << "status"
                                      << "3" << 0;
    QTest::newRow("email trimmed") << QByteArray(R"({"chat_id":"c1","email":" a@b.co "})") << "email"
                                   << "a@b.co" << 0;
    QTest::newRow("email as object") << QByteArray(R"({"chat_id":"c1","email":{}})") << "email"
                                     << "" << 1;
    QTest::newRow("numeric id") << QByteArray(R"({"chat_id":12345})") << "chatId"
                                << "12345" << 0;
    QTest::newRow("big numeric id") << QByteArray(R"({"chat_id":9007199254740993})") << "chatId"
                                    << "9007199254740993" << 0;
    QTest::newRow("id trimmed") << QByteArray(R"({"chat_id":" chat_1 "})") << "chatId"
                                << "chat_1" << 0;
    QTest::newRow("created_at offset") << QByteArray(R"({"chat_id":"c1","created_at":"2026-01-10T12:00:00+03:00"})")
                                       << "createdAt"
                                       << "2026-01-10T09:00:00.000Z" << 0;
    QTest::newRow("created_at unix") << QByteArray(R"({"chat_id":"c1","created_at":1768035600})") << "createdAt"
                                     << "2026-01-10T09:00:00.000Z" << 0;
    QTest::newRow("created_at null") << QByteArray(R"({"chat_id":"c1","created_at":null})") << "createdAt"
                                     << "invalid" << 0;
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"chat_id":"c1","name":"N","tags":["x"],"extra":{"deep":[1,2,{"a":null}]},"score":1.5})")
        << "name"
        << "N" << 0;
}

void TestApiParsersContacts::fieldVariants()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QFETCH(int, issues);
    ContactsPage p;
    const Contact c = onlyContact(record, &p);
    QCOMPARE(p.items.size(), 1);
    QCOMPARE(contactField(c, field), expected);
    QCOMPARE(p.fieldIssues.size(), issues);
    for (const FieldIssue& issue : p.fieldIssues) {
        QCOMPARE(issue.kind, QStringLiteral("contact"));
        QCOMPARE(issue.id, QStringLiteral("c1"));
        QVERIFY(!issue.field.isEmpty());
        QVERIFY(!issue.reason.isEmpty());
    }
}

void TestApiParsersContacts::customFieldVariants_data()
{
    QTest::addColumn<QByteArray>("customFields"); // JSON text; empty = key absent
    QTest::addColumn<bool>("present");
    QTest::addColumn<QStringList>("expected"); // fieldId|name|value
    QTest::addColumn<int>("issues");

    QTest::newRow("absent") << QByteArray() << false << QStringList() << 0;
    QTest::newRow("null") << QByteArray("null") << true << QStringList() << 0;
    QTest::newRow("empty object") << QByteArray("{}") << true << QStringList() << 0;
    QTest::newRow("empty list") << QByteArray("[]") << true << QStringList() << 0;
    QTest::newRow("object of strings") << QByteArray(R"({"source":"instagram","lead_stage":" qualified "})") << true
                                       << strs({"|lead_stage|qualified", "|source|instagram"}) << 0;
    QTest::newRow("object numbers and bools")
        << QByteArray(R"({"revenue":1250.5,"csat":5,"vip":true,"opt_in":false,"big":12345678901234})") << true
        << strs({"|big|12345678901234", "|csat|5", "|opt_in|false", "|revenue|1250.5", "|vip|true"}) << 0;
    QTest::newRow("object whole double") << QByteArray(R"({"revenue":1250.0})") << true << strs({"|revenue|1250"}) << 0;
    QTest::newRow("object null value kept as null")
        << QByteArray(R"({"city":null})") << true << strs({"|city|<null>"}) << 0;
    QTest::newRow("object multi-select list")
        << QByteArray(R"({"tags":["vip"," wholesale ",3]})") << true << strs({"|tags|vip, wholesale, 3"}) << 0;
    QTest::newRow("object nested object dropped")
        << QByteArray(R"({"a":"1","addr":{"city":"x"}})") << true << strs({"|a|1"}) << 1;
    QTest::newRow("object blank key dropped") << QByteArray(R"({" ":"x","b":"2"})") << true << strs({"|b|2"}) << 1;
    QTest::newRow("object key trimmed") << QByteArray(R"({" city ":"Mombasa"})") << true << strs({"|city|Mombasa"})
                                        << 0;
    QTest::newRow("id list") << QByteArray(R"([{"id":"cf_001","value":"facebook"},{"id":2,"value":7}])") << true
                             << strs({"cf_001||facebook", "2||7"}) << 0;
    QTest::newRow("field_id list")
        << QByteArray(R"([{"field_id":"cf_001","field_name":"source","field_type":"string","value":"tiktok"}])") << true
        << strs({"cf_001|source|tiktok"}) << 0;
    QTest::newRow("name-only list") << QByteArray(R"([{"field_name":"source","value":"web"}])") << true
                                    << strs({"|source|web"}) << 0;
    QTest::newRow("list null value") << QByteArray(R"([{"id":"cf_1","value":null},{"id":"cf_2"}])") << true
                                     << strs({"cf_1||<null>", "cf_2||<null>"}) << 0;
    QTest::newRow("list bad entries")
        << QByteArray(R"([{"value":"orphan"},"text",5,null,{"id":"cf_3","value":{"x":1}},{"id":"cf_4","value":"ok"}])")
        << true << strs({"cf_4||ok"}) << 5;
    QTest::newRow("string instead") << QByteArray(R"("source=instagram")") << false << QStringList() << 1;
    QTest::newRow("number instead") << QByteArray("42") << false << QStringList() << 1;
    QTest::newRow("bool instead") << QByteArray("true") << false << QStringList() << 1;
    QTest::newRow("unicode values") << QByteArray(R"({"city":"दिल्ली","note":"مرحبا 👋"})") << true
                                    << strs({"|city|दिल्ली", "|note|مرحبا 👋"}) << 0;
}

void TestApiParsersContacts::customFieldVariants()
{
    QFETCH(QByteArray, customFields);
    QFETCH(bool, present);
    QFETCH(QStringList, expected);
    QFETCH(int, issues);
    const QByteArray record = customFields.isEmpty() ? QByteArray(R"({"chat_id":"c1"})")
                                                     : R"({"chat_id":"c1","custom_fields":)" + customFields + "}";
    ContactsPage p;
    const Contact c = onlyContact(record, &p);
    QCOMPARE(p.items.size(), 1);
    QCOMPARE(c.customFieldsPresent, present);
    QCOMPARE(describe(c.customFields), expected);
    QCOMPARE(p.fieldIssues.size(), issues);
    for (const FieldIssue& issue : p.fieldIssues)
        QVERIFY2(issue.field.startsWith(QStringLiteral("custom_fields")), qPrintable(issue.field));
}

void TestApiParsersContacts::skippedRecords_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("reasons"); // a fragment of each skipped reason, in order

    QTest::newRow("missing id") << QByteArray(R"({"chat_id":"a"},{"name":"no id"},{"chat_id":"b"})") << strs({"a", "b"})
                                << strs({"entry 1: no chat_id"});
    QTest::newRow("null id") << QByteArray(R"({"chat_id":null})") << QStringList() << strs({"no chat_id"});
    QTest::newRow("blank id") << QByteArray(R"({"chat_id":"   "})") << QStringList() << strs({"blank chat_id"});
    QTest::newRow("object id") << QByteArray(R"({"chat_id":{"v":1}})") << QStringList()
                               << strs({"chat_id is an object"});
    QTest::newRow("list id") << QByteArray(R"({"chat_id":["a"]})") << QStringList() << strs({"chat_id is a list"});
    QTest::newRow("bool id") << QByteArray(R"({"chat_id":true})") << QStringList() << strs({"chat_id is a boolean"});
    QTest::newRow("fractional id") << QByteArray(R"({"chat_id":1.5})") << QStringList() << strs({"not a whole number"});
    QTest::newRow("non-object records") << QByteArray(R"("chat_x",42,null,true,[],{"chat_id":"ok"})") << strs({"ok"})
                                        << strs({"entry 0: a string", "entry 1: a number", "entry 2: null",
                                                 "entry 3: a boolean", "entry 4: a list"});
    QTest::newRow("duplicate ids kept for the sync to dedupe")
        << QByteArray(R"({"chat_id":"a"},{"chat_id":"a"})") << strs({"a", "a"}) << QStringList();
}

void TestApiParsersContacts::skippedRecords()
{
    QFETCH(QByteArray, records);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, reasons);
    const Result<ContactsPage> parsed = parseContactsPage(page(records));
    QVERIFY(parsed.ok());
    QStringList ids;
    for (const Contact& c : parsed->items)
        ids.append(c.chatId);
    QCOMPARE(ids, kept);
    QCOMPARE(parsed->skipped.size(), reasons.size());
    for (int i = 0; i < reasons.size(); ++i) {
        QCOMPARE(parsed->skipped.at(i).kind, QStringLiteral("contact"));
        QVERIFY2(parsed->skipped.at(i).reason.contains(reasons.at(i)), qPrintable(parsed->skipped.at(i).reason));
    }
}

void TestApiParsersContacts::badCreatedAtKeepsTheContact()
{
    ContactsPage p;
    const Contact c = onlyContact(R"({"chat_id":"c1","name":"Kept","created_at":"last tuesday"})", &p);
    QCOMPARE(c.chatId, QStringLiteral("c1"));
    QCOMPARE(c.name, QStringLiteral("Kept"));
    QVERIFY(!c.createdAt.isValid());
    QVERIFY(p.skipped.isEmpty());
    QCOMPARE(p.fieldIssues.size(), 1);
    QCOMPARE(p.fieldIssues.first().id, QStringLiteral("c1"));
    QCOMPARE(p.fieldIssues.first().field, QStringLiteral("created_at"));
    QVERIFY(p.fieldIssues.first().reason.contains(QStringLiteral("last tuesday")));

    for (const QByteArray& bad :
         {QByteArray("{}"), QByteArray("true"), QByteArray("\"2026-02-30T00:00:00Z\""), QByteArray("-1")}) {
        ContactsPage q;
        onlyContact(R"({"chat_id":"c2","created_at":)" + bad + "}", &q);
        QCOMPARE(q.items.size(), 1);
        QVERIFY(!q.items.first().createdAt.isValid());
        QCOMPARE(q.fieldIssues.size(), 1);
    }
}

void TestApiParsersContacts::pagination_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("total"); // -1 = absent

    QTest::newRow("complete") << QByteArray(R"({"data":[],"pagination":{"page":3,"limit":100,"total":1234}})") << 3
                              << 100 << qint64(1234);
    QTest::newRow("strings") << QByteArray(R"({"data":[],"pagination":{"page":"2","limit":"20","total":"150"}})") << 2
                             << 20 << qint64(150);
    QTest::newRow("missing total") << QByteArray(R"({"data":[],"pagination":{"page":1,"limit":20}})") << 1 << 20
                                   << qint64(-1);
    QTest::newRow("no pagination") << QByteArray(R"({"success":true,"data":[]})") << 0 << 0 << qint64(-1);
    QTest::newRow("flat keys") << QByteArray(R"({"data":[],"page":4,"limit":50,"total":9})") << 4 << 50 << qint64(9);
    QTest::newRow("pagination is a list") << QByteArray(R"({"data":[],"pagination":[1,20,5]})") << 0 << 0 << qint64(-1);
    QTest::newRow("garbage values") << QByteArray(R"({"data":[],"pagination":{"page":"first","limit":{},"total":-4}})")
                                    << 0 << 0 << qint64(-1);
    QTest::newRow("huge values clamp")
        << QByteArray(R"({"data":[],"pagination":{"page":99999999999,"limit":1,"total":99999999999}})") << 2147483647
        << 1 << qint64(99999999999);
}

void TestApiParsersContacts::pagination()
{
    QFETCH(QByteArray, body);
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(qint64, total);
    const Result<ContactsPage> parsed = parseContactsPage(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->info.page, page);
    QCOMPARE(parsed->info.limit, limit);
    QCOMPARE(parsed->info.total.value_or(-1), total);
}

void TestApiParsersContacts::envelopeProblems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << "empty body";
    QTest::newRow("null") << QByteArray("null") << "null";
    QTest::newRow("bare array") << QByteArray("[]") << "expected an object, got a list";
    QTest::newRow("no data") << QByteArray(R"({"success":true})") << "no \"data\" list";
    QTest::newRow("data null") << QByteArray(R"({"success":true,"data":null})") << "\"data\" is null";
    QTest::newRow("data object") << QByteArray(R"({"success":true,"data":{"chat_id":"x"}})") << "\"data\" is an object";
    QTest::newRow("data string") << QByteArray(R"({"success":true,"data":"none"})") << "\"data\" is a string";
    QTest::newRow("truncated") << QByteArray(R"({"success":true,"data":[{"chat_id":"x")") << "not valid JSON";
    QTest::newRow("html") << QByteArray("<!doctype html><p>maintenance</p>") << "not valid JSON";
}

void TestApiParsersContacts::envelopeProblems()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const Result<ContactsPage> parsed = parseContactsPage(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Malformed);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("contacts response: ")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.size() < 200);
}

void TestApiParsersContacts::searchWrappedAndBare_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("skipped");

    QTest::newRow("wrapped") << QByteArray(R"({"success":true,"data":[{"chat_id":"a","name":"A"},{"chat_id":"b"}]})")
                             << strs({"a", "b"}) << 0;
    QTest::newRow("bare array") << QByteArray(R"([{"chat_id":"a","whatsapp":"+1"},{"name":"x"}])") << strs({"a"}) << 1;
    QTest::newRow("empty wrapped") << QByteArray(R"({"success":true,"data":[]})") << QStringList() << 0;
    QTest::newRow("empty bare") << QByteArray("[]") << QStringList() << 0;
    QTest::newRow("contacts fixture") << readFixture(QStringLiteral("contacts-page.json"))
                                      << strs({"chat_abc123", "chat_abc124", "chat_abc125"}) << 0;
}

void TestApiParsersContacts::searchWrappedAndBare()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, ids);
    QFETCH(int, skipped);
    ParseNotes notes;
    const Result<QList<Contact>> parsed = parseContactSearch(body, &notes);
    QVERIFY(parsed.ok());
    QStringList got;
    for (const Contact& c : parsed.value())
        got.append(c.chatId);
    QCOMPARE(got, ids);
    QCOMPARE(notes.skipped.size(), skipped);
    // Without a notes sink the result is the same.
    QCOMPARE(parseContactSearch(body)->size(), ids.size());

    QCOMPARE(parseContactSearch(R"({"success":true})").error().kind, Error::Kind::Malformed);
}

void TestApiParsersContacts::chatCustomFields()
{
    ParseNotes notes;
    const Result<QList<CustomFieldValue>> parsed =
        parseChatCustomFields(readFixture(QStringLiteral("chat-custom-fields.json")), &notes);
    QVERIFY(parsed.ok());
    QCOMPARE(describe(parsed.value()), strs({"cf_001|source|facebook", "cf_002|lead_stage|proposal"}));
    QVERIFY(notes.skipped.isEmpty());
}

void TestApiParsersContacts::chatCustomFieldsVariants_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<bool>("ok");

    QTest::newRow("empty list") << QByteArray(R"({"success":true,"data":[]})") << QStringList() << 0 << true;
    QTest::newRow("object map") << QByteArray(R"({"success":true,"data":{"source":"web","csat":4}})")
                                << strs({"|csat|4", "|source|web"}) << 0 << true;
    QTest::newRow("numeric field ids and values")
        << QByteArray(R"({"data":[{"field_id":7,"field_name":"revenue","value":99.5}]})") << strs({"7|revenue|99.5"})
        << 0 << true;
    QTest::newRow("bad entries skipped")
        << QByteArray(R"({"data":[{"value":"x"},"str",{"field_id":"cf_9","field_name":"n","value":[{"a":1}]},
            {"field_id":"cf_1","value":"ok"}]})")
        << strs({"cf_1||ok"}) << 3 << true;
    QTest::newRow("no data") << QByteArray(R"({"success":true})") << QStringList() << 0 << false;
    QTest::newRow("data string") << QByteArray(R"({"success":true,"data":"none"})") << QStringList() << 0 << false;
    QTest::newRow("truncated") << QByteArray(R"({"success":true,"data":[{"field_id")") << QStringList() << 0 << false;
}

void TestApiParsersContacts::chatCustomFieldsVariants()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    QFETCH(int, skipped);
    QFETCH(bool, ok);
    ParseNotes notes;
    const Result<QList<CustomFieldValue>> parsed = parseChatCustomFields(body, &notes);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QCOMPARE(parsed.error().kind, Error::Kind::Malformed);
        return;
    }
    QCOMPARE(describe(parsed.value()), expected);
    QCOMPARE(notes.skipped.size(), skipped);
    for (const SkippedRecord& s : notes.skipped)
        QCOMPARE(s.kind, QStringLiteral("custom field"));
}

void TestApiParsersContacts::customFieldDefinitions()
{
    ParseNotes notes;
    const Result<QList<CustomFieldDefinition>> parsed =
        parseCustomFieldDefinitions(readFixture(QStringLiteral("custom-field-definitions.json")), &notes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(0).id, QStringLiteral("cf_001"));
    QCOMPARE(parsed->at(0).name, QStringLiteral("source"));
    QCOMPARE(parsed->at(0).type, QStringLiteral("string"));
    QCOMPARE(parsed->at(0).required, false);
    QCOMPARE(parsed->at(1).id, QStringLiteral("cf_002"));
    QCOMPARE(parsed->at(1).name, QStringLiteral("lead_stage"));
    QVERIFY(notes.skipped.isEmpty());
    QVERIFY(notes.fieldIssues.isEmpty());
}

void TestApiParsersContacts::customFieldDefinitionVariants()
{
    const QByteArray body = R"({"success":true,"data":[
        {"custom_field_id":"cf_1","name":"a","type":"string","required":true},
        {"id":2,"field_name":"b","field_type":"number","required":"true"},
        {"field_id":"cf_3","name":"c","required":1},
        {"custom_field_id":"cf_4","name":"d","required":"sometimes"},
        {"name":"no id"},
        "not an object"]})";
    ParseNotes notes;
    const Result<QList<CustomFieldDefinition>> parsed = parseCustomFieldDefinitions(body, &notes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 4);
    QCOMPARE(parsed->at(0).required, true);
    QCOMPARE(parsed->at(1).id, QStringLiteral("2"));
    QCOMPARE(parsed->at(1).name, QStringLiteral("b"));
    QCOMPARE(parsed->at(1).type, QStringLiteral("number"));
    QCOMPARE(parsed->at(1).required, true);
    QCOMPARE(parsed->at(2).id, QStringLiteral("cf_3"));
    QCOMPARE(parsed->at(2).required, true);
    QVERIFY(parsed->at(2).type.isEmpty());
    QCOMPARE(parsed->at(3).required, false);
    QCOMPARE(notes.skipped.size(), 2);
    QCOMPARE(notes.fieldIssues.size(), 1);
    QCOMPARE(notes.fieldIssues.first().field, QStringLiteral("required"));

    QCOMPARE(parseCustomFieldDefinitions(R"({"data":{}})").error().kind, Error::Kind::Malformed);
}

QTEST_GUILESS_MAIN(TestApiParsersContacts)
#include "tst_ApiParsersContacts.moc"
