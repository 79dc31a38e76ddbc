namespace CareerExplorer.Web.Data;

/// <summary>
/// The roles search on PostgreSQL: the same table as SQLite's FTS5 <c>RoleSearch</c> (rowid = the
/// role's id; title, alt, skills, text), with one word vector, <c>doc</c>, beside the text. A
/// trigger makes it from the text without case or accents (unaccent, a trusted extension of
/// PostgreSQL's own), so words fold as <see cref="SearchTerms"/> folds them. Its words are
/// weighed by column, A to D in the order a match ranks, so "only in the title" is a query of
/// weight A (<c>'statis':*A</c>) on the same GIN index that makes every prefix query a lookup.
/// </summary>
public static class PostgreSqlSearch
{
    public const string CreateSql = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TABLE IF NOT EXISTS "RoleSearch" (
            rowid integer PRIMARY KEY,
            title text NOT NULL DEFAULT '',
            alt text,
            skills text,
            text text,
            doc tsvector
        );
        CREATE OR REPLACE FUNCTION "RoleSearch_vectors"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            NEW.doc := setweight(to_tsvector('simple', unaccent(coalesce(NEW.title, ''))), 'A')
                || setweight(to_tsvector('simple', unaccent(coalesce(NEW.alt, ''))), 'B')
                || setweight(to_tsvector('simple', unaccent(coalesce(NEW.skills, ''))), 'C')
                || setweight(to_tsvector('simple', unaccent(coalesce(NEW.text, ''))), 'D');
            RETURN NEW;
        END
        $body$;
        DROP TRIGGER IF EXISTS "RoleSearch_vectors" ON "RoleSearch";
        CREATE TRIGGER "RoleSearch_vectors" BEFORE INSERT OR UPDATE ON "RoleSearch" FOR EACH ROW EXECUTE FUNCTION "RoleSearch_vectors"();
        CREATE INDEX IF NOT EXISTS "IX_RoleSearch_doc" ON "RoleSearch" USING gin (doc);
        """;

    public const string DropSql = """
        DROP TABLE IF EXISTS "RoleSearch";
        DROP FUNCTION IF EXISTS "RoleSearch_vectors"();
        """;
}
