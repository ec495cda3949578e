#pragma once

#include <QList>
#include <QObject>
#include <QTranslator>

#include <memory>

namespace netlab {

// Installs the translators for the chosen language: the workbench's own catalogue (the .qm
// files, see catalogueDirectory()) and Qt's (standard dialogs and buttons). An empty
// language code follows the system's locale. Owned by main(), handed to MainWindow.
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
    // Where the .qm catalogues are for an executable in applicationDir: the installed
    // share/netlab/translations, else the build tree's translations/; "" if neither exists.
    static QString catalogueDirectory(const QString &applicationDir);

    // Installs the translators; returns false if the catalogue is missing.
    bool setLanguage(const QString &code);
    QString language() const { return m_code; }
    // The language actually in effect ("en" or "fr"), after resolving the system's.
    QString effectiveLanguage() const { return m_effective; }

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_code;
    QString m_effective = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace netlab
