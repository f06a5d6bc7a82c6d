// The shape of the code, checked on the tree rather than hoped for:
// - SQL (a QSqlQuery, or SQL text in a string literal) is written only by a module's
//   *Repository, by core/sql and core/store; ui/ and app/ write none;
// - every table of the schemas (the SQLite migrations, the server's migrations and its own
//   tables in resources/server/*.sql, such as server_logins) has a declared owner, and is named
//   in SQL text only by its owner's files;
// - a service writes through UnitOfWork: no Transaction of its own, no AuditLog::append;
// - no production file over 800 lines, no function over 100 lines (the issue's first bound was
//   150; the anchors' habit is 100);
// - no two folders of the core include each other;
// - the product and its tests read the clock only through pd::Clock, whose day is the
//   organisation's (Europe/Amsterdam), never the computer's;
// - no test writes a number that passes the BSN 11-proef: it could be a real person's (a test
//   makes one at run time with pd::test::elfProefNumber()).
// What does not hold yet is listed in codeshape_allowlist.txt, each entry with what it is allowed
// today. The list may only shrink: an entry that grows fails, and an entry that is no longer
// needed fails until it is removed, so a fixed file cannot fall back unnoticed.
// The measurements the issue asks for (files over 800 lines, functions over 100 and 150 lines,
// files running SQL, two-way folder dependencies) are printed on every run.

#include "TestSupport.h"
#include "domain/BsnGuard.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int fileLimit = 800;
constexpr int functionLimit = 100;
constexpr int functionBound = 150; // the issue's first bound, still measured

// A source file split into its code (string literals emptied, comments removed, lines kept) and
// its string literals.
struct Source
{
    QString path; // relative to the source tree: "core/cases/CaseService.cpp"
    QStringList lines; // as written
    QString code;
    QStringList codeLines; // code split at its lines: comments gone, literals emptied
    QStringList literals;
    // The literals again, with those that continue one another joined into one statement:
    // "SELECT id FROM " "letters" or u"... FROM "_s + u"letters"_s, across lines.
    QStringList statements;
};

// Keeps the lines as written, and separates code, comments and literals (plain, prefixed and raw
// strings, character literals).
// Adjacent literals ("a" "b", or u"a"_s + u"b"_s) are one entry each in literals and joined in
// statements.
void lex(Source &source, const QString &text)
{
    source.lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        source.lines.removeLast();
    QString &code = source.code;
    code.reserve(text.size());
    // Between two literals that continue one another: white space, +, the prefixes and suffixes
    // of a literal, QStringLiteral( ... ).
    static const QRegularExpression continuation(
        uR"(^(\s|\+|\(|\)|_s|_L1|QStringLiteral|QLatin1StringView|QLatin1String|u8|u|L)*$)"_s);
    qsizetype lastEnd = -1; // where the last string literal ended; -1 after anything else
    const auto addLiteral = [&](const QString &literal, qsizetype start, qsizetype end) {
        source.literals.append(literal);
        if (lastEnd >= 0 && !source.statements.isEmpty()
            && continuation.match(text.mid(lastEnd, start - lastEnd)).hasMatch())
            source.statements.last() += literal;
        else
            source.statements.append(literal);
        lastEnd = end;
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'/') {
            while (i < n && text.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            code += QString(text.mid(i, stop - i).count(u'\n'), u'\n');
            i = stop;
        } else if (c == u'R' && i + 1 < n && text.at(i + 1) == u'"'
                   && (i == 0 || !text.at(i - 1).isLetterOrNumber() || text.at(i - 1) == u'u'
                       || text.at(i - 1) == u'8' || text.at(i - 1) == u'L')) {
            const qsizetype open = text.indexOf(u'(', i + 2);
            const QString delimiter = u')' + text.mid(i + 2, open - i - 2) + u'"';
            const qsizetype end = text.indexOf(delimiter, open);
            const QString literal = text.mid(open + 1, end - open - 1);
            addLiteral(literal, i, end + delimiter.size());
            code += QStringLiteral("\"\"") + QString(literal.count(u'\n'), u'\n');
            i = end + delimiter.size();
        } else if (c == u'"' || (c == u'\'' && !(i > 0 && text.at(i - 1).isDigit()))) {
            QString literal;
            const qsizetype start = i;
            ++i;
            while (i < n && text.at(i) != c) {
                if (text.at(i) == u'\\' && i + 1 < n)
                    literal += text.at(i++);
                literal += text.at(i++);
            }
            ++i;
            if (c == u'"')
                addLiteral(literal, start, i);
            else
                lastEnd = -1;
            code += QString(2, c);
        } else {
            code += c;
            ++i;
        }
    }
    source.codeLines = code.split(u'\n');
}

// Every .cpp and .h under the folders of the source tree given (core/, ui/ and app/ by default).
QList<Source> sourcesUnder(const QStringList &folders = { u"core"_s, u"ui"_s, u"app"_s })
{
    QList<Source> sources;
    const QDir root(QStringLiteral(PRIVACYDESK_SOURCE_DIR));
    for (const QString &folder : folders) {
        QDirIterator it(root.filePath(folder), { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            const QString text = QString::fromUtf8(file.readAll());
            Source source;
            source.path = root.relativeFilePath(file.fileName());
            lex(source, text);
            sources.append(std::move(source));
        }
    }
    std::sort(sources.begin(), sources.end(),
              [](const Source &a, const Source &b) { return a.path < b.path; });
    if (sources.size() < 100)
        qFatal("only %d sources under %s", int(sources.size()), PRIVACYDESK_SOURCE_DIR);
    return sources;
}

// Reads the computer's clock or zone itself, not the organisation's: the day of a moment would be
// the computer's (UTC on CI) instead of Amsterdam's, and an hour a night the two differ.
const QRegularExpression &ownClock()
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(QDate::currentDate|QDateTime::currentDateTime(Utc)?|QTime::currentTime|"
        "QDateTime::current(M)?SecsSinceEpoch|QTimeZone::systemTimeZone)\\b|\\.toLocalTime\\("));
    return re;
}

