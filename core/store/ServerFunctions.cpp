// `server check` compares the store's functions with Privacydesk's own SQL: the
// trail's chain, the BSN guard, the access rules and the schema's functions are what the server
// enforces, and a login that once held the owner role could replace one of them (make
// pd_audit_append accept anything, the guard find nothing) and give the role back. Their
// triggers and owners are checked elsewhere (ServerCheck.cpp); here their bodies and the settings
// they run with (pg_proc.proconfig): another search_path for a function that runs with the
// owner's rights runs someone else's functions with them, and a setting dropped changes how the
// server plans what the triggers read.

#include "store/ServerSetup.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

struct Expected
{
    QString body;
    QStringList settings; // "name=value", sorted
};

// A setting as PostgreSQL keeps it in pg_proc.proconfig: "name=value", a list's items joined
// by ", " (search_path = privacydesk, pg_temp).
QString setting(const QString &name, const QString &value)
{
    QStringList items = value.split(QLatin1Char(','));
    for (QString &item : items)
        item = item.trimmed();
    return name.toLower() + QLatin1Char('=') + items.join(QStringLiteral(", "));
}

// Every function the server's SQL creates, by name, with its body as PostgreSQL keeps it
// (pg_proc.prosrc: the text between the dollar quotes) and its settings: the SET clauses of its
// CREATE FUNCTION and the ALTER FUNCTION ... SET lines after it. The schema's migrations first,
// then the scripts `server init` and `server upgrade` run. Each name is created once.
QHash<QString, Expected> expectedFunctions()
{
    QStringList files;
    const QDir migrations(QStringLiteral(":/migrations/pg"));
    for (const QString &name :
         migrations.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name))
        files << migrations.filePath(name);
    files << QStringLiteral(":/server/audit.sql") << QStringLiteral(":/server/bsnguard.sql")
          << QStringLiteral(":/server/access.sql");
    static const QRegularExpression function(
        QStringLiteral("CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+(?:privacydesk\\.)?(\\w+)"
                       "\\s*\\((.*?)\\bAS\\s+\\$\\$(.*?)\\$\\$"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    // In the header: SET name = value, up to the next clause or the header's end.
    static const QRegularExpression clause(
        QStringLiteral(
            "\\bSET\\s+(\\w+)\\s*(?:=|\\bTO\\b)\\s*(.*?)(?=\\s+SET\\s+\\w+\\s*(?:=|\\bTO\\b)"
            "|\\s+(?:LANGUAGE|SECURITY|STABLE|IMMUTABLE|VOLATILE|STRICT|PARALLEL|"
            "LEAKPROOF|CALLED|COST|ROWS)\\b|\\s*$)"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression altered(
        QStringLiteral(
            "ALTER\\s+FUNCTION\\s+(?:privacydesk\\.)?(\\w+)\\s*\\([^)]*\\)\\s+SET\\s+(\\w+)"
            "\\s*(?:=|\\bTO\\b)\\s*([^;]+);"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, Expected> functions;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // then its functions are reported as not Privacydesk's: never "as written"
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = function.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            Expected expected { match.captured(3), {} };
            const QString header = match.captured(2);
            for (auto set = clause.globalMatch(header); set.hasNext();) {
                const QRegularExpressionMatch found = set.next();
                expected.settings << setting(found.captured(1), found.captured(2));
            }
            functions.insert(match.captured(1).toLower(), expected);
        }
        for (auto it = altered.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const auto named = functions.find(match.captured(1).toLower());
            if (named != functions.end())
                named->settings << setting(match.captured(2), match.captured(3));
        }
    }
    for (Expected &expected : functions)
        expected.settings.sort();
    return functions;
}

// checkFunctions()'s columns, in its order.
enum FunctionColumn { FunctionName, FunctionBody, FunctionSettings };

// The settings a function of the store runs with (its FunctionSettings column), sorted.
QStringList settingsOf(const QSqlQuery &query)
{
    const QString text = query.value(FunctionSettings).toString();
    QStringList settings;
    if (!text.isEmpty())
        settings = text.split(QLatin1Char('\n'));
    settings.sort();
    return settings;
}

} // namespace

void ServerSetup::checkFunctions(const QSqlDatabase &db, QList<Finding> *findings)
{
    // The store's own functions: those of its schema that no extension brought.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT p.proname, p.prosrc, array_to_string(p.proconfig, E'\\n') "
                           "FROM pg_proc p "
                           "WHERE p.pronamespace = 'privacydesk'::regnamespace AND NOT EXISTS ("
                           "SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
                           "AND d.objid = p.oid AND d.deptype = 'e') ORDER BY p.proname"))) {
        //: Dutch: "Functies: konden niet worden gelezen: %1"
        findings->append(
            { false, tr("Functions: could not be read: %1").arg(query.lastError().text()) });
        return;
    }
    QHash<QString, Expected> expected = expectedFunctions();
    QStringList changed;
    QStringList foreign;
    int same = 0;
    while (query.next()) {
        const QString name = query.value(FunctionName).toString();
        const auto it = expected.constFind(name);
        if (it == expected.constEnd())
            foreign << name;
        else if (it->body != query.value(FunctionBody).toString()
                 || it->settings != settingsOf(query))
            changed << name;
        else
            ++same;
        expected.remove(name);
    }
    if (query.lastError().isValid()) {
        findings->append(
            { false, tr("Functions: could not be read: %1").arg(query.lastError().text()) });
        return;
    }
    QStringList missing = expected.keys();
    missing.sort();
    if (changed.isEmpty() && foreign.isEmpty() && missing.isEmpty()) {
        //: Dutch: "Functies: alle %1 functies van de kluis zijn zoals Privacydesk ze schreef."
        findings->append(
            { true,
              tr("Functions: all %1 of the store's functions are as Privacydesk wrote them.")
                  .arg(same) });
        return;
    }
    QStringList what;
    if (!changed.isEmpty())
        //: Dutch: "gewijzigd: %1"
        what << tr("changed: %1").arg(changed.join(QStringLiteral(", ")));
    if (!foreign.isEmpty())
        //: Dutch: "niet van Privacydesk: %1"
        what << tr("not Privacydesk's: %1").arg(foreign.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        //: Dutch: "ontbreekt: %1"
        what << tr("missing: %1").arg(missing.join(QStringLiteral(", ")));
    //: Dutch: "Functies: NIET zoals Privacydesk ze schreef (%1)."
    findings->append({ false,
                       tr("Functions: NOT as Privacydesk wrote them (%1).")
                           .arg(what.join(QStringLiteral("; "))) });
}

} // namespace pd
