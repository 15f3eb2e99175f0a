// A sync stand-in for tst_StoreCrashResume: writes a contacts pass and then message pages, each
// page with its checkpoint, resuming from the checkpoints it finds. It prints a line after every
// committed page so the test can kill it (SIGKILL) mid-run, then start it again.
#include "core/store/CheckpointRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/MessageRepository.h"
#include "core/store/SyncPassRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>

using namespace crmlens;
using namespace crmlens::store;

namespace {

constexpr int kContactsPerPage = 50;
constexpr int kMessagesPerPage = 100;

void say(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const Error& err)
{
    std::fprintf(stderr, "%s\n", qPrintable(err.message));
    return 2;
}

QString chatId(int n)
{
    return QStringLiteral("chat_%1").arg(n, 5, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: %s DB CONTACT_PAGES MESSAGE_PAGES PACE_MS\n", argv[0]);
        return 1;
    }
    const int contactPages = args[2].toInt();
    const int messagePages = args[3].toInt();
    const int paceMs = args[4].toInt();
    const int contactCount = contactPages * kContactsPerPage;

    auto opened = Database::open(args[1]);
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    SyncPassRepository passes(db);
    ContactRepository contacts(db);
    MessageRepository messages(db);
    CheckpointRepository checkpoints(db);

    // Contacts: resume the open pass, or start one unless a complete pass already exists.
    auto complete = passes.lastCompletePass(kContactsPass);
    if (!complete)
        return fail(complete.error());
    if (!complete.value()) {
        auto open = passes.openPass(kContactsPass);
        if (!open)
            return fail(open.error());
        qint64 passId = 0;
        if (open.value()) {
            passId = open.value()->id;
        } else {
            auto begun = passes.beginPass(kContactsPass);
            if (!begun)
                return fail(begun.error());
            passId = begun.value().id;
        }
        const QString key = QStringLiteral("crash.contacts.%1.page").arg(passId);
        auto done = checkpoints.value(key);
        if (!done)
            return fail(done.error());
        for (int page = done.value() ? done.value()->toInt() + 1 : 0; page < contactPages; ++page) {
            QList<api::Contact> batch;
            for (int i = 0; i < kContactsPerPage; ++i) {
                const int n = page * kContactsPerPage + i;
                api::Contact c;
                c.chatId = chatId(n);
                c.whatsappNumber = QStringLiteral("+2547%1").arg(n, 8, 10, QLatin1Char('0'));
                c.status = n % 3 == 0 ? QStringLiteral("open") : QStringLiteral("resolved");
                c.customFields = {
                    {QString(), QStringLiteral("source"), n % 2 ? QStringLiteral("web") : QStringLiteral("ads")}};
                c.customFieldsPresent = true;
                batch << c;
            }
            PageProgress progress;
            progress.checkpoint = {key, QString::number(page)};
            if (auto written = contacts.writeContactsPage(passId, batch, progress); !written)
                return fail(written.error());
            say("contacts " + QByteArray::number(page));
            if (paceMs > 0)
                QThread::msleep(paceMs);
        }
        auto completion = contacts.completeContactPass(passId, 0.0);
        if (!completion)
            return fail(completion.error());
        if (completion.value().refused)
            return fail(Error::make(Error::Kind::Storage, QStringLiteral("deletion cap refused")));
        say("contacts complete");
    }

    const QString key = QStringLiteral("crash.messages.page");
    auto done = checkpoints.value(key);
    if (!done)
        return fail(done.error());
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    for (int page = done.value() ? done.value()->toInt() + 1 : 0; page < messagePages; ++page) {
        QList<api::Message> batch;
        for (int i = 0; i < kMessagesPerPage; ++i) {
            api::Message m;
            m.messageId = QStringLiteral("wamid.%1.%2").arg(page).arg(i);
            m.type = QStringLiteral("text");
            m.direction = i % 2 ? QStringLiteral("inbound") : QStringLiteral("outbound");
            m.status = i % 2 ? QStringLiteral("received") : QStringLiteral("delivered");
            m.content = QStringLiteral("page %1 message %2").arg(page).arg(i);
            m.timestamp = base.addSecs(qint64(page) * 1000 + i);
            batch << m;
        }
        MessagesPageContext context;
        context.progress.checkpoint = {key, QString::number(page)};
        if (auto written = messages.writeMessagesPage(chatId(page % contactCount), batch, context); !written)
            return fail(written.error());
        say("messages " + QByteArray::number(page));
    }
    say("done");
    return 0;
}
