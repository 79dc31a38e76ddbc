using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmploymentProjections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmploymentProjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BaseYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EmploymentBase = table.Column<double>(type: "REAL", nullable: true),
                    EmploymentTarget = table.Column<double>(type: "REAL", nullable: true),
                    ChangeNumber = table.Column<double>(type: "REAL", nullable: true),
                    ChangePercent = table.Column<double>(type: "REAL", nullable: true),
                    SelfEmployedPercent = table.Column<double>(type: "REAL", nullable: true),
                    Openings = table.Column<double>(type: "REAL", nullable: true),
                    OpeningsBasis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MedianWage = table.Column<double>(type: "REAL", nullable: true),
                    MedianWageTopCoded = table.Column<bool>(type: "INTEGER", nullable: false),
                    MedianWageYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Education = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Experience = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Training = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentProjections", x => x.Id);
                    table.CheckConstraint("CK_EmploymentProjection_Period", "\"BaseYear\" BETWEEN 1900 AND 2100 AND \"TargetYear\" > \"BaseYear\" AND \"TargetYear\" <= 2100");
                    table.CheckConstraint("CK_EmploymentProjection_Role", "\"RoleId\" IS NOT NULL OR \"Code\" = '00-0000'");
                    table.ForeignKey(
                        name: "FK_EmploymentProjections_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmploymentProjections_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmploymentProjections_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentProjections_CitedInId",
                table: "EmploymentProjections",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentProjections_RoleId",
                table: "EmploymentProjections",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentProjections_SourceId_Code",
                table: "EmploymentProjections",
                columns: new[] { "SourceId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmploymentProjections");
        }
    }
}
