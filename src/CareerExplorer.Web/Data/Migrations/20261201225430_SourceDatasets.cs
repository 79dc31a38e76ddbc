using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceDatasets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Dataset",
                table: "Sources",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Release",
                table: "Sources",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            // A database made before these columns: its OEWS releases were told by their slug
            // (bls-oews-may-YYYY); they become the dataset and release that decide from now on.
            migrationBuilder.Sql(
                "UPDATE \"Sources\" SET \"Dataset\" = 'bls-oews', \"Release\" = substr(\"Slug\", 14, 4) || '-05' "
                + "WHERE \"Slug\" GLOB 'bls-oews-may-[0-9][0-9][0-9][0-9]';");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Dataset_Release",
                table: "Sources",
                columns: new[] { "Dataset", "Release" },
                unique: true,
                filter: "\"Dataset\" IS NOT NULL AND \"Release\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sources_Dataset_Release",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Dataset",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Release",
                table: "Sources");
        }
    }
}
