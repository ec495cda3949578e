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
    // Reads an existing token file (never creates one: a file made by root would lock the
    // agent's user out). Empty + *error saying what to do (e.g. permission denied: run as
    // root or as the agent's user).
    static QByteArray read(const QString &path, QString *error);
    // Replaces the token with a new one, atomically (a new 0600 file with the old one's owner,
    // renamed over it); the running agent notices the file changed. Empty + *error.
    static QByteArray rotate(const QString &path, QString *error);
    // Identifies the file's version (inode and modification time); 0 when it is missing.
    static quint64 fileStamp(const QString &path);
    static QByteArray generate();
    // Compares in time that depends on the lengths only, not on where the bytes differ.
    static bool equals(QByteArrayView a, QByteArrayView b);
};

} // namespace netlab
