// What Privacydesk asks each VERA domain (VeraCatalogue) against the specifications themselves
// (vera-openapi 4.3.0 in ../shared/vera): every resource is a path of its domain's specification
// with a GET, every search parameter is a property its schemas declare, and every link field of
// the person is a property of Relaties. Read as text: the specifications are YAML, and a path or
// a property is a line of its own there.

#include "PrismProxy.h"
#include "vera/VeraCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestVeraCatalogue final : public QObject
{
    Q_OBJECT

private slots:
    void everyResourceIsInItsSpecification();
    void thePersonsLinksAreRelatiesProperties();
    void theReadmeNamesEveryScopeAsked();

private:
    static QString specification(VeraDomain domain);
};

QString TestVeraCatalogue::specification(VeraDomain domain)
{
    QString name = codes::label(domain);
    name.replace(u'ë', u'e'); // Financiën is Financien.yaml
    QFile file(PrismProxy::specificationsFolder() + u'/' + name + u".yaml"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestVeraCatalogue::everyResourceIsInItsSpecification()
{
    int checked = 0;
    for (const VeraDomain domain : codes::all<VeraDomain>()) {
        const QString spec = specification(domain);
        QVERIFY2(!spec.isEmpty(), qPrintable(codes::label(domain)));
        for (const VeraResource &r : VeraCatalogue::resourcesOf(domain)) {
            const QString path = QString::fromLatin1(r.path);
            const QRegularExpression pathLine(u"^  /"_s + QRegularExpression::escape(path)
                                                  + u":\\s*\\n    get:"_s,
                                              QRegularExpression::MultilineOption);
            QVERIFY2(pathLine.match(spec).hasMatch(), qPrintable(path));
            const QRegularExpression property(
                u"^        "_s + QRegularExpression::escape(QString::fromLatin1(r.parameter))
                    + u":\\s*$"_s,
                QRegularExpression::MultilineOption);
            QVERIFY2(property.match(spec).hasMatch(),
                     qPrintable(path + u" ?"_s + QString::fromLatin1(r.parameter)));
            ++checked;
        }
    }
    QCOMPARE(checked, 40);
}

void TestVeraCatalogue::thePersonsLinksAreRelatiesProperties()
{
    const QString spec = specification(VeraDomain::Relaties);
    const QRegularExpression person(u"^  /"_s + QLatin1StringView(VeraCatalogue::personResource)
                                        + u":\\s*\\n    get:"_s,
                                    QRegularExpression::MultilineOption);
    QVERIFY(person.match(spec).hasMatch());
    for (const QString &field : VeraCatalogue::personLinkFields()) {
        // A NatuurlijkPersoon's own fields sit one level deeper (in its allOf) than
        // Relatie-basis's.
        const QRegularExpression property(u"^ {8,10}"_s + field + u":\\s*$"_s,
                                          QRegularExpression::MultilineOption);
        QVERIFY2(property.match(spec).hasMatch(), qPrintable(field));
    }
}

// The README's guide for setting a system up names, for every list the search reads, the read
// scope its specification gives it, and for the marks the write scope of the PATCHes sent; and
// names no read scope of a resource Privacydesk does not ask.
void TestVeraCatalogue::theReadmeNamesEveryScopeAsked()
{
    QFile readme(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const auto scopeOf = [](const QString &spec, const QString &path, const QString &method,
                            const QString &ending) {
        const QRegularExpression operation(u"^  /"_s + QRegularExpression::escape(path)
                                               + u":\\s*\\n(?:    .*\\n|      .*\\n)*?    "_s
                                               + method
                                               + u":\\n((?:      .*\\n|        .*\\n|\\s*\\n)*)"_s,
                                           QRegularExpression::MultilineOption);
        const QString body = operation.match(spec).captured(1);
        const QRegularExpression scope(u"- (\\S+\\."_s + ending + u")$"_s,
                                       QRegularExpression::MultilineOption);
        return scope.match(body).captured(1);
    };
    QStringList asked;
    for (const VeraDomain domain : codes::all<VeraDomain>()) {
        const QString spec = specification(domain);
        QStringList paths;
        for (const VeraResource &r : VeraCatalogue::resourcesOf(domain))
            paths << QString::fromLatin1(r.path);
        if (domain == VeraDomain::Relaties)
            paths << QString::fromLatin1(VeraCatalogue::personResource);
        for (const QString &path : paths) {
            const QString scope = scopeOf(spec, path, u"get"_s, u"Read"_s);
            QVERIFY2(!scope.isEmpty(), qPrintable(path));
            QVERIFY2(text.contains(u'`' + scope + u'`'), qPrintable(scope));
            asked << scope;
        }
    }
    const QString dossier
        = scopeOf(specification(VeraDomain::Dossier), u"zaken/{id}"_s, u"patch"_s, u"ReadWrite"_s);
    const QString relaties = scopeOf(specification(VeraDomain::Relaties), u"relaties/{id}"_s,
                                     u"patch"_s, u"ReadWrite"_s);
    QCOMPARE(dossier, u"Dossier.Zaken.ReadWrite"_s);
    QCOMPARE(relaties, u"Relaties.Relaties.ReadWrite"_s);
    QVERIFY(text.contains(u'`' + dossier + u'`') && text.contains(u'`' + relaties + u'`'));
    const QRegularExpression named(u"`([A-Z][a-z]+\\.[A-Za-z]+\\.Read)`"_s);
    for (auto it = named.globalMatch(text); it.hasNext();) {
        const QString scope = it.next().captured(1);
        QVERIFY2(asked.contains(scope), qPrintable(scope + u" is named but not asked"_s));
    }
}

QTEST_GUILESS_MAIN(TestVeraCatalogue)
#include "tst_veracatalogue.moc"
