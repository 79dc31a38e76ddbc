using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Geographies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Geographies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Roles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    TypicalEducation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Skills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Skills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReleasePeriod = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SeedFile = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleAliases_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareerSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromRoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToRoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerSteps", x => x.Id);
                    table.CheckConstraint("CK_CareerStep_NotSelf", "\"FromRoleId\" <> \"ToRoleId\"");
                    table.ForeignKey(
                        name: "FK_CareerSteps_Roles_FromRoleId",
                        column: x => x.FromRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerSteps_Roles_ToRoleId",
                        column: x => x.ToRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerSteps_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerSteps_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EducationSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationSteps_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EducationSteps_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EducationSteps_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OccupationCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    System = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupationCodes_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OccupationCodes_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OccupationCodes_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutlookFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: true),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    GeographyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutlookFigures", x => x.Id);
                    table.CheckConstraint("CK_OutlookFigure_Period", "\"StartYear\" IS NULL OR \"EndYear\" IS NULL OR \"StartYear\" <= \"EndYear\"");
                    table.CheckConstraint("CK_OutlookFigure_Year", "\"Year\" BETWEEN 1900 AND 2100");
                    table.ForeignKey(
                        name: "FK_OutlookFigures_Geographies_GeographyId",
                        column: x => x.GeographyId,
                        principalTable: "Geographies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutlookFigures_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutlookFigures_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutlookFigures_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleDocument",
                columns: table => new
                {
                    DocumentsId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentionedRolesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleDocument", x => new { x.DocumentsId, x.MentionedRolesId });
                    table.ForeignKey(
                        name: "FK_RoleDocument_Roles_MentionedRolesId",
                        column: x => x.MentionedRolesId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleDocument_Sources_DocumentsId",
                        column: x => x.DocumentsId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    SkillId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleSkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleSkills_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleSkills_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleSkills_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleSkills_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleTasks_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleTasks_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleTasks_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SalaryFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Statistic = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PayComponent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<double>(type: "REAL", nullable: true),
                    Low = table.Column<double>(type: "REAL", nullable: true),
                    High = table.Column<double>(type: "REAL", nullable: true),
                    IsTopCoded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    GeographyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalaryFigures", x => x.Id);
                    table.CheckConstraint("CK_SalaryFigure_Amounts", "(\"Statistic\" = 'Range' AND \"Amount\" IS NULL AND \"Low\" > 0 AND \"High\" >= \"Low\") OR (\"Statistic\" <> 'Range' AND \"Amount\" > 0 AND \"Low\" IS NULL AND \"High\" IS NULL)");
                    table.CheckConstraint("CK_SalaryFigure_Currency", "length(\"Currency\") = 3");
                    table.CheckConstraint("CK_SalaryFigure_Month", "\"Month\" IS NULL OR \"Month\" BETWEEN 1 AND 12");
                    table.CheckConstraint("CK_SalaryFigure_Year", "\"Year\" BETWEEN 1900 AND 2100");
                    table.ForeignKey(
                        name: "FK_SalaryFigures_Geographies_GeographyId",
                        column: x => x.GeographyId,
                        principalTable: "Geographies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalaryFigures_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalaryFigures_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalaryFigures_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareerSteps_CitedInId",
                table: "CareerSteps",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerSteps_FromRoleId",
                table: "CareerSteps",
                column: "FromRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerSteps_SourceId",
                table: "CareerSteps",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerSteps_ToRoleId",
                table: "CareerSteps",
                column: "ToRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationSteps_CitedInId",
                table: "EducationSteps",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationSteps_RoleId",
                table: "EducationSteps",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationSteps_SourceId",
                table: "EducationSteps",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Geographies_Code",
                table: "Geographies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OccupationCodes_CitedInId",
                table: "OccupationCodes",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupationCodes_Code",
                table: "OccupationCodes",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_OccupationCodes_RoleId",
                table: "OccupationCodes",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupationCodes_SourceId",
                table: "OccupationCodes",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OutlookFigures_CitedInId",
                table: "OutlookFigures",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OutlookFigures_GeographyId",
                table: "OutlookFigures",
                column: "GeographyId");

            migrationBuilder.CreateIndex(
                name: "IX_OutlookFigures_RoleId_Kind",
                table: "OutlookFigures",
                columns: new[] { "RoleId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_OutlookFigures_SourceId",
                table: "OutlookFigures",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleAliases_Name",
                table: "RoleAliases",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_RoleAliases_RoleId_Name",
                table: "RoleAliases",
                columns: new[] { "RoleId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleDocument_MentionedRolesId",
                table: "RoleDocument",
                column: "MentionedRolesId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSkills_CitedInId",
                table: "RoleSkills",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSkills_RoleId_SkillId_SourceId_CitedInId",
                table: "RoleSkills",
                columns: new[] { "RoleId", "SkillId", "SourceId", "CitedInId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleSkills_SkillId",
                table: "RoleSkills",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSkills_SourceId",
                table: "RoleSkills",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleTasks_CitedInId",
                table: "RoleTasks",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleTasks_RoleId_Position",
                table: "RoleTasks",
                columns: new[] { "RoleId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleTasks_SourceId",
                table: "RoleTasks",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Category",
                table: "Roles",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Slug",
                table: "Roles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Title",
                table: "Roles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_CitedInId",
                table: "SalaryFigures",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_GeographyId",
                table: "SalaryFigures",
                column: "GeographyId");

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_RoleId_Year",
                table: "SalaryFigures",
                columns: new[] { "RoleId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_SourceId",
                table: "SalaryFigures",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_Statistic_Amount",
                table: "SalaryFigures",
                columns: new[] { "Statistic", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Skills_Name",
                table: "Skills",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Skills_Slug",
                table: "Skills",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Slug",
                table: "Sources",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareerSteps");

            migrationBuilder.DropTable(
                name: "EducationSteps");

            migrationBuilder.DropTable(
                name: "OccupationCodes");

            migrationBuilder.DropTable(
                name: "OutlookFigures");

            migrationBuilder.DropTable(
                name: "RoleAliases");

            migrationBuilder.DropTable(
                name: "RoleDocument");

            migrationBuilder.DropTable(
                name: "RoleSkills");

            migrationBuilder.DropTable(
                name: "RoleTasks");

            migrationBuilder.DropTable(
                name: "SalaryFigures");

            migrationBuilder.DropTable(
                name: "Skills");

            migrationBuilder.DropTable(
                name: "Geographies");

            migrationBuilder.DropTable(
                name: "Roles");

            migrationBuilder.DropTable(
                name: "Sources");
        }
    }
}
