using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddCpiTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CpiValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpiValues", x => x.Id);
                    table.CheckConstraint("CK_CpiValue_Value", "\"Value\" > 0");
                    table.CheckConstraint("CK_CpiValue_Year", "\"Year\" BETWEEN 1900 AND 2100");
                    table.ForeignKey(
                        name: "FK_CpiValues_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CpiValues_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CpiValues_CitedInId",
                table: "CpiValues",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_CpiValues_SourceId",
                table: "CpiValues",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CpiValues_Year",
                table: "CpiValues",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CpiValues");
        }
    }
}
