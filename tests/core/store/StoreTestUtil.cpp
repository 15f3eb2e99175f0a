#include "tests/core/store/StoreTestUtil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace crmlens::test {

TempStore::TempStore()
    : m_path(m_dir.filePath(QStringLiteral("store.sqlite"))), m_clock(utc(QStringLiteral("2026-03-01T08:00:00Z")))
{}

TempStore::~TempStore()
{
    m_db.reset();
}

Error TempStore::open(const store::OpenOptions& options)
{
    m_db.reset();
    store::OpenOptions withClock = options;
    if (!withClock.clock)
        withClock.clock = &m_clock;
    auto opened = store::Database::open(m_path, withClock);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    return {};
}

api::Contact makeContact(const QString& chatId, const QString& status, const QString& operatorName,
                         const FieldList& fields)
{
    api::Contact c;
    c.chatId = chatId;
    c.whatsappNumber = QStringLiteral("+254 700 ") + QString::number(qHash(chatId) % 1000000).rightJustified(6, u'0');
    c.name = QStringLiteral("Contact ") + chatId;
    c.status = status;
    c.operatorName = operatorName;
    for (const auto& [key, value] : fields)
        c.customFields << api::CustomFieldValue{QString(), key, value};
    c.customFieldsPresent = true;
    return c;
}

api::Message makeMessage(const QString& messageId, const QDateTime& timestamp, const QString& direction,
                         const QString& status)
{
    api::Message m;
    m.messageId = messageId;
    m.type = QStringLiteral("text");
    m.content = QStringLiteral("Habari ") + messageId;
    m.direction = direction;
    m.status = status;
    m.timestamp = timestamp;
    return m;
}

QDateTime utc(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.toUTC();
}

qint64 scalar(store::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("test query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace crmlens::test
