using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The summaries gain columns computed from the data: emptied here, they are rebuilt at start (DataSetup).
            migrationBuilder.Sql("DELETE FROM \"RoleFacetCounts\"");
            migrationBuilder.Sql("DELETE FROM \"RoleSummaries\"");

            migrationBuilder.AddColumn<string>(
                name: "Blurb",
                table: "RoleSummaries",
                type: "TEXT",
                maxLength: 140,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GrowthPace",
                table: "RoleSummaries",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "GrowthShown",
                table: "RoleSummaries",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MajorGroup",
                table: "RoleSummaries",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OfficialFromParent",
                table: "RoleSummaries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "PayAnnual",
                table: "RoleSummaries",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PayFigureCount",
                table: "RoleSummaries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PaySourceCount",
                table: "RoleSummaries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_GrowthShown",
                table: "RoleSummaries",
                column: "GrowthShown");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_MajorGroup",
                table: "RoleSummaries",
                column: "MajorGroup");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_PayAnnual",
                table: "RoleSummaries",
                column: "PayAnnual");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RoleSummaries_GrowthShown",
                table: "RoleSummaries");

            migrationBuilder.DropIndex(
                name: "IX_RoleSummaries_MajorGroup",
                table: "RoleSummaries");

            migrationBuilder.DropIndex(
                name: "IX_RoleSummaries_PayAnnual",
                table: "RoleSummaries");

            migrationBuilder.DropColumn(
                name: "Blurb",
                table: "RoleSummaries");

            migrationBuilder.DropColumn(
                name: "GrowthPace",
                table: "RoleSummaries");

            migrationBuilder.DropColumn(
                name: "GrowthShown",
                table: "RoleSummaries");

            migrationBuilder.DropColumn(
                name: "MajorGroup",
                table: "RoleSummaries");

            migrationBuilder.DropColumn(
                name: "OfficialFromParent",
                table: "RoleSummaries");

            migrationBuilder.DropColumn(
                name: "PayAnnual",
                table: "RoleSummaries");

            migrationBuilder.DropColumn(
                name: "PayFigureCount",
                table: "RoleSummaries");

            migrationBuilder.DropColumn(
                name: "PaySourceCount",
                table: "RoleSummaries");
        }
    }
}
