#include "core/api/ApiParsers.h"

#include "core/api/CustomFieldParser.h"
#include "core/api/EnvelopeParser.h"
#include "core/api/JsonFields.h"

namespace crmlens::api {

using namespace detail;

namespace {

const QString kContact = QStringLiteral("contact");

QString readOperator(const QJsonObject& record, RecordReader& fields)
{
    const Keys keys = {QLatin1String("chat_operator"), QLatin1String("assigned_operator"), QLatin1String("operator")};
    const auto found = firstPresent(record, keys);
    if (found && found->value.isObject()) {
        // An operator object: its email identifies it best, its name otherwise.
        const QJsonObject who = found->value.toObject();
        RecordReader inner(who, kContact, {}, nullptr);
        const QString email = inner.text({QLatin1String("email")});
        if (!email.isEmpty())
            return email;
        const QString name = inner.text({QLatin1String("name")});
        if (name.isEmpty())
            fields.note(QString(found->key), QStringLiteral("is an object without an email or name"));
        return name;
    }
    return fields.text(keys);
}

std::optional<Contact> readContact(const QJsonObject& record, const QString& id, ParseNotes& notes)
{
    RecordReader fields(record, kContact, id, &notes.fieldIssues);
    Contact contact;
    contact.chatId = id;
    contact.whatsappNumber = fields.text({QLatin1String("whatsapp_number"), QLatin1String("whatsapp")});
    contact.email = fields.text({QLatin1String("email")});
    contact.name = fields.text({QLatin1String("name"), QLatin1String("chat_name")}, RecordReader::Trim::No);
    // created_at is optional: an unreadable one leaves the contact without a creation time (first
    // sight stands in, as when it is absent) and is listed in fieldIssues rather than skipping it.
    contact.createdAt = fields.timestamp({QLatin1String("created_at")});
    contact.status = fields.text({QLatin1String("status")});
    contact.operatorName = readOperator(record, fields);

    CustomFieldsRead custom =
        readCustomFields(record.value(QLatin1String("custom_fields")), QStringLiteral("custom_fields"));
    contact.customFields = std::move(custom.values);
    contact.customFieldsPresent = custom.present;
    for (const CustomFieldProblem& problem : custom.problems)
        fields.note(problem.field, problem.reason);
    return contact;
}

QList<Contact> readContacts(const QJsonArray& list, ParseNotes& notes)
{
    return readRecords<Contact>(list, kContact, {QLatin1String("chat_id")}, notes, readContact);
}

} // namespace

Result<ContactsPage> parseContactsPage(const QByteArray& body)
{
    const QString what = QStringLiteral("contacts");
    const Result<QJsonObject> root = openObject(body, what);
    if (!root)
        return root.error();
    const Result<QJsonArray> list = listAt(root.value(), QLatin1String("data"), what);
    if (!list)
        return list.error();

    ContactsPage page;
    ParseNotes notes;
    page.items = readContacts(list.value(), notes);
    const QJsonValue pagination = root->value(QLatin1String("pagination"));
    page.info = readPagination(pagination.isObject() ? pagination : QJsonValue(root.value()));
    moveNotes(notes, page);
    return page;
}

Result<QList<Contact>> parseContactSearch(const QByteArray& body, ParseNotes* notes)
{
    const QString what = QStringLiteral("contact search");
    const Result<QJsonValue> root = openBody(body, what);
    if (!root)
        return root.error();
    QJsonArray list;
    if (root->isArray()) {
        list = root->toArray();
    } else {
        const Result<QJsonArray> data = listAt(root->toObject(), QLatin1String("data"), what);
        if (!data)
            return data.error();
        list = data.value();
    }
    ParseNotes found;
    QList<Contact> contacts = readContacts(list, found);
    moveNotes(found, notes);
    return contacts;
}

} // namespace crmlens::api
