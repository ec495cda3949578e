#pragma once

#include <netlab/translators.h>

#include <QList>
#include <QObject>

#include <memory>

namespace netlab {

// Installs the translators for the chosen language (see Translators). An empty language code
// follows the system's locale. Owned by main(), handed to MainWindow.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code; // "" = the system's language, "en", "fr"
        QString nativeName; // as shown in the menu, in its own language
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> availableLanguages();

    // Installs the translators; returns false if the catalogue is missing.
    bool setLanguage(const QString &code);
    QString language() const { return m_code; }
    // The language actually in effect ("en" or "fr"), after resolving the system's.
    QString effectiveLanguage() const
    {
        return m_translators ? m_translators->language() : QStringLiteral("en");
    }

signals:
    void languageChanged(const QString &code);

private:
    QString m_code;
    std::unique_ptr<Translators> m_translators;
};

} // namespace netlab
