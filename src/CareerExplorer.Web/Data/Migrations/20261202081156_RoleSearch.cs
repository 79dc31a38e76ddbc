using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RoleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequiredLevelText",
                table: "RoleSummaries",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // The full-text index: an FTS5 virtual table EF does not model (RoleSearchIndex writes
            // it, RoleSearch reads it). The first start after this migration fills it and the new
            // summary column (their counts differ from the roles'); every change keeps them in step.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE IF NOT EXISTS \"RoleSearch\" USING fts5(title, alt, skills, text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')");
            // Finding which O*NET occupations list a title (the role page and compare of a role O*NET
            // has no occupation for) compares titles without case: an index on that expression
            // makes it a lookup instead of a scan of every alternate title.
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_OnetAlternateTitles_lower_Title\" ON \"OnetAlternateTitles\" (lower(\"Title\"))");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_OnetAlternateTitles_lower_Title\"");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"RoleSearch\"");

            migrationBuilder.DropColumn(
                name: "RequiredLevelText",
                table: "RoleSummaries");
        }
    }
}