// A statement's shape in one literal: the start of a statement, or a clause that only SQL has.
const QRegularExpression &sqlText()
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(SELECT\\b.*\\bFROM|INSERT (OR \\w+ )?INTO|UPDATE \\w+ SET|DELETE FROM|CREATE "
        "(TEMP |UNIQUE )?(TABLE|INDEX|TRIGGER|VIEW)|ALTER TABLE|DROP (TABLE|INDEX|TRIGGER)|"
        "(FROM|JOIN) [a-z_]+( [a-z]\\w*)? (WHERE|ON|JOIN|LEFT|ORDER|GROUP|USING)|WHERE [a-z_.]+ "
        "(=|IN|IS|<|>|LIKE)|ORDER BY [a-z_.]+|GROUP BY [a-z_.]+|PRAGMA \\w+|SAVEPOINT \\w+|"
        "RELEASE SAVEPOINT|ON CONFLICT)\\b"));
    return re;
}

bool runsSql(const Source &source)
{
    static const QRegularExpression query(QStringLiteral("\\bQSqlQuery\\b"));
    if (source.code.contains(query))
        return true;
    return std::any_of(source.literals.cbegin(), source.literals.cend(),
                       [](const QString &literal) { return literal.contains(sqlText()); });
}

// May write SQL without an entry: a module's repository, the SQL driver and dialects, the store.
bool ownsSql(const QString &path)
{
    return path.startsWith(u"core/sql/") || path.startsWith(u"core/store/")
        || QFileInfo(path).completeBaseName().endsWith(u"Repository");
}

// The folder of the core a file is in ("cases"), empty outside core/.
QString coreFolder(const QString &path)
{
    const QStringList parts = path.split(u'/');
    return parts.size() > 2 && parts.first() == u"core" ? parts.at(1) : QString();
}

struct Function
{
    QString path;
    QString name;
    int lines = 0;
};

// Functions by the project's clang-format style, read from the code without comments: a
// definition's body opens with "{" alone on a line (BraceWrapping AfterFunction) and closes with
// "}" at the same indentation; classes, structs, enums and namespaces open the same way and are
// skipped. The signature is read upwards from the "{" to a blank line, a statement, a brace, a
// preprocessor line or an access specifier; a line that held only a comment (a translator's
// note inside a constructor's initialisers) is part of it. It is a type's when one of its lines
// opens a class, struct, union, enum or namespace: a nested struct after a macro
// (Q_DISABLE_COPY_MOVE(X)) is no function. A function's length runs from the first line of its
// signature to its closing brace; lambdas count with their function.
QList<Function> functions(const Source &source)
{
    static const QRegularExpression opening(QStringLiteral("^(\\s*)\\{$"));
    static const QRegularExpression type(
        QStringLiteral("^(template\\s*<[^>]*>\\s*)?(class|struct|union|enum|namespace)\\b"));
    static const QRegularExpression access(
        QStringLiteral("^((public|protected|private)( slots| Q_SLOTS)?|signals|Q_SIGNALS):$"));
    static const QRegularExpression name(QStringLiteral("([\\w:~]+(operator\\S+)?)\\s*\\("));
    QList<Function> found;
    const QStringList &lines = source.codeLines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch open = opening.match(lines.at(i));
        if (!open.hasMatch())
            continue;
        QStringList signature;
        qsizetype first = i;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const QString line = lines.at(j).trimmed();
            if (line.isEmpty() && !source.lines.value(j).trimmed().isEmpty())
                continue; // a comment
            if (line.isEmpty() || line.startsWith(u'}') || line.endsWith(u';')
                || line.endsWith(u'{') || line.startsWith(u'#') || line.contains(access))
                break;
            signature.prepend(line);
            first = j;
        }
        const bool isType = std::any_of(signature.cbegin(), signature.cend(),
                                        [](const QString &line) { return line.contains(type); });
        const QString text = signature.join(u' ');
        if (isType || !text.contains(u'('))
            continue;
        const QString closing = open.captured(1) + u'}';
        qsizetype k = i + 1;
        while (k < lines.size() && lines.at(k) != closing)
            ++k;
        const QRegularExpressionMatch called = name.match(text);
        found.append({ source.path, called.hasMatch() ? called.captured(1) : text.left(40),
                       int(k - first + 1) });
        i = k;
    }
    return found;
}

// The core folders a file includes headers of ("registers" for "retention/Retention.h").
QSet<QString> includedFolders(const Source &source)
{
    static const QRegularExpression include(QStringLiteral("^#include \"([a-z]+)/[^\"]+\"$"),
                                            QRegularExpression::MultilineOption);
    QSet<QString> folders;
    for (const QString &line : source.lines) {
        const QRegularExpressionMatch m = include.match(line);
        if (m.hasMatch())
            folders.insert(m.captured(1));
    }
    return folders;
}

// codeshape_allowlist.txt: "kind path [name] [limit]" per line, '#' comments.
struct Allowance
{
    QString kind;
    QString key;
    int limit = 0;
    bool used = false;
};

class Allowlist
{
public:
    Allowlist()
    {
        QFile file(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/repo/codeshape_allowlist.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            Allowance a;
            a.kind = words.takeFirst();
            bool numeric = false;
            if (!words.isEmpty())
                a.limit = words.last().toInt(&numeric);
            if (numeric)
                words.removeLast();
            a.key = words.join(u' ');
            if (a.key.isEmpty() || m_entries.contains(a.kind + u' ' + a.key))
                qFatal("codeshape_allowlist.txt:%d: empty or repeated entry", number);
            m_entries.insert(a.kind + u' ' + a.key, a);
        }
    }

    // The allowance of kind for key, marked as needed; nullptr when there is none.
    Allowance *find(const QString &kind, const QString &key)
    {
        const auto it = m_entries.find(kind + u' ' + key);
        if (it == m_entries.end())
            return nullptr;
        it->used = true;
        return &*it;
    }

    // Entries of kind that nothing needed: the code got better, the list must follow.
    QStringList unused(const QString &kind) const
    {
        QStringList stale;
        for (const Allowance &a : m_entries)
            if (a.kind == kind && !a.used)
                stale.append(a.kind + u' ' + a.key);
        return stale;
    }

private:
    QMap<QString, Allowance> m_entries;
};

QString listed(const QStringList &items)
{
    return u"\n  "_s + items.join(u"\n  "_s);
}

