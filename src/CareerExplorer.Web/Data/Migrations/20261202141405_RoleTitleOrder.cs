using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RoleTitleOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The roles list's order by name ignoring case, with the id for ties: read from the index, only the page shown.
            // (A collated index EF Core's model cannot declare; like IX_OnetAlternateTitles_lower_Title.)
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Roles_Title_NoCase\" ON \"Roles\" (\"Title\" COLLATE NOCASE, \"Id\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Roles_Title_NoCase\"");
        }
    }
}
