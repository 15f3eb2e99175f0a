#include "core/api/EnvironmentSecretStore.h"

#include <QTimer>

namespace crmlens::api {

namespace {

// The interface promises callbacks after the call returns, as the keychain gives them.
template <typename Callback, typename Value> void later(Callback done, Value value)
{
    QTimer::singleShot(0, [done = std::move(done), value = std::move(value)] { done(value); });
}

} // namespace

EnvironmentSecretStore::EnvironmentSecretStore(QByteArray variable) : m_variable(std::move(variable)) {}

void EnvironmentSecretStore::readSecret(const QString& account, ReadCallback done)
{
    Q_UNUSED(account)
    const QString value = qEnvironmentVariable(m_variable.constData()).trimmed();
    if (value.isEmpty()) {
        later(std::move(done),
              Result<QString>(Error::make(Error::Kind::NotFound,
                                          QStringLiteral("No API key given: set the environment variable %1.")
                                              .arg(QString::fromLatin1(m_variable)))));
        return;
    }
    later(std::move(done), Result<QString>(value));
}

void EnvironmentSecretStore::writeSecret(const QString& account, const QString& secret, DoneCallback done)
{
    Q_UNUSED(account)
    Q_UNUSED(secret)
    later(std::move(done), Error::make(Error::Kind::Configuration,
                                       QStringLiteral("The API key comes from the environment variable %1 and "
                                                      "cannot be changed from here.")
                                           .arg(QString::fromLatin1(m_variable))));
}

void EnvironmentSecretStore::removeSecret(const QString& account, DoneCallback done)
{
    writeSecret(account, {}, std::move(done));
}

} // namespace crmlens::api
