using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RoleSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RoleSummaries",
                columns: table => new
                {
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadlineSalaryId = table.Column<int>(type: "INTEGER", nullable: true),
                    MedianAnnual = table.Column<double>(type: "REAL", nullable: true),
                    HeadlineGrowthId = table.Column<int>(type: "INTEGER", nullable: true),
                    GrowthPercent = table.Column<double>(type: "REAL", nullable: true),
                    OfficialMedianId = table.Column<int>(type: "INTEGER", nullable: true),
                    OfficialMedian = table.Column<double>(type: "REAL", nullable: true),
                    OfficialEmploymentId = table.Column<int>(type: "INTEGER", nullable: true),
                    OfficialEmployment = table.Column<double>(type: "REAL", nullable: true),
                    ProjectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectedChange = table.Column<double>(type: "REAL", nullable: true),
                    ProjectedOpenings = table.Column<double>(type: "REAL", nullable: true),
                    EntryEducation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    JobZone = table.Column<int>(type: "INTEGER", nullable: true),
                    RequiredLevel = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleSummaries", x => x.RoleId);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_EmploymentProjections_ProjectionId",
                        column: x => x.ProjectionId,
                        principalTable: "EmploymentProjections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_OutlookFigures_HeadlineGrowthId",
                        column: x => x.HeadlineGrowthId,
                        principalTable: "OutlookFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_OutlookFigures_OfficialEmploymentId",
                        column: x => x.OfficialEmploymentId,
                        principalTable: "OutlookFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_SalaryFigures_HeadlineSalaryId",
                        column: x => x.HeadlineSalaryId,
                        principalTable: "SalaryFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_SalaryFigures_OfficialMedianId",
                        column: x => x.OfficialMedianId,
                        principalTable: "SalaryFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_HeadlineGrowthId",
                table: "RoleSummaries",
                column: "HeadlineGrowthId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_HeadlineSalaryId",
                table: "RoleSummaries",
                column: "HeadlineSalaryId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_MedianAnnual",
                table: "RoleSummaries",
                column: "MedianAnnual");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_OfficialEmploymentId",
                table: "RoleSummaries",
                column: "OfficialEmploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_OfficialMedian",
                table: "RoleSummaries",
                column: "OfficialMedian");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_OfficialMedianId",
                table: "RoleSummaries",
                column: "OfficialMedianId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_ProjectedChange",
                table: "RoleSummaries",
                column: "ProjectedChange");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_ProjectionId",
                table: "RoleSummaries",
                column: "ProjectionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoleSummaries");
        }
    }
}
