#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

struct ImportedPerson
{
    qint64 id = 0;
    bool anonymised = false;
    QStringList values; // as stored, per personimport::personColumns
};

// The statements only the import runs, prepared once, on its connection inside its transaction.
// A failure is the store's QSqlError, for Store::errorFromSql.
class PersonImportRepository final
{
public:
    // Enlarges the connection's page cache; the destructor gives it back.
    explicit PersonImportRepository(const QSqlDatabase &db);
    ~PersonImportRepository();
    PersonImportRepository(const PersonImportRepository &) = delete;
    PersonImportRepository &operator=(const PersonImportRepository &) = delete;

    bool prepare(QSqlError *error);
    bool find(const QString &klantnummer, std::optional<ImportedPerson> *found, QSqlError *error);
    // Empty values other than name and relation are stored as NULL.
    std::optional<qint64> insert(const QStringList &values, const QString &klantnummer,
                                 const QString &now, const QString &actor, const QString &source,
                                 QSqlError *error);
    // Only while name and postcode, which the case search indexes, stay as they are.
    bool update(qint64 id, const QStringList &values, QSqlError *error);
    bool stage(qint64 id, const QStringList &values, QSqlError *error);
    // On failure the import rolls back, the trigger's drop with it.
    bool applyStaged(QSqlError *error);
    void dropStaging();

    // The wizard's steps leave the connection to others in between. Always true on a server, and
    // when the count cannot be read.
    bool othersWroteSinceMark();
    void markOwnWrites();
    void forgetNumbers();

private:
    bool prepareStaging(QSqlError *error);

    QSqlDatabase m_db;
    bool m_server = false;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_rowId;
    QSqlQuery m_stage;
    QSqlQuery m_applyStaged;
    QSqlQuery m_searchStaged;
    QSqlQuery m_clearStaged;
    int m_staged = 0;
    // case_search_person_update as sqlite_master has it; on a server "deferred" (it is there)
    QString m_searchTriggerSql;
    QSet<QString> m_numbers; // every customer number in persons (store folder; see prepare)
    bool m_numbersKnown = false;
    qint64 m_ownChanges = -1; // total_changes() at markOwnWrites; -1: not known
    int m_previousCache = 0;
    bool m_cacheSet = false;
};

} // namespace pd
