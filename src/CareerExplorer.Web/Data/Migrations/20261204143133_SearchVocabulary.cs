using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchVocabulary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchWords",
                columns: table => new
                {
                    Word = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchWords", x => x.Word);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchWords");
        }
    }
}