// Entries of kind that nothing needed (the code got better, the list must follow), as a
// message naming them; empty when there are none.
QString staleEntries(const Allowlist &allowed, const QString &kind, const QString &what)
{
    const QStringList stale = allowed.unused(kind);
    if (stale.isEmpty())
        return {};
    return what + u": remove them from codeshape_allowlist.txt"_s + listed(stale);
}

// The owner lines of codeshape_allowlist.txt, "owner TABLE FOLDER/ [FOLDER/...]": the folders or
// files whose paths start with them by table.
QMap<QString, QStringList> declaredOwners()
{
    QMap<QString, QStringList> owners;
    QFile file(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/repo/codeshape_allowlist.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    while (!file.atEnd()) {
        const QStringList words
            = QString::fromUtf8(file.readLine()).simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 3 && words.first() == u"owner")
            owners.insert(words.at(1), words.mid(2));
    }
    return owners;
}

// Follows one script's tables into tables, statement by statement: a table created (also a
// virtual one; a temporary one is the statement's own), dropped, or renamed. Comments ("--")
// are not read.
void followTables(const QString &script, QStringList *tables)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression statement(
        QStringLiteral(
            "\\bCREATE\\s+(?:VIRTUAL\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)|"
            "\\bDROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)|"
            "\\bALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString code = script;
    code.remove(comment);
    for (const QRegularExpressionMatch &m : statement.globalMatch(code)) {
        if (m.hasCaptured(1)) {
            if (!tables->contains(m.captured(1)))
                tables->append(m.captured(1));
        } else if (m.hasCaptured(2)) {
            tables->removeAll(m.captured(2));
        } else {
            tables->removeAll(m.captured(3));
            tables->append(m.captured(4));
        }
    }
}

// The tables of both schemas: what the SQLite migrations leave, what the server's migrations
// leave, and the server's own (resources/server/*.sql: server_logins). Sorted, once each.
QStringList schemaTables()
{
    QSet<QString> all;
    const QDir resources(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/resources"));
    for (const QString &folder : { u"migrations"_s, u"migrations/pg"_s, u"server"_s }) {
        const QDir dir(resources.filePath(folder));
        QStringList tables;
        for (const QString &name : dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            followTables(QString::fromUtf8(file.readAll()), &tables);
        }
        if (tables.isEmpty())
            qFatal("no tables in %s", qPrintable(dir.path()));
        all.unite(QSet<QString>(tables.cbegin(), tables.cend()));
    }
    QStringList sorted(all.cbegin(), all.cend());
    sorted.sort();
    return sorted;
}

// Follows one script's columns into columns, by table: those a table is created with (a virtual
// table's too), added (ALTER TABLE ... ADD COLUMN), gone with a dropped table, moved with a
// renamed one. Constraints are no columns; comments ("--") are not read.
void followColumns(const QString &script, QMap<QString, QSet<QString>> *columns)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression statement(
        QStringLiteral(
            "\\bCREATE\\s+(?:VIRTUAL\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s*"
            "(?:USING\\s+\\w+\\s*)?\\(|"
            "\\bDROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)|"
            "\\bALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)|"
            "\\bALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+(?:COLUMN\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(QStringLiteral("^\"?([a-z_][a-z0-9_]*)\"?(\\s|$)"));
    static const QRegularExpression constraint(
        QStringLiteral("^(PRIMARY|UNIQUE|FOREIGN|CHECK|CONSTRAINT|EXCLUDE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString code = script;
    code.remove(comment);
    for (const QRegularExpressionMatch &m : statement.globalMatch(code)) {
        if (m.hasCaptured(1)) {
            // The body up to its closing parenthesis, split at the commas outside parentheses.
            QSet<QString> &table = (*columns)[m.captured(1)];
            table.clear();
            int depth = 1;
            QString item;
            for (qsizetype i = m.capturedEnd(); i < code.size() && depth > 0; ++i) {
                const QChar c = code.at(i);
                depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
                if ((c == u',' && depth == 1) || depth == 0) {
                    const QString trimmed = item.trimmed();
                    const QRegularExpressionMatch column = name.match(trimmed);
                    if (column.hasMatch() && !trimmed.contains(constraint))
                        table.insert(column.captured(1));
                    item.clear();
                } else {
                    item += c;
                }
            }
        } else if (m.hasCaptured(2)) {
            columns->remove(m.captured(2));
        } else if (m.hasCaptured(3)) {
            (*columns)[m.captured(4)] = columns->take(m.captured(3));
        } else {
            (*columns)[m.captured(5)].insert(m.captured(6));
        }
    }
}

// The columns of both schemas' tables, as schemaTables reads them: every column a table has in
// either.
QMap<QString, QSet<QString>> schemaColumns()
{
    QMap<QString, QSet<QString>> all;
    const QDir resources(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/resources"));
    for (const QString &folder : { u"migrations"_s, u"migrations/pg"_s, u"server"_s }) {
        const QDir dir(resources.filePath(folder));
        QMap<QString, QSet<QString>> columns;
        for (const QString &name : dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            followColumns(QString::fromUtf8(file.readAll()), &columns);
        }
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            all[it.key()].unite(it.value());
    }
    return all;
}

// An owned table's columns as the column check reads them: its own (every column but the key,
// id), the distinctive ones (no other table has a column of that name), the folders of its
// owner (who may name them) and the owner's repository classes (whose tableSql and joinSql give
// the table an alias elsewhere).
struct OwnedColumns
{
    QString table;
    QSet<QString> columns;
    QSet<QString> distinctive;
    QStringList folders;
    QStringList repositories;
};

QList<OwnedColumns> ownedColumns(const QMap<QString, QStringList> &owners,
                                 const QMap<QString, QSet<QString>> &schema)
{
    QList<OwnedColumns> owned;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        OwnedColumns o;
        o.table = it.key();
        o.columns = schema.value(o.table);
        o.columns.remove(u"id"_s);
        o.distinctive = o.columns;
        for (auto other = schema.cbegin(); other != schema.cend(); ++other)
            if (other.key() != o.table)
                o.distinctive.subtract(other.value());
        for (const QString &owner : it.value()) {
            const QString folder = owner.left(owner.lastIndexOf(u'/') + 1);
            if (!o.folders.contains(folder))
                o.folders.append(folder);
            const QString base = owner.mid(owner.lastIndexOf(u'/') + 1);
            if (base.endsWith(u"Repository") && !o.repositories.contains(base))
                o.repositories.append(base);
        }
        owned.append(o);
    }
    return owned;
}

// A literal that is SQL text, whole or a fragment (" AND c.closed_at IS NULL"): it has one of
// SQL's words in capitals, which a settings key ("backup.last") or a sentence has not.
const QRegularExpression &sqlWords()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(SELECT|FROM|WHERE|AND|OR|JOIN|ON|SET|CASE|WHEN|THEN|ELSE|IS|NULL|"
                       "NOT|IN|BETWEEN|BY|HAVING|EXISTS|AS|COALESCE|MAX|MIN)\\b"));
    return re;
}

// The columns of `owned` that one file's SQL text names: "x.column" for a distinctive column
// under any alias; and, where the file gives the table an alias through its owner's tableSql or
// joinSql ("CaseRepository::tableSql(u"c")"), any column under that alias and a distinctive
// one unqualified (in a literal with SQL's words: a column list is SQL text too when it names
// such an alias). A word in quotes or a JSON path ('$.state') is no column.
QStringList namedColumns(const Source &source, const OwnedColumns &owned)
{
    static const QRegularExpression word(
        QStringLiteral("(?<![\\w$'\".])(?:([a-z]\\w*)\\.)?([a-z_][a-z0-9_]*)\\b(?!['\"(])"));
    QSet<QString> aliases;
    if (!owned.repositories.isEmpty()) {
        const QRegularExpression bound(u"\\b(?:"_s + owned.repositories.join(u'|')
                                       + u")::(?:tableSql|joinSql)\\(\\s*u?\"(\\w+)\""_s);
        for (const QRegularExpressionMatch &m : bound.globalMatch(source.lines.join(u'\n')))
            aliases.insert(m.captured(1));
    }
    QStringList named;
    for (const QString &statement : source.statements) {
        const bool sql = statement.contains(sqlWords());
        for (const QRegularExpressionMatch &m : word.globalMatch(statement)) {
            const QString alias = m.captured(1);
            const QString column = m.captured(2);
            const bool hit = (aliases.contains(alias) && owned.columns.contains(column))
                || (sql && owned.distinctive.contains(column)
                    && (!alias.isEmpty() || !aliases.isEmpty()));
            if (hit && !named.contains(m.captured(0)))
                named.append(m.captured(0));
        }
    }
    return named;
}

// A string literal as the program sees it, as far as the BSN guard cares: the \u and \U
// escapes (a full-width digit written so) and those of white space decoded.
QString unescaped(const QString &literal)
{
    static const QRegularExpression escape(uR"(\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[ntr\\]))"_s);
    QString text;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : escape.globalMatch(literal)) {
        text += literal.mid(from, m.capturedStart() - from);
        const QString e = m.captured(1);
        if (e.size() > 1) {
            const char32_t c = e.mid(1).toUInt(nullptr, 16);
            text += QString::fromUcs4(&c, 1);
        } else {
            text += e == u"n" ? u'\n' : e == u"t" ? u'\t' : e == u"r" ? u'\r' : u'\\';
        }
        from = m.capturedEnd();
    }
    return text + literal.mid(from);
}

