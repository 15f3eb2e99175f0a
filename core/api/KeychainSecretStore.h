#pragma once

#include "core/api/SecretStore.h"

#include <QObject>

namespace crmlens::api {

// SecretStore over the OS keychain through QtKeychain jobs (Secret Service / KWallet, macOS
// Keychain, Windows Credential Manager). The plaintext fallback is never used: without a
// keychain every call fails with Error::Kind::Storage. Callbacks of jobs still running when the
// store is destroyed are not invoked.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("CRM Lens"), QObject* parent = nullptr);

    void readSecret(const QString& account, ReadCallback done) override;
    void writeSecret(const QString& account, const QString& secret, DoneCallback done) override;
    void removeSecret(const QString& account, DoneCallback done) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace crmlens::api
