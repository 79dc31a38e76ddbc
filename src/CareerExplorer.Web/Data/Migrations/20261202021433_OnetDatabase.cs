using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OnetDatabase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "Skills",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ElementId",
                table: "Skills",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentRoleId",
                table: "Roles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OnetAlternateTitles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ShortTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Sources = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetAlternateTitles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetAlternateTitles_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetAlternateTitles_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetAlternateTitles_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetInterests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Interest = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    HighPoint = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetInterests_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetInterests_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetInterests_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetJobZoneLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Zone = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Experience = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Education = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Training = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Examples = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SvpRange = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetJobZoneLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetJobZoneLevels_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetJobZoneLevels_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetJobZones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Zone = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetJobZones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetJobZones_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetJobZones_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetJobZones_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetOccupations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetOccupations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetOccupations_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetOccupations_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetOccupations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkillId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Importance = table.Column<double>(type: "REAL", nullable: true),
                    ImportanceN = table.Column<double>(type: "REAL", nullable: true),
                    ImportanceSuppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Level = table.Column<double>(type: "REAL", nullable: true),
                    LevelN = table.Column<double>(type: "REAL", nullable: true),
                    LevelSuppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LevelNotRelevant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetRatings_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetRatings_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetRatings_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetRatings_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetRelated",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RelatedRoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetRelated", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetRelated_Roles_RelatedRoleId",
                        column: x => x.RelatedRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetRelated_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetRelated_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetRelated_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IncumbentsResponding = table.Column<double>(type: "REAL", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetTasks_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetTasks_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetTasks_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetTechnologies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkillId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommodityCode = table.Column<int>(type: "INTEGER", nullable: false),
                    CommodityTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsHot = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsInDemand = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetTechnologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetTechnologies_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetTechnologies_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetTechnologies_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetTechnologies_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetTrainingShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Percent = table.Column<double>(type: "REAL", nullable: false),
                    N = table.Column<double>(type: "REAL", nullable: true),
                    Suppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitedInId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetTrainingShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetTrainingShares_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetTrainingShares_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetTrainingShares_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Roles_ParentRoleId",
                table: "Roles",
                column: "ParentRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetAlternateTitles_CitedInId",
                table: "OnetAlternateTitles",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetAlternateTitles_RoleId",
                table: "OnetAlternateTitles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetAlternateTitles_SourceId",
                table: "OnetAlternateTitles",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetAlternateTitles_Title",
                table: "OnetAlternateTitles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_OnetInterests_CitedInId",
                table: "OnetInterests",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetInterests_RoleId",
                table: "OnetInterests",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetInterests_SourceId",
                table: "OnetInterests",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZoneLevels_CitedInId",
                table: "OnetJobZoneLevels",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZoneLevels_SourceId",
                table: "OnetJobZoneLevels",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZoneLevels_Zone",
                table: "OnetJobZoneLevels",
                column: "Zone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZones_CitedInId",
                table: "OnetJobZones",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZones_RoleId",
                table: "OnetJobZones",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZones_SourceId",
                table: "OnetJobZones",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetOccupations_CitedInId",
                table: "OnetOccupations",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetOccupations_Code",
                table: "OnetOccupations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnetOccupations_RoleId",
                table: "OnetOccupations",
                column: "RoleId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnetOccupations_SourceId",
                table: "OnetOccupations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRatings_CitedInId",
                table: "OnetRatings",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRatings_RoleId",
                table: "OnetRatings",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRatings_SkillId_Importance",
                table: "OnetRatings",
                columns: new[] { "SkillId", "Importance" });

            migrationBuilder.CreateIndex(
                name: "IX_OnetRatings_SourceId",
                table: "OnetRatings",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRelated_CitedInId",
                table: "OnetRelated",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRelated_RelatedRoleId",
                table: "OnetRelated",
                column: "RelatedRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRelated_RoleId",
                table: "OnetRelated",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRelated_SourceId",
                table: "OnetRelated",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTasks_CitedInId",
                table: "OnetTasks",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTasks_RoleId",
                table: "OnetTasks",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTasks_SourceId",
                table: "OnetTasks",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTechnologies_CitedInId",
                table: "OnetTechnologies",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTechnologies_RoleId",
                table: "OnetTechnologies",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTechnologies_SkillId",
                table: "OnetTechnologies",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTechnologies_SourceId",
                table: "OnetTechnologies",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTrainingShares_CitedInId",
                table: "OnetTrainingShares",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTrainingShares_RoleId",
                table: "OnetTrainingShares",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTrainingShares_SourceId",
                table: "OnetTrainingShares",
                column: "SourceId");

            migrationBuilder.AddForeignKey(
                name: "FK_Roles_Roles_ParentRoleId",
                table: "Roles",
                column: "ParentRoleId",
                principalTable: "Roles",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Roles_Roles_ParentRoleId",
                table: "Roles");

            migrationBuilder.DropTable(
                name: "OnetAlternateTitles");

            migrationBuilder.DropTable(
                name: "OnetInterests");

            migrationBuilder.DropTable(
                name: "OnetJobZoneLevels");

            migrationBuilder.DropTable(
                name: "OnetJobZones");

            migrationBuilder.DropTable(
                name: "OnetOccupations");

            migrationBuilder.DropTable(
                name: "OnetRatings");

            migrationBuilder.DropTable(
                name: "OnetRelated");

            migrationBuilder.DropTable(
                name: "OnetTasks");

            migrationBuilder.DropTable(
                name: "OnetTechnologies");

            migrationBuilder.DropTable(
                name: "OnetTrainingShares");

            migrationBuilder.DropIndex(
                name: "IX_Roles_ParentRoleId",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "Skills");

            migrationBuilder.DropColumn(
                name: "ElementId",
                table: "Skills");

            migrationBuilder.DropColumn(
                name: "ParentRoleId",
                table: "Roles");
        }
    }
}