// What the BSN guard finds in text (dates, request numbers, runs of more than nine digits and
// the rest it knows to be no BSN left out), masked; but for digits inside a run of 16 or more
// hexadecimal characters (a hash, a key), which read as a number only by chance.
QStringList bsnsIn(const QString &text)
{
    const auto isHex = [&text](qsizetype i) {
        const char16_t c = text.at(i).unicode();
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    QStringList found;
    for (const pd::BsnFinding &finding : pd::findBsnNumbers(text)) {
        qsizetype from = finding.position;
        qsizetype to = from + finding.length;
        bool hex = true;
        for (qsizetype i = from; i < to && hex; ++i)
            hex = isHex(i);
        while (hex && from > 0 && isHex(from - 1))
            --from;
        while (hex && to < text.size() && isHex(to))
            ++to;
        if (!hex || to - from < 16)
            found.append(finding.masked);
    }
    return found;
}

// The numbers of a source that pass the 11-proef: in its string literals (those that continue
// one another joined) and its number literals (digit separators dropped). Comments are not read.
QStringList bsnsInSource(const Source &source)
{
    // A placeholder of QString::arg is no digit: "010-5550%1" becomes ten digits.
    static const QRegularExpression placeholder(uR"(%L?\d{1,2})"_s);
    QStringList found;
    for (const QString &statement : source.statements)
        found += bsnsIn(unescaped(statement).replace(placeholder, u"x"_s));
    static const QRegularExpression number(uR"((?<![\w.'])(\d[\d']*)[uUlLzZ]*(?![\w.']))"_s);
    for (const QRegularExpressionMatch &m : number.globalMatch(source.code)) {
        const QString digits = m.captured(1).remove(u'\'');
        if (pd::passesBsnElfProef(digits))
            found.append(QString(digits.size() - 4, u'*') + digits.right(4));
    }
    return found;
}

// The same in a data file, read whole: as UTF-8 and, when it is binary (a NUL in it), also as
// UTF-16 (an Outlook message keeps its text so), from either byte.
QStringList bsnsInData(const QByteArray &bytes)
{
    QStringList found = bsnsIn(QString::fromUtf8(bytes));
    if (bytes.contains('\0')) {
        for (const qsizetype skip : { 0, 1 }) {
            const QByteArray aligned = bytes.mid(skip, (bytes.size() - skip) / 2 * 2);
            found += bsnsIn(
                QString(reinterpret_cast<const QChar *>(aligned.constData()), aligned.size() / 2));
        }
    }
    return found;
}

} // namespace

class TestCodeShape final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqlOnlyInRepositories();
    void noSqlInTheDeskOrTheCli();
    void tablesNamedOnlyByTheirOwner();
    void columnsNamedOnlyByTheirOwner();
    void everyTableHasAnOwner();
    void writesGoThroughUnitOfWork();
    void sessionsMadeOnlyWhereAStoreOpens();
    void filesAtMost800Lines();
    void functionsAtMost100Lines();
    void noFoldersIncludingEachOther();
    void theDayComesFromTheOrganisationsClock();
    void rowsReadByNamedColumn();
    void noValidBsnWrittenInTheTests();
    void theDetectorsSeeWhatTheyShould();

