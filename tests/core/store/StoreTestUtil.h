#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Clock.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace crmlens::test {

// A store file in a fresh temporary folder, opened with a clock the test moves by hand.
class TempStore
{
public:
    TempStore();
    ~TempStore();

    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    ManualClock& clock() { return m_clock; }

    // Opens (or reopens) the store; the returned error is None on success.
    Error open(const store::OpenOptions& options = {});
    void close() { m_db.reset(); }
    bool isOpen() const { return m_db != nullptr; }
    store::Database& db() { return *m_db; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<store::Database> m_db;
};

using FieldList = QList<QPair<QString, QString>>;

api::Contact makeContact(const QString& chatId, const QString& status = QStringLiteral("open"),
                         const QString& operatorName = {}, const FieldList& fields = {});
api::Message makeMessage(const QString& messageId, const QDateTime& timestamp,
                         const QString& direction = QStringLiteral("inbound"),
                         const QString& status = QStringLiteral("received"));
QDateTime utc(const QString& iso);

// Raw reads for assertions, through the store's own connection.
qint64 scalar(store::Database& db, const QString& sql);
QByteArray fileDigest(const QString& path);

} // namespace crmlens::test
