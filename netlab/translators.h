#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace netlab {

// The translators of one language, installed on the application while this object lives:
// NetLab's catalogue (netlab_<language>.qm, compiled into every program's resources under
// :/i18n, so the workbench, the CLI and the agent find it in the build tree and installed
// alike) and Qt's own (qtbase_<language>: standard buttons, QCommandLineParser's texts).
// English is the source language; its catalogue holds only the plural forms ("1 byte",
// "2 bytes" for "%n byte(s)"). Owned by each program's main() (the workbench's through its
// LanguageManager).
class Translators
{
public:
    explicit Translators(const QLocale &locale);
    ~Translators();
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;

    // False when the locale's language has no catalogue (the programs then speak English).
    bool isTranslated() const { return m_found; }
    // The language in effect: "en", "fr".
    QString language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language = QStringLiteral("en");
    bool m_found = true;
};

} // namespace netlab