private:
    QList<Source> m_sources;
    Allowlist m_allowed;
};

void TestCodeShape::initTestCase()
{
    m_sources = sourcesUnder();
}

void TestCodeShape::sqlOnlyInRepositories()
{
    QStringList unlisted;
    QStringList running;
    for (const Source &source : std::as_const(m_sources)) {
        if (!runsSql(source) || ownsSql(source.path))
            continue;
        running.append(source.path);
        if (!m_allowed.find(u"sql"_s, source.path))
            unlisted.append(source.path);
    }
    qInfo("files outside a repository, core/sql and core/store that run SQL: %d%s",
          int(running.size()), qPrintable(listed(running)));
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(u"SQL outside a *Repository, core/sql and core/store (move it to the "
                        u"module's repository):"_s
                        + listed(unlisted)));
    const QString stale = staleEntries(m_allowed, u"sql"_s, u"these files no longer run SQL"_s);
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
}

void TestCodeShape::noSqlInTheDeskOrTheCli()
{
    static const QRegularExpression include(QStringLiteral("#include <QSql(Query|Record)>"));
    QStringList found;
    for (const Source &source : std::as_const(m_sources))
        if ((source.path.startsWith(u"ui/") || source.path.startsWith(u"app/"))
            && (runsSql(source) || source.lines.join(u'\n').contains(include)))
            found.append(source.path);
    QVERIFY2(found.isEmpty(), qPrintable(u"SQL in the desk or the CLI:"_s + listed(found)));
}

void TestCodeShape::tablesNamedOnlyByTheirOwner()
{
    QStringList wrong;
    const QMap<QString, QStringList> owners = declaredOwners();
    // Only files under a table's owners write SQL text naming it (a second folder: a layer below
    // the owner that keeps rows of its own there).
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        const QString &table = it.key();
        const QRegularExpression named(u"\\b(FROM|JOIN|INTO|UPDATE|TABLE) "_s + table + u"\\b"_s);
        for (const Source &source : std::as_const(m_sources)) {
            if (std::any_of(it->cbegin(), it->cend(), [&source](const QString &owner) {
                    return source.path.startsWith(owner);
                }))
                continue;
            for (const QString &statement : source.statements)
                if (statement.contains(named)) {
                    wrong.append(source.path + u": "_s + table);
                    break;
                }
        }
    }
    qInfo("tables with a declared owner: %d", int(owners.size()));
    QVERIFY(!owners.isEmpty());
    QVERIFY2(
        wrong.isEmpty(),
        qPrintable(u"SQL naming another module's table (ask its repository):"_s + listed(wrong)));
}

// A module owns its table's columns too: another module asks the owner for the fragment, the
// condition or the rows it needs (CaseRepository::closedDateSql, PersonRepository's reads)
// instead of writing the columns, so a rule about them (the day a request closed) is written
// once.
void TestCodeShape::columnsNamedOnlyByTheirOwner()
{
    const QList<OwnedColumns> owned = ownedColumns(declaredOwners(), schemaColumns());
    QStringList found;
    QStringList unlisted;
    int distinctive = 0;
    for (const OwnedColumns &o : owned)
        distinctive += int(o.distinctive.size());
    for (const Source &source : std::as_const(m_sources)) {
        for (const OwnedColumns &o : owned) {
            if (std::any_of(o.folders.cbegin(), o.folders.cend(),
                            [&source](const QString &f) { return source.path.startsWith(f); }))
                continue;
            const QStringList named = namedColumns(source, o);
            if (named.isEmpty())
                continue;
            found.append(source.path + u' ' + o.table + u": "_s + named.join(u", "_s));
            if (!m_allowed.find(u"columns"_s, source.path + u' ' + o.table))
                unlisted.append(found.last());
        }
    }
    qInfo("owned tables: %d, their distinctive columns: %d; files naming another module's "
          "columns (file, table): %d%s",
          int(owned.size()), distinctive, int(found.size()), qPrintable(listed(found)));
    QVERIFY(distinctive > 0);
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(u"SQL naming another module's columns (ask the owner's repository for "
                        u"the fragment, the condition or the rows):"_s
                        + listed(unlisted)));
    const QString stale = staleEntries(m_allowed, u"columns"_s,
                                       u"these files no longer name another module's columns"_s);
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
}

void TestCodeShape::everyTableHasAnOwner()
{
    const QStringList tables = schemaTables();
    const QMap<QString, QStringList> owners = declaredOwners();
    QStringList undeclared;
    for (const QString &table : tables)
        if (!owners.contains(table))
            undeclared.append(table);
    QStringList unknown;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (!tables.contains(it.key()))
            unknown.append(it.key());
    qInfo("tables in the schemas: %d, without a declared owner: %d%s", int(tables.size()),
          int(undeclared.size()), undeclared.isEmpty() ? "" : qPrintable(listed(undeclared)));
    QVERIFY2(undeclared.isEmpty(),
             qPrintable(u"tables without an owner (add an owner line to "
                        u"codeshape_allowlist.txt and core/README.md):"_s
                        + listed(undeclared)));
    QVERIFY2(unknown.isEmpty(),
             qPrintable(u"owner lines for tables no schema has:"_s + listed(unknown)));
}

void TestCodeShape::writesGoThroughUnitOfWork()
{
    // A transaction of its own (a local or a member), or an event appended by hand (on an
    // AuditLog object or through a pointer to one).
    static const QRegularExpression byHand(QStringLiteral(
        "\\bTransaction\\s+\\w+\\s*[({;]|\\bAuditLog\\b[^;]*\\.append(Batch)?\\(|"
        "\\bAuditLog\\s+\\w+\\s*[({]|->append(Batch|Payloads)\\(|\\baudit->append\\("));
    QStringList unlisted;
    QStringList found;
    for (const Source &source : std::as_const(m_sources)) {
        // The layers under the unit of work write by hand by design; the modules, the desk and
        // the command line write through it.
        const QString folder = coreFolder(source.path);
        if (folder == u"session" || folder == u"store" || folder == u"audit" || folder == u"sql"
            || !source.code.contains(byHand))
            continue;
        found.append(source.path);
        if (!m_allowed.find(u"unitofwork"_s, source.path))
            unlisted.append(source.path);
    }
    qInfo("services writing by hand (own Transaction or AuditLog): %d%s", int(found.size()),
          qPrintable(listed(found)));
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(u"a write by hand (write through a UnitOfWork):"_s + listed(unlisted)));
    const QString stale
        = staleEntries(m_allowed, u"unitofwork"_s, u"these files write through UnitOfWork now"_s);
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
}

