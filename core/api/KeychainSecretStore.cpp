#include "core/api/KeychainSecretStore.h"

#include "core/common/Logging.h"

#include <qt6keychain/keychain.h>

namespace crmlens::api {

namespace {

// The job's own text may name the account, never the secret.
Error keychainError(const QKeychain::Job& job, const QString& account, const QString& action)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error::make(Error::Kind::NotFound, QStringLiteral("No API key is stored for %1.").arg(account));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("The system keychain refused to %1 the API key for %2: %3.")
                               .arg(action, account, job.errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("No system keychain is available to %1 the API key for %2 (%3). "
                                          "CRM Lens does not store keys in plain text.")
                               .arg(action, account, job.errorString()));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error::make(Error::Kind::Storage, QStringLiteral("The system keychain could not %1 the API key for %2: %3.")
                                                 .arg(action, account, job.errorString()));
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& account, QObject* parent)
{
    auto* job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : QObject(parent), m_service(std::move(service))
{}

void KeychainSecretStore::readSecret(const QString& account, ReadCallback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [account, done = std::move(done)](QKeychain::Job* finished) {
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        const Error error = keychainError(*read, account, QStringLiteral("read"));
        if (error.isError()) {
            if (error.kind != Error::Kind::NotFound)
                qCWarning(lcApi).noquote() << error.message;
            done(error);
        } else {
            done(read->textData());
        }
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString& account, const QString& secret, DoneCallback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [account, done = std::move(done)](QKeychain::Job* finished) {
        const Error error = keychainError(*finished, account, QStringLiteral("store"));
        if (error.isError())
            qCWarning(lcApi).noquote() << error.message;
        done(error);
    });
    job->start();
}

void KeychainSecretStore::removeSecret(const QString& account, DoneCallback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [account, done = std::move(done)](QKeychain::Job* finished) {
        Error error = keychainError(*finished, account, QStringLiteral("remove"));
        if (error.kind == Error::Kind::NotFound)
            error = {};
        if (error.isError())
            qCWarning(lcApi).noquote() << error.message;
        done(error);
    });
    job->start();
}

} // namespace crmlens::api
