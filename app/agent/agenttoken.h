#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace netlab {

// The secret that PUT /api/v1/led needs: 32 random bytes as 64 hex digits, generated on the
// agent's first start into <data-dir>/token, created with mode 0600 (the agent's user only).
class AgentToken
{
    Q_DECLARE_TR_FUNCTIONS(netlab::AgentToken)

public:
    // Reads the token file, or creates it (then *created is true). Empty + *error on failure.
    static QByteArray loadOrCreate(const QString &path, bool *created, QString *error);
    static QByteArray generate();
    // Compares in time that depends on the lengths only, not on where the bytes differ.
    static bool equals(QByteArrayView a, QByteArrayView b);
};

} // namespace netlab