void TestCodeShape::sessionsMadeOnlyWhereAStoreOpens()
{
    // A Session is made where a store is opened and handed down from there (the command line
    // makes one per command, in app/); a service or a page that made its own would be a second
    // way to ask who acts.
    static const QRegularExpression made(QStringLiteral(
        "\\bSession\\s+\\w+\\s*[({]|\\bSession\\s*[({]|make_(unique|optional)<(const )?Session>"));
    QStringList found;
    QStringList unlisted;
    for (const Source &source : std::as_const(m_sources)) {
        if (coreFolder(source.path) == u"session" || !source.code.contains(made))
            continue;
        found.append(source.path);
        if (!source.path.startsWith(u"app/") && !m_allowed.find(u"session"_s, source.path))
            unlisted.append(source.path);
    }
    qInfo("files that make a Session: %d%s", int(found.size()), qPrintable(listed(found)));
    QVERIFY(!found.isEmpty());
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(u"a Session made where no store is opened (take the one handed down):"_s
                        + listed(unlisted)));
    const QString stale
        = staleEntries(m_allowed, u"session"_s, u"these files make no Session now"_s);
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
}

void TestCodeShape::filesAtMost800Lines()
{
    QStringList over;
    QStringList failures;
    for (const Source &source : std::as_const(m_sources)) {
        const int lines = int(source.lines.size());
        Allowance *allowed = m_allowed.find(u"file"_s, source.path);
        if (lines <= fileLimit) {
            if (allowed)
                failures.append(source.path + u" has "_s + QString::number(lines)
                                + u" lines now: remove its entry"_s);
            continue;
        }
        over.append(source.path + u' ' + QString::number(lines));
        if (!allowed || lines > allowed->limit)
            failures.append(
                source.path + u": "_s + QString::number(lines) + u" lines, "_s
                + (allowed ? u"allowed "_s + QString::number(allowed->limit) : u"over 800"_s));
    }
    qInfo("production files over %d lines: %d%s", fileLimit, int(over.size()),
          qPrintable(listed(over)));
    failures += m_allowed.unused(u"file"_s);
    QVERIFY2(failures.isEmpty(), qPrintable(u"file length:"_s + listed(failures)));
}

void TestCodeShape::functionsAtMost100Lines()
{
    QStringList over;
    QStringList failures;
    int overBound = 0;
    for (const Source &source : std::as_const(m_sources)) {
        // The longest of a name (overloads share an entry).
        QMap<QString, int> longest;
        for (const Function &f : functions(source))
            longest[f.name] = std::max(longest.value(f.name), f.lines);
        for (auto it = longest.cbegin(); it != longest.cend(); ++it) {
            const QString key = source.path + u' ' + it.key();
            Allowance *allowed = m_allowed.find(u"function"_s, key);
            if (it.value() <= functionLimit) {
                if (allowed)
                    failures.append(key + u" has "_s + QString::number(it.value())
                                    + u" lines now: remove its entry"_s);
                continue;
            }
            over.append(key + u' ' + QString::number(it.value()));
            if (it.value() > functionBound)
                ++overBound;
            if (!allowed || it.value() > allowed->limit)
                failures.append(key + u": "_s + QString::number(it.value()) + u" lines, "_s
                                + (allowed ? u"allowed "_s + QString::number(allowed->limit)
                                           : u"over "_s + QString::number(functionLimit)));
        }
    }
    qInfo("functions over %d lines: %d, over %d: %d%s", functionLimit, int(over.size()),
          functionBound, overBound, qPrintable(listed(over)));
    failures += m_allowed.unused(u"function"_s);
    QVERIFY2(failures.isEmpty(), qPrintable(u"function length:"_s + listed(failures)));
}

void TestCodeShape::noFoldersIncludingEachOther()
{
    QHash<QString, QSet<QString>> edges;
    for (const Source &source : std::as_const(m_sources)) {
        const QString folder = coreFolder(source.path);
        if (folder.isEmpty())
            continue;
        for (const QString &other : includedFolders(source))
            if (other != folder)
                edges[folder].insert(other);
    }
    QStringList pairs;
    QStringList unlisted;
    for (auto it = edges.cbegin(); it != edges.cend(); ++it)
        for (const QString &other : it.value())
            if (it.key() < other && edges.value(other).contains(it.key())) {
                const QString pair = it.key() + u' ' + other;
                pairs.append(pair);
                if (!m_allowed.find(u"depends"_s, pair))
                    unlisted.append(pair);
            }
    pairs.sort();
    qInfo("core folders that include each other: %d%s", int(pairs.size()),
          qPrintable(listed(pairs)));
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(u"folders that now include each other:"_s + listed(unlisted)));
    const QString stale
        = staleEntries(m_allowed, u"depends"_s, u"these folders no longer include each other"_s);
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
}

// Today and now come from pd::Clock (core/util/Clock.cpp), in the product and in its tests
// (pd::test::systemToday() and systemNow()): nothing else reads the computer's clock or zone.
void TestCodeShape::theDayComesFromTheOrganisationsClock()
{
    QList<Source> sources = m_sources;
    sources.append(sourcesUnder({ u"tests"_s }));
    QStringList found;
    for (const Source &source : std::as_const(sources)) {
        // The clock itself; and a key slot's creation, a UTC moment stamped by core/crypto, the
        // layer beneath the clock's (no day is taken from it).
        if (source.path == u"core/util/Clock.cpp" || source.path == u"core/crypto/KeySlots.cpp")
            continue;
        for (qsizetype line = 0; line < source.codeLines.size(); ++line)
            if (source.codeLines.at(line).contains(ownClock()))
                found.append(u"%1:%2: %3"_s.arg(source.path)
                                 .arg(line + 1)
                                 .arg(source.lines.value(line).trimmed()));
    }
    QVERIFY2(found.isEmpty(),
             qPrintable(u"the computer's clock or zone read outside pd::Clock (take "
                        u"systemClock().now() or today(), organisationTime(), or in a test "
                        u"pd::test::systemToday() and systemNow()):"_s
                        + listed(found)));
}

