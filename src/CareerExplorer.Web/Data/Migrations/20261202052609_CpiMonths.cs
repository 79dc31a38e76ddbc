using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CpiMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Months",
                table: "CpiValues",
                type: "INTEGER",
                nullable: false,
                defaultValue: 4095);

            migrationBuilder.AddCheckConstraint(
                name: "CK_CpiValue_Months",
                table: "CpiValues",
                sql: "\"Months\" BETWEEN 1 AND 4095");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_CpiValue_Months",
                table: "CpiValues");

            migrationBuilder.DropColumn(
                name: "Months",
                table: "CpiValues");
        }
    }
}