// A test writes no number that passes the 11-proef, in any spelling the guard reads (grouped,
// full-width), in its sources' literals or its data files: it could be a real person's BSN. A
// test that needs one makes it at run time with pd::test::elfProefNumber(), and writes digits
// that fail the 11-proef where it needs a number that is none. Only the guard's own tests may
// write them (allowlist "bsn").
void TestCodeShape::rowsReadByNamedColumn()
{
    // q.value(7) after a 20-column SELECT says nothing of the column, and a column added in the
    // middle shifts every read after it without a compiler noticing: a read past the first
    // column names it (an enum beside the SELECT). A one-column query keeps value(0).
    static const QRegularExpression positional(
        QStringLiteral("\\.(value|isNull|text|integer|view)\\(\\s*[1-9][0-9]*\\s*\\)"));
    static const QRegularExpression query(QStringLiteral("\\b(QSqlQuery|RowReader)\\b"));
    QStringList found;
    for (const Source &source : std::as_const(m_sources)) {
        if (!source.code.contains(query))
            continue;
        for (qsizetype i = 0; i < source.codeLines.size(); ++i) {
            if (source.codeLines.at(i).contains(positional))
                found.append(source.path + u':' + QString::number(i + 1));
        }
    }
    QVERIFY2(found.isEmpty(),
             qPrintable(u"a row read by position (name the column):"_s + listed(found)));
}

void TestCodeShape::noValidBsnWrittenInTheTests()
{
    QStringList found;
    QStringList unlisted;
    const auto judge = [&](const QString &path, const QStringList &numbers) {
        if (numbers.isEmpty())
            return;
        found.append(path + u": "_s + numbers.join(u", "_s));
        if (!m_allowed.find(u"bsn"_s, path))
            unlisted.append(found.last());
    };
    for (const Source &source : sourcesUnder({ u"tests"_s }))
        judge(source.path, bsnsInSource(source));
    const QDir root(QStringLiteral(PRIVACYDESK_SOURCE_DIR));
    int dataFiles = 0;
    QDirIterator it(root.filePath(u"tests"_s), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = root.relativeFilePath(it.next());
        if (path.endsWith(u".cpp") || path.endsWith(u".h"))
            continue;
        QFile file(it.filePath());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        ++dataFiles;
        judge(path, bsnsInData(file.readAll()));
    }
    qInfo("test files (sources and %d data files) that write numbers passing the 11-proef: %d%s",
          dataFiles, int(found.size()), qPrintable(listed(found)));
    QVERIFY(dataFiles > 0);
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(u"numbers that pass the 11-proef, written in a test (make one with "
                        u"pd::test::elfProefNumber(), or write digits that fail it):"_s
                        + listed(unlisted)));
    const QString stale
        = staleEntries(m_allowed, u"bsn"_s, u"these files write no such number now"_s);
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
}

// The detectors on known text, so that a check that finds nothing is not a check that cannot.
void TestCodeShape::theDetectorsSeeWhatTheyShould()
{
    Source sql;
    lex(sql, uR"src(// SELECT id FROM persons WHERE x = 1
const auto q = QStringLiteral("SELECT id, name FROM persons WHERE id = ?");
auto r = u"UPDATE cases SET closed_at = ?"_s; char c = '"'; int n = 1'000;
const char *raw = R"x(DELETE FROM letters WHERE id = 1)x";
)src"_s);
    QCOMPARE(sql.literals.size(), 3);
    QVERIFY(runsSql(sql));
    QVERIFY(!sql.code.contains(u"persons"));
    QCOMPARE(sql.literals.at(2), u"DELETE FROM letters WHERE id = 1"_s);
    // A statement written over several literals is one statement to the owner check; literals
    // that do not continue one another stay apart.
    Source split;
    lex(split, uR"src(q.prepare(u"SELECT id FROM "_s
              + u"letters WHERE id = ?"_s); auto t = QStringLiteral("FROM "); f(u"letters"_s);
)src"_s);
    QCOMPARE(split.literals.size(), 4);
    QCOMPARE(split.statements,
             QStringList({ u"SELECT id FROM letters WHERE id = ?"_s, u"FROM "_s, u"letters"_s }));

    // The schemas' tables, followed through the scripts: created, dropped, renamed; a temporary
    // table and a commented-out statement are none.
    QStringList tables;
    followTables(uR"src(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS server_logins (login TEXT);
CREATE VIRTUAL TABLE case_search USING fts4(content);
CREATE TEMP TABLE staging (id INTEGER);
-- CREATE TABLE never_made (id INTEGER);
CREATE TABLE cases_new (id INTEGER);
DROP TABLE IF EXISTS server_logins;
alter table cases_new rename to cases;
)src"_s,
                 &tables);
    QCOMPARE(tables, QStringList({ u"meta"_s, u"case_search"_s, u"cases"_s }));

    // The columns, followed alike: created, added, moved with a rename, gone with a drop; a
    // constraint is none.
    QMap<QString, QSet<QString>> columns;
    followColumns(uR"src(CREATE TABLE cases_new (id INTEGER PRIMARY KEY, received_date TEXT,
    state TEXT CHECK (state IN ('a', 'b')), UNIQUE (received_date, state));
CREATE TABLE IF NOT EXISTS breaches (id INTEGER, state TEXT);
CREATE TABLE gone (id INTEGER);
-- ALTER TABLE cases_new ADD COLUMN never TEXT;
ALTER TABLE cases_new ADD COLUMN closed_at TEXT;
DROP TABLE gone;
ALTER TABLE cases_new RENAME TO cases;
)src"_s,
                  &columns);
    QCOMPARE(columns.keys(), QStringList({ u"breaches"_s, u"cases"_s }));
    QCOMPARE(columns.value(u"cases"_s),
             QSet<QString>({ u"id"_s, u"received_date"_s, u"state"_s, u"closed_at"_s }));
    const QList<OwnedColumns> owned
        = ownedColumns({ { u"cases"_s, { u"core/cases/CaseRepository"_s } },
                         { u"breaches"_s, { u"core/breaches/BreachRepository"_s } } },
                       columns);
    const OwnedColumns &cases = owned.at(1);
    QCOMPARE(cases.distinctive, QSet<QString>({ u"received_date"_s, u"closed_at"_s }));
    QCOMPARE(cases.folders, QStringList({ u"core/cases/"_s }));
    // A distinctive column under any alias; a shared one (state) only under an alias the owner
    // gave; unqualified only where the owner gave one; JSON paths and quoted words are none.
    Source leaky;
    lex(leaky,
        uR"src(auto a = u"SELECT x.received_date, y.state FROM t x WHERE x.closed_at IS NULL"_s;
auto b = u"SELECT json_extract(d, '$.received_date'), 'closed_at' FROM t"_s;
)src"_s);
    QCOMPARE(namedColumns(leaky, cases), QStringList({ u"x.received_date"_s, u"x.closed_at"_s }));
    Source joined;
    lex(joined, uR"src(auto q = u"SELECT c.state, c.id, received_date FROM "_s
    + CaseRepository::tableSql(u"c") + u" WHERE c.number = ?"_s;
)src"_s);
    QCOMPARE(namedColumns(joined, cases), QStringList({ u"c.state"_s, u"received_date"_s }));

    Source prose;
    lex(prose, uR"src(tr("Select the request from the list"); tr("Order by date"); u"FROM: %1"_s;
// QSqlQuery is only named here
)src"_s);
    QVERIFY(!runsSql(prose));

    Source clocks;
    lex(clocks, uR"src(const QDate d = QDate::currentDate(); // QTime::currentTime() in a comment
auto t = QDateTime::currentDateTimeUtc().addDays(1); auto l = moment.toLocalTime();
QString s = u"QDateTime::currentDateTime()"_s; auto z = QTimeZone::systemTimeZone();
const QDate e = clock.today(); const auto m = organisationTime(pd::test::systemNow());
)src"_s);
    QCOMPARE(clocks.codeLines.at(0).count(ownClock()), 1);
    QCOMPARE(clocks.codeLines.at(1).count(ownClock()), 2);
    QCOMPARE(clocks.codeLines.at(2).count(ownClock()), 1);
    QCOMPARE(clocks.codeLines.at(3).count(ownClock()), 0);

    // Numbers that pass the 11-proef in a string, also grouped, in full-width digits written as
    // escapes and across two literals, and as a number; none in a comment, a date, a request
    // number, a longer run of digits, a hash, digits that fail it or beside a placeholder of
    // QString::arg (";" between digits joins them, "%1;2024-03-12" would pass).
    const QString bsn = pd::test::elfProefNumber();
    QString escaped;
    for (const QChar c : pd::test::fullWidth(bsn))
        escaped += u"\\u"_s + QString::number(c.unicode(), 16).toUpper();
    Source numbers;
    lex(numbers,
        uR"src(auto a = u"BSN %1"_s; // %1
auto b = "nr %2."; int c = %1; auto d = u"%3"; auto e = u"%4" "%5";
auto f = u"2026-01-06, AVG-2026-0003, 1%1, ab%1cdef0123456789, 123456789"_s; long g = 1%1;
)src"_s.arg(bsn, pd::test::grouped(bsn, { 3, 3, 3 }, u" "_s), escaped, bsn.left(4), bsn.mid(4))
            + u"auto h = u\"%1;2024-03-12\"_s;\n"_s);
    const QString masked = pd::test::maskedNumber(bsn);
    QCOMPARE(bsnsInSource(numbers), QStringList(5, masked));
    QCOMPARE(bsnsInData(u"x;%1\n"_s.arg(bsn).toUtf8()), QStringList { masked });
    const QString named = u"naam: "_s + bsn;
    const QByteArray utf16 = QByteArray("\0", 1)
        + QByteArray(reinterpret_cast<const char *>(named.constData()), named.size() * 2);
    QCOMPARE(bsnsInData(utf16), QStringList { masked });
    QVERIFY(bsnsInData(u"2026-01-06;123456789;deadbeef%1cafebabe"_s.arg(bsn).toUtf8()).isEmpty());

    Source code;
    code.path = u"core/x/X.cpp"_s;
    lex(code, uR"src(namespace {

struct Shape
{
    int x; // a comment (with parentheses)
    struct Inner
    {
        int y;
    };
};

// A comment that must not be taken for a signature (a, b)

int longFunction(int a,
                 int b)
{
    auto f = [&]() {
        return a;
    };
    return f() + b;
}

} // namespace
)src"_s);
    const QList<Function> found = functions(code);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, u"longFunction"_s);
    QCOMPARE(found.first().lines, 8);

    // A class body is no function, also when a macro with parentheses or an access specifier
    // stands before a nested type; a comment line among a constructor's initialisers is part of
    // its signature, so the constructor is measured whole, under its own name.
    Source typed;
    typed.path = u"ui/x/X.h"_s;
    lex(typed, uR"src(class Form final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::Form)
    Q_DISABLE_COPY_MOVE(Form)
public:
    struct Setup
    {
        int wording = 0;
    };
};

class Plain final
{
    Q_DISABLE_COPY_MOVE(Plain)
    struct Inner
    {
        int y;
    };
};
)src"_s);
    QVERIFY(functions(typed).isEmpty());

    QString body;
    for (int line = 0; line < 110; ++line)
        body += u"    m_print->setEnabled(true);\n"_s;
    Source constructor;
    constructor.path = u"ui/x/Dialog.cpp"_s;
    lex(constructor,
        u"Dialog::Dialog(QWidget *parent)\n"
        "    : QDialog(parent)\n"
        "    //: Dutch: \"Af&drukken\"\n"
        "    , m_print(new QPushButton(tr(\"&Print\"), this))\n"
        "{\n"_s
            + body + u"}\n"_s);
    const QList<Function> measured = functions(constructor);
    QCOMPARE(measured.size(), 1);
    QCOMPARE(measured.first().name, u"Dialog::Dialog"_s);
    QCOMPARE(measured.first().lines, 4 + 1 + 110 + 1);
    QVERIFY(measured.first().lines > functionLimit);
}

QTEST_GUILESS_MAIN(TestCodeShape)
#include "tst_codeshape.moc"
